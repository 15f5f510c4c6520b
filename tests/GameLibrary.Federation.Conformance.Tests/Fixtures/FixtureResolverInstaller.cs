using System.Text.Json.Nodes;

using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>Gives every field of a fixture schema its data-driven resolver.</summary>
internal sealed class FixtureResolverInstaller(FixtureRuntime runtime) : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (IsIntrospection(type))
        {
            return;
        }

        bool isQueryRoot = type.Name == runtime.Metadata.QueryTypeName;
        field.Resolver = (isQueryRoot, field.Name) switch
        {
            (true, "_entities") => new EntitiesResolver(runtime),
            (true, "_service") => new FuncFieldResolver<object>(_ => new FixtureObject(new JsonObject { ["sdl"] = runtime.Sdl }, "_Service")),
            _ => new FixtureFieldResolver(runtime, type.Name, field.Name),
        };
    }

    private static bool IsIntrospection(INamedType type) => type.Name.StartsWith("__", StringComparison.Ordinal);
}
