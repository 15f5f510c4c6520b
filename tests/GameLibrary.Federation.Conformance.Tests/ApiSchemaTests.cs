using GameLibrary.Federation.Conformance.Tests.Harness;

using GraphQLParser;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Conformance.Tests;

/// <summary>
/// What introspection cannot show about the API schema of two scenarios: applied directives. The gateway's
/// <see cref="FederationGateway.ApiSchemaSdl"/> is parsed and inspected.
/// </summary>
public sealed class ApiSchemaTests
{
    [Fact]
    public void Tag_is_invisible_and_the_composed_directive_is_kept()
    {
        GraphQLDocument api = ApiSchemaOf("20-tag-and-compose-directive");

        Assert.DoesNotContain(Directives(api), directive => directive.Name.StringValue == "tag");
        Assert.DoesNotContain(api.Definitions.OfType<GraphQLDirectiveDefinition>(), definition => definition.Name.StringValue == "tag");
        GraphQLDirectiveDefinition cacheControl = Assert.Single(
            api.Definitions.OfType<GraphQLDirectiveDefinition>(),
            definition => definition.Name.StringValue == "cacheControl");
        Assert.Equal(["maxAge"], cacheControl.Arguments!.Items.Select(argument => argument.Name.StringValue));
        GraphQLObjectTypeDefinition product = Type<GraphQLObjectTypeDefinition>(api, "Product");
        Assert.Equal("60", MaxAge(product.Directives));
        Assert.Equal("5", MaxAge(product.Fields!.Items.Single(field => field.Name.StringValue == "price").Directives));
    }

    [Fact]
    public void Inaccessible_elements_and_the_federation_machinery_are_removed()
    {
        GraphQLDocument api = ApiSchemaOf("15-inaccessible");

        Assert.Equal(["id", "name", "visibility", "rating"], Fields(Type<GraphQLObjectTypeDefinition>(api, "Product")));
        Assert.Equal(["PUBLIC"], Type<GraphQLEnumTypeDefinition>(api, "Visibility").Values!.Items.Select(value => value.Name.StringValue));
        Assert.Equal(["name"], Type<GraphQLInputObjectTypeDefinition>(api, "ProductFilter").Fields!.Items.Select(field => field.Name.StringValue));
        GraphQLFieldDefinition products = Type<GraphQLObjectTypeDefinition>(api, "Query").Fields!.Items.Single(field => field.Name.StringValue == "products");
        Assert.Equal(["filter"], products.Arguments!.Items.Select(argument => argument.Name.StringValue));
        string[] typeNames = [.. api.Definitions.OfType<GraphQLTypeDefinition>().Select(type => type.Name.StringValue)];
        Assert.DoesNotContain("AuditEntry", typeNames);
        Assert.DoesNotContain(typeNames, name => name.StartsWith("join__", StringComparison.Ordinal) || name.StartsWith("link__", StringComparison.Ordinal));
        Assert.DoesNotContain(Directives(api), directive => directive.Name.StringValue is "inaccessible" or "link" || directive.Name.StringValue.StartsWith("join__", StringComparison.Ordinal));
    }

    private static GraphQLDocument ApiSchemaOf(string scenarioName)
    {
        Scenario scenario = ScenarioCatalog.Load(scenarioName);
        using FederationGateway gateway = FederationGateway.Load(scenario.SupergraphSdl);
        return Parser.Parse(gateway.ApiSchemaSdl);
    }

    private static T Type<T>(GraphQLDocument document, string name)
        where T : GraphQLTypeDefinition =>
        Assert.Single(document.Definitions.OfType<T>(), type => type.Name.StringValue == name);

    private static string[] Fields(GraphQLObjectTypeDefinition type) => [.. type.Fields!.Items.Select(field => field.Name.StringValue)];

    private static string? MaxAge(GraphQLDirectives? directives) =>
        directives?.Items.Single(directive => directive.Name.StringValue == "cacheControl")
            .Arguments!.Items.Single(argument => argument.Name.StringValue == "maxAge").Value is GraphQLIntValue value
            ? value.Value.ToString()
            : null;

    /// <summary>Every applied directive in the document (on the schema, types, fields, arguments, values).</summary>
    private static IEnumerable<GraphQLDirective> Directives(GraphQLDocument document)
    {
        foreach (ASTNode definition in document.Definitions)
        {
            foreach (GraphQLDirective directive in DirectivesOf(definition))
            {
                yield return directive;
            }
        }
    }

    private static IEnumerable<GraphQLDirective> DirectivesOf(ASTNode node)
    {
        IEnumerable<GraphQLDirective> own = node is IHasDirectivesNode { Directives: { } directives } ? directives.Items : [];
        IEnumerable<ASTNode> children = node switch
        {
            IHasFieldsDefinitionNode { Fields: { } fields } => fields.Items.SelectMany<GraphQLFieldDefinition, ASTNode>(field => [field, .. field.Arguments?.Items ?? []]),
            GraphQLEnumTypeDefinition { Values: { } values } => values.Items,
            GraphQLInputObjectTypeDefinition { Fields: { } inputFields } => inputFields.Items,
            _ => [],
        };
        return own.Concat(children.SelectMany(child => child is IHasDirectivesNode { Directives: { } childDirectives } ? childDirectives.Items : []));
    }
}
