using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GameLibrary.Subgraph.Toolkit.Authorization;

/// <summary>
/// Wraps the resolvers of fields that carry a <see cref="FieldAuthorizationRequirement"/>, so only those fields pay
/// for the check and it runs wherever the field is resolved (root fields, nested fields, <c>_entities</c>).
/// </summary>
internal sealed class FieldAuthorizationVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (Requirement(field) is not { } requirement)
        {
            return;
        }

        field.Resolver = new AuthorizingFieldResolver(field.Resolver ?? NameFieldResolver.Instance, requirement);
        if (field.StreamResolver is { } streamResolver)
        {
            field.StreamResolver = new AuthorizingStreamResolver(streamResolver, requirement);
        }
    }

    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema)
    {
        // Interface fields are never resolved themselves: a requirement there would silently not apply.
        if (Requirement(field) is not null)
        {
            throw new InvalidOperationException(
                $"Authorization on interface field '{type.Name}.{field.Name}' is not enforced; declare it on the implementing object types' fields.");
        }
    }

    private static FieldAuthorizationRequirement? Requirement(FieldType field) =>
        field.GetMetadata<FieldAuthorizationRequirement?>(FieldAuthorizationRequirement.MetadataKey);
}
