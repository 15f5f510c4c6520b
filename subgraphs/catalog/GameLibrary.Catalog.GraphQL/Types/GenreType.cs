using GameLibrary.Catalog.GraphQL.Loaders;
using GameLibrary.Catalog.GraphQL.Support;
using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.Subgraph.Toolkit.Federation;

using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Types;

/// <summary>The <c>Genre</c> entity.</summary>
public sealed class GenreType : ObjectGraphType<Genre>
{
    /// <summary>Creates the type.</summary>
    public GenreType()
    {
        Name = "Genre";
        Description = "A genre games belong to.";
        this.Key("id");
        Field(genre => genre.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(genre => genre.Name);
        GameConnectionField.Add(this, "games", context => new GameFilter { GenreIds = [context.Source.Id] });
        this.ResolveReferenceBatched<Genre, long, GenreByIdLoader>(genre => genre.Id);
    }
}
