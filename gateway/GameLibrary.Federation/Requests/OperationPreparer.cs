using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using GameLibrary.Federation.Api;
using GameLibrary.Federation.DemandControl;

using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules;

using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// Turns a request (query text, operation name, variables) into a <see cref="PreparedOperation"/> or
/// request errors: lex (token limit), parse (depth limit), check executable definitions and selection
/// depth, validate with GraphQL.NET's spec rules against the API schema, choose the operation, coerce the
/// variables. Parse and validation results are cached by query text, so a repeated document costs only
/// the operation choice and variable coercion. Thread-safe; never throws for bad input.
/// </summary>
/// <remarks>
/// Error codes: syntax and limits on the text (tokens, syntax nesting) → GRAPHQL_PARSE_FAILED; spec
/// validation, non-executable definitions, missing root types, the selection depth and fragment nesting
/// limits → GRAPHQL_VALIDATION_FAILED; no
/// operation, an unknown operation name, or several operations without a name → OPERATION_RESOLUTION_FAILURE
/// (as Apollo Server does; the document itself is valid); variable values → BAD_USER_INPUT; the shape limits →
/// MAX_ALIASES_EXCEEDED, MAX_ROOT_FIELDS_EXCEEDED, MAX_DIRECTIVES_EXCEEDED; <c>__schema</c>/<c>__type</c> while
/// introspection is off → INTROSPECTION_DISABLED; an estimated cost over the budget → COST_ESTIMATED_TOO_EXPENSIVE.
/// </remarks>
internal sealed partial class OperationPreparer
{
    // GraphQL.NET's field-merging rule is quadratic (and recursive) in fields and fragments: FieldMergeValidator replaces it.
    private static readonly IValidationRule[] Rules = DocumentValidator.CoreRules.Where(r => r is not OverlappingFieldsCanBeMerged).ToArray();

    private readonly ApiSchema _schema;
    private readonly OperationLimits _limits;
    private readonly DocumentCache _cache;
    private readonly DocumentValidator _validator = new();
    private readonly CostEstimator _cost;

    public OperationPreparer(ApiSchema schema, OperationLimits? limits = null, CostDirectives? costDirectives = null)
    {
        _schema = schema;
        _limits = limits ?? OperationLimits.Default;
        _cache = new DocumentCache(_limits.DocumentCacheSize);
        _cost = new CostEstimator(schema, costDirectives ?? CostDirectives.None, _limits);
    }

    /// <summary>The estimated cost of a prepared operation (demand control), whether or not a budget is checked.</summary>
    public double EstimateCost(PreparedOperation operation) =>
        _cost.Estimate(operation.PreparedDocument, operation.Operation, operation.RootType, operation.Variables);

    /// <summary>How many documents are cached (tests, diagnostics).</summary>
    internal int CachedDocuments => _cache.Count;

    /// <summary>Prepares one request.</summary>
    public PreparationResult Prepare(string query, string? operationName, JsonElement? variables)
    {
        var document = GetDocument(query ?? string.Empty);
        if (document.Errors.Count > 0)
        {
            return PreparationResult.Failure(document.Errors);
        }

        var operation = SelectOperation(document, string.IsNullOrEmpty(operationName) ? null : operationName, out var selectionError);
        if (operation is null)
        {
            return PreparationResult.Failure([selectionError!]);
        }

        if (operation.HasIntrospection && !_limits.IntrospectionEnabled)
        {
            return PreparationResult.Failure([GatewayError.WithCode(
                "Introspection is disabled on this gateway: __schema and __type cannot be selected.", ErrorCodes.IntrospectionDisabled)]);
        }

        var errors = new List<GatewayError>();
        var coerced = VariableCoercer.Coerce(operation.Variables, variables, errors);
        foreach (var name in operation.ConditionVariables)
        {
            // A nullable variable with a default may still be given null, which @skip/@include(if: Boolean!) cannot take.
            if (coerced is not null && coerced.TryGetPropertyValue(name, out var value) && value is null)
            {
                errors.Add(GatewayError.WithCode($"Variable \"${name}\" is used as the condition of @skip or @include and must not be null.", ErrorCodes.BadUserInput));
                coerced = null;
            }
        }

        if (coerced is null)
        {
            return PreparationResult.Failure(errors);
        }

        if (_limits.MaxCost is { } maxCost)
        {
            // Before any plan or subgraph call: a refused operation costs only this walk of its document.
            var estimated = _cost.Estimate(document, operation.Definition, operation.RootType, coerced);
            if (estimated > maxCost)
            {
                return PreparationResult.Failure([TooExpensive(estimated, maxCost)]);
            }
        }

        return PreparationResult.Success(new PreparedOperation(document, operation, coerced, operation.FieldsFor(_schema, document, coerced)));
    }

