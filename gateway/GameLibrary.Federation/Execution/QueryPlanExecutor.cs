using System.Text.Json.Nodes;
using GameLibrary.Federation.Planning;
using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Supergraph;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Execution;

/// <summary>
/// Runs a query plan: fetches in parallel where the plan allows, builds de-duplicated representations for
/// entity fetches, merges results into one data tree and re-paths subgraph errors to gateway paths. A failed
/// fetch yields errors on the fields it should have filled; the rest of the plan still runs. Query fetches of
/// query operations go through the query client (which may share identical requests in flight); everything else,
/// mutations and the fetches that complete subscription events included, through the plain client.
/// </summary>
internal sealed class QueryPlanExecutor
{
    private const string EntitiesField = "_entities";

    private readonly ISubgraphClient _client;
    private readonly ISubgraphClient _queryClient;
    private readonly ResponseMerger _merger;

    public QueryPlanExecutor(SupergraphSchema schema, ISubgraphClient client, ISubgraphClient? queryClient = null)
    {
        _client = client;
        _queryClient = queryClient ?? client;
        _merger = new ResponseMerger(schema);
    }

    /// <summary>Executes the plan with the request's coerced variables and the headers to forward.</summary>
    public async Task<QueryPlanResult> ExecuteAsync(
        QueryPlan plan,
        JsonObject variables,
        ForwardedHeaders headers,
        CancellationToken cancellationToken)
    {
        if (plan.Node is SubscriptionNode)
        {
            throw new InvalidOperationException(
                "A subscription plan runs per event: open the stream of its primary fetch and complete each event with ExecuteSubscriptionEventAsync.");
        }

        // Only a query's fetches may share answers: a mutation's follow-up reads must see its own writes.
        var state = new ExecutionState(new ResultObject(), variables, headers, plan.OperationType == OperationType.Query, cancellationToken);
        if (plan.Node is not null)
        {
            await ExecuteNodeAsync(plan.Node, state).ConfigureAwait(false);
        }

        return new QueryPlanResult(state.Data, state.Errors);
    }

    /// <summary>
    /// Completes one subscription event: runs the plan's follow-up fetches (<see cref="SubscriptionNode.Rest"/>)
    /// on the event's data (the primary fetch's <c>data</c> for that event).
    /// </summary>
    public async Task<QueryPlanResult> ExecuteSubscriptionEventAsync(
        QueryPlan plan,
        ResultObject eventData,
        JsonObject variables,
        ForwardedHeaders headers,
        CancellationToken cancellationToken)
    {
        var state = new ExecutionState(eventData, variables, headers, sharesQueries: false, cancellationToken);
        if (plan.Node is SubscriptionNode { Rest: { } rest })
        {
            await ExecuteNodeAsync(rest, state).ConfigureAwait(false);
        }

        return new QueryPlanResult(state.Data, state.Errors);
    }

    private Task ExecuteNodeAsync(PlanNode node, ExecutionState state) => node switch
    {
        SequenceNode sequence => ExecuteSequenceAsync(sequence, state),
        ParallelNode parallel => Task.WhenAll(parallel.Nodes.Select(n => ExecuteNodeAsync(n, state))),
        FlattenNode flatten => ExecuteEntityFetchAsync(flatten, state),
        BatchNode batch => ExecuteBatchAsync(batch, state),
        FetchNode fetch => ExecuteRootFetchAsync(fetch, state),
        ConditionNode condition => ConditionEvaluator.Choose(condition, state.Variables) is { } clause
            ? ExecuteNodeAsync(clause, state)
            : Task.CompletedTask,
        _ => throw new InvalidOperationException($"Plan node {node.GetType().Name} cannot run here."),
    };

    private async Task ExecuteSequenceAsync(SequenceNode sequence, ExecutionState state)
    {
        foreach (var node in sequence.Nodes)
        {
            await ExecuteNodeAsync(node, state).ConfigureAwait(false);
        }
    }

