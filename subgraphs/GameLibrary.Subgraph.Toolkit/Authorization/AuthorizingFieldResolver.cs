using GraphQL;
using GraphQL.Resolvers;

namespace GameLibrary.Subgraph.Toolkit.Authorization;

/// <summary>Checks a field's requirement before running its resolver; a failed check becomes a field error.</summary>
internal sealed class AuthorizingFieldResolver(IFieldResolver inner, FieldAuthorizationRequirement requirement) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        return requirement.Check(context.User, context.FieldDefinition.Name) is { } error
            ? throw error
            : inner.ResolveAsync(context);
    }
}