    /// <summary>Apollo Router's refusal: the estimate and the budget under <c>cost.estimated</c> and <c>cost.max</c>.</summary>
    private static GatewayError TooExpensive(double estimated, double max) => new(
        $"The operation's estimated cost {Printed(estimated)} is over the maximum {Printed(max)}.",
        null,
        new System.Text.Json.Nodes.JsonObject
        {
            ["code"] = ErrorCodes.CostEstimatedTooExpensive,
            ["cost.estimated"] = Printed(estimated),
            ["cost.max"] = Printed(max),
        });

    private static double Printed(double cost) => double.IsFinite(cost) ? Math.Round(cost, 2) : double.MaxValue;

    /// <summary>The parsed and validated document of a query text, from the cache when possible.</summary>
    internal PreparedDocument GetDocument(string query)
    {
        if (_cache.TryGet(query, out var cached))
        {
            return cached;
        }

        var document = Analyze(query);
        if (query.Length <= _limits.MaxCachedDocumentLength)
        {
            _cache.Add(document);
        }

        return document;
    }

    private static OperationInfo? SelectOperation(PreparedDocument document, string? operationName, out GatewayError? error)
    {
        error = null;
        if (operationName is not null)
        {
            foreach (var operation in document.Operations)
            {
                if (operation.Name == operationName)
                {
                    return operation;
                }
            }

            error = GatewayError.WithCode($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationResolutionFailure);
            return null;
        }

        switch (document.Operations.Count)
        {
            case 1:
                return document.Operations[0];
            case 0:
                error = GatewayError.WithCode("Must provide an operation.", ErrorCodes.OperationResolutionFailure);
                return null;
            default:
                error = GatewayError.WithCode("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationResolutionFailure);
                return null;
        }
    }

    private PreparedDocument Analyze(string query)
    {
        var locations = new SourceLocations(query);
        if (query.Length > _limits.MaxTokens && TokenCounter.Count(query, _limits.MaxTokens) > _limits.MaxTokens)
        {
            return PreparedDocument.Failed(query, null, [ParseError($"Syntax Error: the document has more than {_limits.MaxTokens} tokens.", null)]);
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = _limits.MaxParserDepth });
        }
        catch (GraphQLMaxDepthExceededException exception)
        {
            return PreparedDocument.Failed(query, null, [ParseError(
                $"Syntax Error: the document is nested too deeply (more than {_limits.MaxParserDepth} syntax levels; the maximum selection depth is {_limits.MaxSelectionDepth}).",
                new GatewayErrorLocation(exception.Location.Line, exception.Location.Column))]);
        }
        catch (GraphQLParserException exception)
        {
            return PreparedDocument.Failed(query, null, [SyntaxError(exception)]);
        }

        if (document.Definitions.Count == 0)
        {
            return PreparedDocument.Failed(query, document, [ParseError("Syntax Error: Unexpected <EOF>.", locations.At(query.Length))]);
        }

        var errors = CheckDocument(document, locations, out var fragments);
        if (errors.Count == 0)
        {
            errors = DocumentShape.Check(document, fragments, _limits, locations);
        }

        if (errors.Count == 0)
        {
            errors = Validate(document);
            if (errors.Count == 0)
            {
                errors = FieldMergeValidator.Validate(_schema, document, fragments, locations);
                errors.AddRange(VariableUsageValidator.Validate(_schema, document, fragments, locations));
            }
        }

