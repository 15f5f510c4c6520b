using System.Collections.Frozen;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// The result of parsing and validating one query text: either request errors, or the validated document
/// with its fragments and operations. Cached by text and shared by concurrent requests, so immutable.
/// </summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(string source, GraphQLDocument? document, IReadOnlyList<GatewayError> errors, IReadOnlyList<OperationInfo> operations, FrozenDictionary<string, GraphQLFragmentDefinition> fragments)
    {
        Source = source;
        Document = document;
        Errors = errors;
        Operations = operations;
        Fragments = fragments;
        Locations = new SourceLocations(source);
    }

    /// <summary>The query text.</summary>
    public string Source { get; }

    /// <summary>The parsed document; null when it did not parse.</summary>
    public GraphQLDocument? Document { get; }

    /// <summary>Parse or validation errors; empty for a valid document.</summary>
    public IReadOnlyList<GatewayError> Errors { get; }

    /// <summary>The document's operations in document order.</summary>
    public IReadOnlyList<OperationInfo> Operations { get; }

    /// <summary>The document's fragment definitions by name.</summary>
    public FrozenDictionary<string, GraphQLFragmentDefinition> Fragments { get; }

    /// <summary>Line/column look-up for error locations.</summary>
    public SourceLocations Locations { get; }

    /// <summary>A document that was rejected.</summary>
    public static PreparedDocument Failed(string source, GraphQLDocument? document, IReadOnlyList<GatewayError> errors) =>
        new(source, document, errors, [], FrozenDictionary<string, GraphQLFragmentDefinition>.Empty);

    /// <summary>A valid document.</summary>
    public static PreparedDocument Valid(string source, GraphQLDocument document, IReadOnlyList<OperationInfo> operations, FrozenDictionary<string, GraphQLFragmentDefinition> fragments) =>
        new(source, document, [], operations, fragments);
}
