using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using GameLibrary.Federation.DemandControl;
using GameLibrary.Federation.Execution;
using GameLibrary.Federation.Planning;
using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Responses;
using GameLibrary.Federation.Subscriptions;
using GameLibrary.Federation.Supergraph;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using ApiSchemaModel = GameLibrary.Federation.Api.ApiSchema;

namespace GameLibrary.Federation;

/// <summary>
/// A loaded supergraph, ready to run operations: prepares (parse, validate, coerce), plans (cached by
/// document and operation), executes against the subgraphs and writes the response. Thread-safe;
/// one instance per supergraph version.
/// </summary>
public sealed class FederationGateway : IDisposable
{
    private readonly ApiSchemaModel _api;
    private readonly OperationPreparer _preparer;
    private readonly QueryPlanner _planner;
    private readonly QueryPlanCache _plans;
    private readonly HttpSubgraphClient _client;
    private readonly FederationMetrics _metrics;
    private readonly QueryPlanExecutor _executor;
    private readonly SubscriptionExecutor _subscriptions;
    private readonly SubscriptionFanout _fanout;
    private readonly SubscriptionFanoutOptions _fanoutOptions;
    private readonly IntrospectionExecutor _introspection;
    private readonly IReadOnlySet<string> _propagatedHeaders;
    private readonly PersistedQueryResolver _documents;

    private FederationGateway(SupergraphSchema supergraph, ApiSchemaModel api, CostDirectives costDirectives, FederationGatewayOptions options)
    {
        _api = api;
        _preparer = new OperationPreparer(api, OperationLimits.From(options.Limits, options.DemandControl), costDirectives);
        _planner = new QueryPlanner(supergraph, EntityFetchBatching.From(supergraph, options));
        _plans = new QueryPlanCache(options.PlanCacheSize);
        _client = new HttpSubgraphClient(supergraph, options);
        _metrics = new FederationMetrics(options.MeterFactory);
        _executor = new QueryPlanExecutor(supergraph, _client, new DeduplicatingSubgraphClient(_client, supergraph, options, _metrics));
        _subscriptions = new SubscriptionExecutor(new WebSocketSubgraphClient(supergraph, options), _executor);
        _fanoutOptions = options.Subscriptions;
        _fanout = new SubscriptionFanout(options.Subscriptions);
        _introspection = new IntrospectionExecutor(api);
        // The trace context goes apart (GatewayRequest.TraceContext): propagated too, it would be sent twice and split
        // identical requests and subscriptions by caller.
        var propagated = new HashSet<string>(options.PropagatedHeaders, StringComparer.OrdinalIgnoreCase);
        propagated.ExceptWith([TraceContext.TraceparentHeader, TraceContext.TracestateHeader]);
        _propagatedHeaders = propagated;
        _documents = new PersistedQueryResolver(
            options.PersistedDocuments is { } manifest ? new PersistedDocuments(manifest) : null,
            options.AutomaticPersistedQueries ? new AutomaticPersistedQueryCache(options.AutomaticPersistedQueryCacheSize) : null);
        SubgraphNames = supergraph.Subgraphs.Select(s => s.Name).ToArray();
    }

    /// <summary>The engine's meter (subscription fan-out and in-flight deduplication metrics), for hosts to export.</summary>
    public const string MeterName = FederationMetrics.MeterName;

    /// <summary>Client subscriptions this gateway is streaming.</summary>
    public int ClientSubscriptions => _fanout.ClientSubscriptions;

    /// <summary>Shared upstream subscriptions this gateway holds (subscriptions opened without sharing not counted).</summary>
    public int UpstreamSubscriptions => _fanout.UpstreamSubscriptions;

    /// <summary>The API schema (what clients see) as SDL.</summary>
    public string ApiSchemaSdl => _api.Sdl;

    /// <summary>The names of the supergraph's subgraphs, in supergraph order.</summary>
    public IReadOnlyList<string> SubgraphNames { get; }

