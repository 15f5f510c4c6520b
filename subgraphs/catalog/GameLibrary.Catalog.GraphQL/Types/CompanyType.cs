using GameLibrary.Catalog.GraphQL.Loaders;
using GameLibrary.Catalog.GraphQL.Support;
using GameLibrary.Catalog.Model;
using GameLibrary.Catalog.Queries;
using GameLibrary.Subgraph.Toolkit.Federation;

using GraphQL.Federation;
using GraphQL.Types;

namespace GameLibrary.Catalog.GraphQL.Types;

/// <summary>The <c>Company</c> entity.</summary>
public sealed class CompanyType : ObjectGraphType<Company>
{
    /// <summary>Creates the type.</summary>
    public CompanyType()
    {
        Name = "Company";
        Description = "A company that develops or publishes games.";
        this.Key("id");
        Field(company => company.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(company => company.Name);
        GameConnectionField.Add(this, "games", context => new GameFilter { CompanyIds = [context.Source.Id] });
        this.ResolveReferenceBatched<Company, long, CompanyByIdLoader>(company => company.Id);
    }
}
