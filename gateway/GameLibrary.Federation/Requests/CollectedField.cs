using System.Text.Json;

using GameLibrary.Federation.Api;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Requests;

/// <summary>
/// One response key of a selection set after field collection: every field node merged under the key
/// (their sub-selections are merged when the value is completed) and the field's definition on the
/// runtime object type.
/// </summary>
internal sealed class CollectedField
{
    public CollectedField(string responseKey, GraphQLField first)
    {
        ResponseKey = responseKey;
        EncodedResponseKey = JsonEncodedText.Encode(responseKey);
        Name = first.Name.StringValue;
        Nodes = [first];
    }

    /// <summary>The alias, or the field name.</summary>
    public string ResponseKey { get; }

    /// <summary>The response key, escaped once for the JSON writer.</summary>
    public JsonEncodedText EncodedResponseKey { get; }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The field nodes merged under the response key, in document order.</summary>
    public List<GraphQLField> Nodes { get; }

    /// <summary>The field's definition on the object type; null for meta fields (<c>__typename</c>, <c>__schema</c>, <c>__type</c>).</summary>
    public ApiField? Definition { get; set; }

    /// <summary>The sub-selection <see cref="FieldCollection.Sub"/> returned last for this field (its own cache).</summary>
    public FieldCollectionEntry? LastSub { get; set; }
}