    /// <summary>Loads a supergraph SDL. Throws <see cref="SupergraphException"/> naming the problem when it is broken.</summary>
    public static FederationGateway Load(string supergraphSdl, FederationGatewayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(supergraphSdl);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(supergraphSdl);
        }
        catch (GraphQLSyntaxErrorException e)
        {
            throw new SupergraphException($"The supergraph is not valid GraphQL: {e.Message}", e);
        }

        var supergraph = SupergraphSchema.Load(document);
        var api = ApiSchemaModel.Build(document);
        return new FederationGateway(supergraph, api, CostDirectives.Read(document), options ?? new FederationGatewayOptions());
    }

    /// <summary>Runs one operation. Request errors come back as results, never as exceptions.</summary>
    public async ValueTask<GatewayResult> ExecuteAsync(GatewayRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (operation, plan, refusal) = PrepareAndPlan(request);
        if (refusal is not null)
        {
            return refusal;
        }

        if (operation!.OperationType == OperationType.Subscription)
        {
            return RequestErrors(GatewayResultKind.RequestError, [GatewayError.WithCode(
                "A subscription has a stream of results: run it with SubscribeAsync (over WebSocket or SSE).", ErrorCodes.OperationNotAllowed)]);
        }

        return await ExecutePlanAsync(request, operation, plan!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs an operation on a streaming transport (WebSocket, SSE). A subscription answers with a stream of
    /// results, one per event of the subgraph that owns its root field, each completed with the fields of other
    /// subgraphs; a request error, a query or a mutation answers with a single result (as <see cref="ExecuteAsync"/>).
    /// The token cancels the preparation and, for a stream, ends it like disposing its enumerator does.
    /// </summary>
    public async ValueTask<GatewaySubscription> SubscribeAsync(GatewayRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (operation, plan, refusal) = PrepareAndPlan(request);
        if (refusal is not null)
        {
            return GatewaySubscription.Single(refusal);
        }

        if (operation!.OperationType != OperationType.Subscription)
        {
            return GatewaySubscription.Single(await ExecutePlanAsync(request, operation, plan!, cancellationToken).ConfigureAwait(false));
        }

        return GatewaySubscription.Stream(SubscriptionEvents(plan!, operation, Forwarded(request), cancellationToken));
    }

    /// <summary>The query plan of an operation, printed in Apollo's plan notation. Throws on a request error.</summary>
    public string DescribePlan(string query, string? operationName = null)
    {
        var preparation = _preparer.Prepare(query, operationName, variables: null);
        if (preparation.Operation is not { } operation)
        {
            // Missing variables do not matter for planning; anything else is the caller's mistake.
            var errors = preparation.Errors.Where(e => e.Code != ErrorCodes.BadUserInput).ToArray();
            if (errors.Length > 0 || preparation.Errors.Count == 0)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, errors.Select(e => $"{e.Code}: {e.Message}")));
            }

            var document = _preparer.GetDocument(query);
            var definition = document.Document!.Definitions.OfType<GraphQLOperationDefinition>()
                .First(o => operationName is null || o.Name?.StringValue == operationName);
            return _planner.Plan(document.Document, definition).ToString();
        }

        return _plans.GetOrAdd(operation.PlanKey, operation, _planner).ToString();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _client.Dispose();
        _metrics.Dispose();
    }

    /// <summary>Prepares and plans a request; a request error, a refused operation type or a planning failure is the refusal.</summary>
    private (PreparedOperation? Operation, QueryPlan? Plan, GatewayResult? Refusal) PrepareAndPlan(GatewayRequest request)
    {
        var document = _documents.Resolve(request);
        if (document.Refusal is { } refusal)
        {
            return (null, null, RequestErrors(document.RefusalKind, [refusal]));
        }

        var preparation = _preparer.Prepare(document.Query!, request.OperationName, request.Variables);
        if (preparation.Operation is not { } operation)
        {
            return (null, null, RequestErrors(GatewayResultKind.RequestError, preparation.Errors));
        }

        if (request.QueryOnly && operation.OperationType != OperationType.Query)
        {
            return (null, null, RequestErrors(GatewayResultKind.OperationNotAllowed, [GatewayError.WithCode(
                $"Only query operations are allowed here; this is a {operation.OperationType.ToString().ToLowerInvariant()}.",
                ErrorCodes.OperationNotAllowed)]));
        }

        try
        {
            var plan = _plans.GetOrAdd(operation.PlanKey, operation, _planner);
            if (document.RegisterAs is { } hash)
            {
                _documents.Register(hash, document.Query!);
            }

            return (operation, plan, null);
        }
        catch (QueryPlanningException e)
        {
            return (null, null, RequestErrors(GatewayResultKind.RequestError, [GatewayError.WithCode(
                $"The operation cannot be planned against this supergraph: {e.Message}", ErrorCodes.QueryPlanningFailed)]));
        }
    }

    private async ValueTask<GatewayResult> ExecutePlanAsync(
        GatewayRequest request,
        PreparedOperation operation,
        QueryPlan plan,
        CancellationToken cancellationToken)
    {
        // Introspection is answered here while the subgraphs work on the rest.
        var introspection = operation.HasIntrospection
            ? _introspection.ExecuteAsync(operation, cancellationToken).AsTask()
            : null;
        var result = await _executor.ExecuteAsync(plan, operation.Variables, Forwarded(request), cancellationToken)
            .ConfigureAwait(false);
        if (introspection is not null)
        {
            var answered = await introspection.ConfigureAwait(false);
            foreach (var (key, value) in answered)
            {
                result.Data.Set(key, SubgraphJsonReader.FromNode(value));
            }
        }

        JsonNode? extensions = request.IncludeQueryPlan
            ? new JsonObject { ["queryPlan"] = new JsonObject { ["object"] = plan.ToJson(), ["text"] = plan.ToString() } }
            : null;
        return new GatewayResult(
            GatewayResultKind.Executed,
            writer => ResponseWriter.Write(writer, _api, operation, result.Data, result.Errors, extensions));
    }

    private IAsyncEnumerable<GatewayResult> SubscriptionEvents(
        QueryPlan plan,
        PreparedOperation operation,
        ForwardedHeaders headers,
        CancellationToken cancellationToken)
    {
        if (!_fanoutOptions.Enabled)
        {
            return RenderedEvents(plan, operation, headers, cancellationToken);
        }

        // Identical subscriptions get identical events: complete and write each once, share the bytes.
        // The trace context is not in the key: subscribers from different traces share the upstream (the first one's trace).
        var key = SubscriptionShareKey.For(operation.PlanKey, operation.Variables, headers.Propagated);
        var rootField = operation.Fields.Root(operation.Operation.SelectionSet, operation.RootType).FirstOrDefault()?.Name;
        var coalesce = rootField is not null && _fanoutOptions.CoalescedFields.Contains(rootField);
        return _fanout.Subscribe(key, coalesce, token => RenderedEvents(plan, operation, headers, token), cancellationToken);
    }

    /// <summary>One upstream subscription's events, each completed and written to JSON once.</summary>
    private async IAsyncEnumerable<GatewayResult> RenderedEvents(
        QueryPlan plan,
        PreparedOperation operation,
        ForwardedHeaders headers,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in _subscriptions.ExecuteAsync(plan, operation.Variables, headers, cancellationToken).ConfigureAwait(false))
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ResponseWriter.Write(writer, _api, operation, result.Data, result.Errors, extensions: null);
            }

            yield return new GatewayResult(GatewayResultKind.Executed, buffer.WrittenMemory);
        }
    }

    private static GatewayResult RequestErrors(GatewayResultKind kind, IReadOnlyList<GatewayError> errors) =>
        new(kind, writer => ResponseWriter.WriteRequestErrors(writer, errors));

    private ForwardedHeaders Forwarded(GatewayRequest request)
    {
        var propagated = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.Headers)
        {
            if (_propagatedHeaders.Contains(name))
            {
                propagated[name] = value;
            }
        }

        return new ForwardedHeaders(propagated, request.TraceContext);
    }
}
