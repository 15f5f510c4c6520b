using GameLibrary.Subgraph.Toolkit.Authorization;

using GraphQL.Types;

namespace GameLibrary.Subgraph.Toolkit.Tests;

public sealed class FieldAuthorizationVisitorTests
{
    [Fact]
    public void A_requirement_on_an_interface_field_fails_schema_initialization_instead_of_silently_not_applying()
    {
        InterfaceGraphType node = new() { Name = "Node" };
        node.Field<IdGraphType>("secret").RequireRole("admin");
        ObjectGraphType thing = new() { Name = "Thing" };
        thing.Field<IdGraphType>("secret");
        thing.AddResolvedInterface(node);
        thing.IsTypeOf = _ => true;
        ObjectGraphType query = new() { Name = "Query" };
        query.Field("thing", thing).Resolve(_ => new object());
        Schema schema = new() { Query = query };
        schema.RegisterType(node);
        schema.RegisterVisitor(new FieldAuthorizationVisitor());

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(schema.Initialize);

        Assert.Contains("Authorization on interface field 'Node.secret' is not enforced", error.Message, StringComparison.Ordinal);
    }
}
