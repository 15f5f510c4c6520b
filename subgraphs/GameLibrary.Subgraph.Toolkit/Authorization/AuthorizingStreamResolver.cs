using GraphQL;
using GraphQL.Resolvers;

namespace GameLibrary.Subgraph.Toolkit.Authorization;

/// <summary>Checks a subscription field's requirement before its event stream is created.</summary>
internal sealed class AuthorizingStreamResolver(ISourceStreamResolver inner, FieldAuthorizationRequirement requirement) : ISourceStreamResolver
{
    public ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context)
    {
        return requirement.Check(context.User, context.FieldDefinition.Name) is { } error
            ? throw error
            : inner.ResolveAsync(context);
    }
}