    private async Task ExecuteRootFetchAsync(FetchNode fetch, ExecutionState state)
    {
        var request = SubgraphRequest.For(fetch, state.Variables);
        SubgraphResponse response;
        try
        {
            response = await ClientFor(fetch.OperationKind, state).ExecuteAsync(fetch.ServiceName, request, state.Headers, state.CancellationToken).ConfigureAwait(false);
        }
        catch (SubgraphRequestException ex)
        {
            lock (state.Sync)
            {
                foreach (var key in ConditionEvaluator.IncludedKeys(fetch.RootFieldKeys, state.Variables))
                {
                    state.Errors.Add(SubgraphErrors.FetchFailed(ex, [key]));
                }
            }

            return;
        }

        lock (state.Sync)
        {
            if (response.Data is { } data)
            {
                fetch.Renames?.Apply(new ResultValue(data));
                _merger.Merge(state.Data, data);
            }

            if (response.Errors is { } errors)
            {
                foreach (var error in errors)
                {
                    if (error is JsonObject errorObject)
                    {
                        var path = SubgraphErrors.ReadPath(errorObject);
                        fetch.Renames?.RestorePath(path, 0);
                        state.Errors.Add(SubgraphErrors.FromSubgraph(errorObject, path));
                    }
                }
            }
        }
    }

