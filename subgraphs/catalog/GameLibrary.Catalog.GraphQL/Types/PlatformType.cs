using GameLibrary.Catalog.GraphQL.Loaders;
using GameLibrary.Catalog.GraphQL.Support;
using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.Subgraph.Toolkit.Federation;

using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Types;

/// <summary>The <c>Platform</c> entity.</summary>
public sealed class PlatformType : ObjectGraphType<Platform>
{
    /// <summary>Creates the type.</summary>
    public PlatformType()
    {
        Name = "Platform";
        Description = "A platform games run on.";
        this.Key("id");
        Field(platform => platform.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(platform => platform.Name);
        GameConnectionField.Add(this, "games", context => new GameFilter { PlatformIds = [context.Source.Id] });
        this.ResolveReferenceBatched<Platform, long, PlatformByIdLoader>(platform => platform.Id);
    }
}