        if (errors.Count > 0)
        {
            return PreparedDocument.Failed(query, document, errors);
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query)), 0, 16);
        var conditionVariables = ConditionVariables(document);
        var operations = document.Definitions
            .OfType<GraphQLOperationDefinition>()
            .Select(o => new OperationInfo(
                o,
                _schema.RootType(o.Operation)!,
                hash + ":" + (o.Name?.StringValue ?? string.Empty),
                o.Operation == OperationType.Query && SelectsIntrospection(o.SelectionSet, fragments, []),
                (o.Variables?.Items ?? []).Select(VariableInfo).ToList(),
                conditionVariables))
            .ToList();
        return PreparedDocument.Valid(query, document, operations, fragments);
    }

    /// <summary>The checks GraphQL.NET does not make, run first because they guard validation itself.</summary>
    private List<GatewayError> CheckDocument(GraphQLDocument document, SourceLocations locations, out FrozenDictionary<string, GraphQLFragmentDefinition> fragments)
    {
        var errors = new List<GatewayError>();
        var fragmentsByName = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    fragmentsByName.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                    break;
                case GraphQLOperationDefinition operation:
                    if (_schema.RootType(operation.Operation) is null)
                    {
                        errors.Add(ValidationError(
                            $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                            locations.At(operation.Location.Start)));
                    }

                    break;
                default:
                    var name = definition is GraphQLTypeDefinition type ? $"\"{type.Name.StringValue}\""
                        : definition is GraphQLTypeExtension extension ? $"\"{extension.Name.StringValue}\""
                        : definition is GraphQLDirectiveDefinition directive ? $"\"{directive.Name.StringValue}\""
                        : "schema";
                    errors.Add(ValidationError($"The {name} definition is not executable.", locations.At(definition.Location.Start)));
                    break;
            }
        }

        fragments = fragmentsByName.ToFrozenDictionary(StringComparer.Ordinal);
        if (errors.Count > 0)
        {
            return errors;
        }

        // GraphQL.NET's default-value rule throws on a variable of an output type instead of reporting it.
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            foreach (var variable in operation.Variables?.Items ?? [])
            {
                var typeName = NamedTypeOf(variable.Type);
                var type = _schema.GetType(typeName);
                if (type is null)
                {
                    errors.Add(ValidationError($"Unknown type \"{typeName}\".", locations.At(variable.Type.Location.Start)));
                }
                else if (type.IsComposite)
                {
                    errors.Add(ValidationError(
                        $"Variable \"${variable.Variable.Name.StringValue}\" cannot be non-input type \"{typeName}\".",
                        locations.At(variable.Location.Start)));
                }
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (!document.Definitions.Any(d => d is GraphQLOperationDefinition))
        {
            // Only fragments: GraphQL.NET validates against an operation, so report what its rule would.
            return document.Definitions.OfType<GraphQLFragmentDefinition>()
                .Select(f => ValidationError($"Fragment \"{f.FragmentName.Name.StringValue}\" is never used.", locations.At(f.Location.Start)))
                .ToList();
        }

        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            SelectionDepth.Measurement measurement;
            try
            {
                measurement = SelectionDepth.Measure(operation.SelectionSet, fragments);
            }
            catch (InsufficientExecutionStackException)
            {
                measurement = new SelectionDepth.Measurement(int.MaxValue, null, int.MaxValue);
            }

            var name = operation.Name is null ? "The operation" : $"Operation \"{operation.Name.StringValue}\"";
            if (measurement.Depth > _limits.MaxSelectionDepth)
            {
                var location = measurement.Deepest is null ? (GatewayErrorLocation?)null : locations.At(measurement.Deepest.Location.Start);
                errors.Add(ValidationError(
                    $"{name} nests selections more than {_limits.MaxSelectionDepth} levels deep (the maximum selection depth).",
                    location));
            }
            else if (measurement.SpreadDepth > _limits.MaxFragmentNesting)
            {
                errors.Add(ValidationError(
                    $"{name} nests fragment spreads more than {_limits.MaxFragmentNesting} levels deep (the maximum fragment nesting).",
                    locations.At(operation.Location.Start)));
            }
        }

        return errors;
    }

    private List<GatewayError> Validate(GraphQLDocument document)
    {
        var options = new ValidationOptions
        {
            Schema = _schema.Schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Rules = Rules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
        };
        IValidationResult result;
        try
        {
            var validation = _validator.ValidateAsync(options);
            result = validation.IsCompletedSuccessfully ? validation.Result : validation.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // A validator crash means a document it cannot make sense of: reject it rather than fail the request.
            return [ValidationError($"The document could not be validated: {exception.Message}", null)];
        }

        var errors = new List<GatewayError>();
        foreach (var error in result.Errors)
        {
            // Variable values are coerced per request (VariableCoercer); here only the document is judged.
            if (error is InvalidVariableError || IsSelectionOnLeaf(error))
            {
                continue;
            }

            var errorLocations = error.Locations?.Select(l => new GatewayErrorLocation(l.Line, l.Column)).ToList();
            errors.Add(new GatewayError(error.Message, null, Code(ErrorCodes.ValidationFailed), errorLocations is { Count: > 0 } ? errorLocations : null));
        }

        return errors;
    }

    /// <summary>
    /// GraphQL.NET also reports each field selected on a scalar or enum as unknown on that type, next to the
    /// leaf-selection error itself; graphql-js (and the spec's rule, which applies to composite types) report only the latter.
    /// </summary>
    private bool IsSelectionOnLeaf(GraphQL.ExecutionError error) =>
        error is GraphQL.Validation.Errors.FieldsOnCorrectTypeError
        && LeafTypeInMessage().Match(error.Message) is { Success: true } match
        && _schema.GetType(match.Groups[1].Value) is { IsComposite: false };

    [System.Text.RegularExpressions.GeneratedRegex("on type '([^']+)'\\.$")]
    private static partial System.Text.RegularExpressions.Regex LeafTypeInMessage();

    private static string NamedTypeOf(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedTypeOf(nonNull.Type),
        GraphQLListType list => NamedTypeOf(list.Type),
        _ => ((GraphQLNamedType)type).Name.StringValue,
    };

    private VariableDefinitionInfo VariableInfo(GraphQLVariableDefinition definition)
    {
        var type = ApiTypeRef.From(definition.Type, name => _schema.GetType(name)!);
        var defaultValue = definition.DefaultValue is null ? null : ValueLiterals.ToJson(definition.DefaultValue, type);
        return new VariableDefinitionInfo(definition.Variable.Name.StringValue, type, defaultValue, definition.DefaultValue is not null);
    }

    /// <summary>The variables used as <c>if:</c> of <c>@skip</c>/<c>@include</c> anywhere in the document, in order of appearance.</summary>
    private static List<string> ConditionVariables(GraphQLDocument document)
    {
        var names = new List<string>();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLExecutableDefinition executable)
            {
                AddConditionVariables(executable.SelectionSet, names);
            }
        }

        return names;
    }

    private static void AddConditionVariables(GraphQLSelectionSet selectionSet, List<string> names)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var (directives, inner) = selection switch
            {
                GraphQLField field => (field.Directives, field.SelectionSet),
                GraphQLInlineFragment inline => (inline.Directives, inline.SelectionSet),
                GraphQLFragmentSpread spread => (spread.Directives, null),
                _ => (null, null),
            };
            foreach (var directive in directives?.Items ?? [])
            {
                foreach (var argument in directive.Arguments?.Items ?? [])
                {
                    if (argument.Value is GraphQLVariable variable && !names.Contains(variable.Name.StringValue)
                        && directive.Name.Value.Span is "skip" or "include")
                    {
                        names.Add(variable.Name.StringValue);
                    }
                }
            }

            if (inner is not null)
            {
                AddConditionVariables(inner, names);
            }
        }
    }

    private static bool SelectsIntrospection(GraphQLSelectionSet selectionSet, FrozenDictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                GraphQLField field => field.Name.Value.Span is "__schema" or "__type",
                GraphQLInlineFragment inline => SelectsIntrospection(inline.SelectionSet, fragments, visited),
                GraphQLFragmentSpread spread => visited.Add(spread.FragmentName.Name.StringValue)
                    && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    && SelectsIntrospection(fragment.SelectionSet, fragments, visited),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    private static GatewayError SyntaxError(GraphQLParserException exception)
    {
        var description = exception.Description;
        var seeAlso = description.IndexOf("; for more information see", StringComparison.Ordinal);
        if (seeAlso >= 0)
        {
            description = description[..seeAlso];
        }

        return ParseError($"Syntax Error: {description.TrimEnd('.')}.", new GatewayErrorLocation(exception.Location.Line, exception.Location.Column));
    }

    private static GatewayError ParseError(string message, GatewayErrorLocation? location) =>
        new(message, null, Code(ErrorCodes.ParseFailed), location is { } at ? [at] : null);

    private static GatewayError ValidationError(string message, GatewayErrorLocation? location) =>
        new(message, null, Code(ErrorCodes.ValidationFailed), location is { } at ? [at] : null);

    private static System.Text.Json.Nodes.JsonObject Code(string code) => new() { ["code"] = code };
}