    private async Task ExecuteEntityFetchAsync(FlattenNode flatten, ExecutionState state)
    {
        var fetch = flatten.Node;
        using var entities = Collect(state, flatten.Path, fetch.Requires!);
        if (entities.IsEmpty)
        {
            return;
        }

        var request = SubgraphRequest.For(fetch.Operation, fetch.OperationName, fetch.VariableUsages, state.Variables, [(fetch.RepresentationsVariable, entities.Json)]);
        await FetchEntitiesAsync(fetch.ServiceName, request, [new EntityFetch(fetch, EntitiesField, entities)], state).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a batch as one request: the batched operation when several entries have representations (the others
    /// send an empty list), an entry's own operation when only it has any, nothing when none has.
    /// </summary>
    private async Task ExecuteBatchAsync(BatchNode batch, ExecutionState state)
    {
        var collected = new EntityRepresentations[batch.Entries.Count];
        try
        {
            var pending = new List<EntityFetch>(batch.Entries.Count);
            for (var i = 0; i < batch.Entries.Count; i++)
            {
                var entry = batch.Entries[i];
                collected[i] = Collect(state, entry.Paths, entry.Fetch.Requires!);
                if (!collected[i].IsEmpty)
                {
                    pending.Add(new EntityFetch(entry.Fetch, entry.ResponseKey, collected[i]));
                }
            }

            SubgraphRequest request;
            switch (pending.Count)
            {
                case 0:
                    return;
                case 1:
                    var only = pending[0];
                    pending[0] = only with { ResponseKey = EntitiesField };
                    request = SubgraphRequest.For(
                        only.Fetch.Operation, only.Fetch.OperationName, only.Fetch.VariableUsages, state.Variables, [(only.Fetch.RepresentationsVariable, only.Entities.Json)]);
                    break;
                default:
                    var representations = new (string, ReadOnlyMemory<byte>)[batch.Entries.Count];
                    for (var i = 0; i < batch.Entries.Count; i++)
                    {
                        representations[i] = (batch.Entries[i].RepresentationsVariable, collected[i].Json);
                    }

                    request = SubgraphRequest.For(batch.Operation, batch.OperationName, batch.VariableUsages, state.Variables, representations);
                    break;
            }

            await FetchEntitiesAsync(batch.ServiceName, request, pending, state).ConfigureAwait(false);
        }
        finally
        {
            foreach (var entities in collected)
            {
                entities?.Dispose();
            }
        }
    }

    /// <summary>The representations of the objects at <paramref name="path"/>, read under the data lock.</summary>
    private static EntityRepresentations Collect(ExecutionState state, IReadOnlyList<string> path, IReadOnlyList<InputFragment> inputs)
    {
        lock (state.Sync)
        {
            return EntityRepresentations.Collect(state.Data, path, inputs);
        }
    }

    /// <summary>The representations of the objects at every path of a batch entry, read under the data lock.</summary>
    private static EntityRepresentations Collect(ExecutionState state, IReadOnlyList<IReadOnlyList<string>> paths, IReadOnlyList<InputFragment> inputs)
    {
        lock (state.Sync)
        {
            return EntityRepresentations.Collect(state.Data, paths, inputs);
        }
    }

    /// <summary>Sends an <c>_entities</c> request and merges each fetch's results and errors into the data at its objects.</summary>
    private async Task FetchEntitiesAsync(string serviceName, SubgraphRequest request, List<EntityFetch> fetches, ExecutionState state)
    {
        SubgraphResponse response;
        try
        {
            response = await ClientFor(OperationType.Query, state).ExecuteAsync(serviceName, request, state.Headers, state.CancellationToken).ConfigureAwait(false);
        }
        catch (SubgraphRequestException ex)
        {
            lock (state.Sync)
            {
                var paths = new ResponsePath(state.Data);
                foreach (var (fetch, _, entities) in fetches)
                {
                    for (var o = 0; o < entities.OriginCount; o++)
                    {
                        var origin = entities.Origin(o);
                        foreach (var key in ConditionEvaluator.IncludedKeys(fetch.EntityFieldKeys.GetValueOrDefault(origin.SelectionType) ?? [], state.Variables))
                        {
                            state.Errors.Add(SubgraphErrors.FetchFailed(ex, paths.Of(origin.Target, [key])));
                        }
                    }
                }
            }

            return;
        }

        lock (state.Sync)
        {
            if (response.Data is { } data)
            {
                foreach (var (fetch, responseKey, entities) in fetches)
                {
                    if (data[responseKey].List is { } results)
                    {
                        MergeEntities(fetch, entities, results);
                    }
                }
            }

            if (response.Errors is { } errors)
            {
                var paths = new ResponsePath(state.Data);
                foreach (var error in errors)
                {
                    if (error is JsonObject errorObject)
                    {
                        AddEntityError(errorObject, fetches, state, paths);
                    }
                }
            }
        }
    }

    private void MergeEntities(FetchNode fetch, EntityRepresentations entities, ResultList results)
    {
        if (fetch.Renames is { } renames)
        {
            for (var i = 0; i < results.Count && i < entities.Count; i++)
            {
                renames.Apply(results[i]);
            }
        }

        for (var o = 0; o < entities.OriginCount; o++)
        {
            var origin = entities.Origin(o);
            if (origin.Representation >= results.Count || results[origin.Representation].Object is not { } result)
            {
                continue;
            }

            // The last origin takes the result itself (merging links it); the ones before it get copies (an object
            // is in one place only: later fetches merge into it, and its place is its error path).
            var source = entities.IsLastOrigin(o) ? result : result.DeepClone();
            _merger.Merge(origin.Target, source);
        }
    }

    /// <summary>The query client for queries of query operations (entity fetches are always queries), else the plain one.</summary>
    private ISubgraphClient ClientFor(OperationType fetchKind, ExecutionState state) =>
        state.SharesQueries && fetchKind == OperationType.Query ? _queryClient : _client;

    /// <summary>
    /// Re-paths a subgraph error of an <c>_entities</c> request: its first segment names the fetch (the field's
    /// response key), the index the representation, whose every origin gets the error at its own path.
    /// </summary>
    private static void AddEntityError(JsonObject error, List<EntityFetch> fetches, ExecutionState state, ResponsePath paths)
    {
        var path = SubgraphErrors.ReadPath(error);
        if (path is [string responseKey, int index, ..]
            && fetches.Find(f => f.ResponseKey == responseKey) is { } fetch
            && index >= 0 && index < fetch.Entities.Count)
        {
            // Below the entity index the path follows the fetch's own response keys.
            fetch.Fetch.Renames?.RestorePath(path, 2);
            foreach (var origin in fetch.Entities.OriginsOf(index))
            {
                state.Errors.Add(SubgraphErrors.FromSubgraph(error, paths.Of(origin.Target, path[2..])));
            }

            return;
        }

        // Not about one entity (or no path): keep it without a path rather than pointing at the wrong field.
        state.Errors.Add(SubgraphErrors.FromSubgraph(error, null));
    }

    /// <summary>One fetch of an <c>_entities</c> request in flight.</summary>
    /// <param name="Fetch">The entity fetch (selection, renames, error positions).</param>
    /// <param name="ResponseKey">The response key of its <c>_entities</c> field in the request.</param>
    /// <param name="Entities">Its representations and the objects each came from.</param>
    private sealed record EntityFetch(FetchNode Fetch, string ResponseKey, EntityRepresentations Entities);

    private sealed class ExecutionState(
        ResultObject data,
        JsonObject variables,
        ForwardedHeaders headers,
        bool sharesQueries,
        CancellationToken cancellationToken)
    {
        /// <summary>Guards the data tree and the error list: fetches run in parallel, reads and merges do not.</summary>
        public object Sync { get; } = new();

        public ResultObject Data { get; } = data;

        public List<GatewayError> Errors { get; } = [];

        public JsonObject Variables { get; } = variables;

        public ForwardedHeaders Headers { get; } = headers;

        /// <summary>Whether query fetches may go through the query client (only for query operations).</summary>
        public bool SharesQueries { get; } = sharesQueries;

        public CancellationToken CancellationToken { get; } = cancellationToken;
    }
}
