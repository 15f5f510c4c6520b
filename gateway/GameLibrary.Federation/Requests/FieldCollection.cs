using System.Collections.Concurrent;
using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// The collected fields (CollectFields / CollectSubfields) of one operation for one outcome of its
/// <c>@skip</c>/<c>@include</c> conditions, memoised per selection owner and runtime object type. Requests
/// whose condition variables have the same values share one collection, so completing a response
/// normally collects nothing at all. Thread-safe.
/// </summary>
internal sealed class FieldCollection
{
    private readonly ApiSchema _schema;
    private readonly PreparedDocument _document;
    private readonly JsonObject _conditions;
    private readonly ConcurrentDictionary<(object Owner, ApiType Type), List<CollectedField>> _fields = new();

    /// <param name="schema">The API schema.</param>
    /// <param name="document">The document the operation belongs to.</param>
    /// <param name="conditions">The values of the variables <c>@skip</c>/<c>@include</c> use (the only ones collection reads).</param>
    public FieldCollection(ApiSchema schema, PreparedDocument document, JsonObject conditions)
    {
        _schema = schema;
        _document = document;
        _conditions = conditions;
    }

    /// <summary>The fields of the operation's root selection set.</summary>
    public List<CollectedField> Root(GraphQLSelectionSet selectionSet, ApiType rootType) =>
        _fields.GetOrAdd((selectionSet, rootType), static (key, self) =>
            FieldCollector.Collect(self._schema, self._document, self._conditions, key.Type, (GraphQLSelectionSet)key.Owner), this);

    /// <summary>The merged sub-selections of a field for one runtime object type.</summary>
    public List<CollectedField> Sub(CollectedField field, ApiType objectType)
    {
        // The field belongs to this collection (collected by it), so what it keeps holds for these conditions.
        if (field.LastSub is { } last && last.Type == objectType)
        {
            return last.Fields;
        }

        var fields = _fields.GetOrAdd((field, objectType), static (key, self) =>
            FieldCollector.CollectSubfields(self._schema, self._document, self._conditions, key.Type, (CollectedField)key.Owner), this);
        field.LastSub = new FieldCollectionEntry(objectType, fields);
        return fields;
    }
}
