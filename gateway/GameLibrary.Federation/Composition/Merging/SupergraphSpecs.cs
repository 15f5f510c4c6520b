using GameLibrary.Federation.Composition.Model;
using GameLibrary.Federation.Composition.Subgraphs;

namespace GameLibrary.Federation.Composition.Merging;

/// <summary>
/// The definitions a supergraph carries for the specifications it links: link v1.0, join v0.3–v0.5 (the version
/// follows the newest Federation 2 version the subgraphs link, as Apollo does), tag v0.3 and inaccessible v0.2.
/// </summary>
internal static class SupergraphSpecs
{
    public const string LinkUrl = "https://specs.apollo.dev/link/v1.0";
    public const string TagUrl = "https://specs.apollo.dev/tag/v0.3";
    public const string InaccessibleUrl = "https://specs.apollo.dev/inaccessible/v0.2";

    private const string Link = """
        directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA

        scalar link__Import

        enum link__Purpose {
          "`SECURITY` features provide metadata necessary to securely resolve fields."
          SECURITY
          "`EXECUTION` features provide metadata necessary for operation execution."
          EXECUTION
        }
        """;

    /// <summary>join v0.4 (Federation 2.7) adds progressive override labels; v0.5 (2.8) adds context arguments.</summary>
    public static int JoinMinor(int federationMinor) => federationMinor >= 8 ? 5 : federationMinor >= 7 ? 4 : 3;

    public static string JoinUrl(int joinMinor) => $"https://specs.apollo.dev/join/v0.{joinMinor}";

    public static void AddLink(Schema supergraph) => Add(supergraph, Link);

    public static void AddJoin(Schema supergraph, int joinMinor)
    {
        var fieldArguments = "graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean"
            + (joinMinor >= 4 ? ", overrideLabel: String" : "")
            + (joinMinor >= 5 ? ", contextArguments: [join__ContextArgument!]" : "");
        var sdl = $$"""
            directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE
            directive @join__field({{fieldArguments}}) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
            directive @join__graph(name: String!, url: String!) on ENUM_VALUE
            directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE
            directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
            directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION
            scalar join__FieldSet
            enum join__Graph
            """;
        if (joinMinor >= 4)
        {
            sdl += """

                directive @join__directive(graphs: [join__Graph!], name: String!, args: join__DirectiveArguments) repeatable on SCHEMA | OBJECT | INTERFACE | FIELD_DEFINITION
                scalar join__DirectiveArguments
                """;
        }

        if (joinMinor >= 5)
        {
            sdl += """

                scalar join__FieldValue
                input join__ContextArgument { name: String! type: String! context: String! selection: join__FieldValue! }
                """;
        }

        Add(supergraph, sdl);
    }

    public static void AddTag(Schema supergraph, string name) => Add(supergraph,
        $"directive @{name}(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA");

    public static void AddInaccessible(Schema supergraph, string name) => Add(supergraph,
        $"directive @{name} on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION");

    /// <summary><c>@link(url:, for:)</c> on the supergraph's schema definition.</summary>
    public static AppliedDirective LinkApplication(string url, string? purpose = null, Value? imports = null) =>
        new("link", ("url", new StringValue(url)), ("for", purpose is null ? null : new EnumValue(purpose)), ("import", imports));

    private static void Add(Schema supergraph, string sdl)
    {
        var definitions = SdlReader.Read("supergraph", sdl, new CompositionDiagnostics())
            ?? throw new InvalidOperationException("The built-in specification definitions do not parse.");
        foreach (var (name, directive) in definitions.DirectiveDefinitions)
        {
            supergraph.DirectiveDefinitions[name] = directive;
        }

        foreach (var (name, type) in definitions.Types)
        {
            supergraph.Types[name] = type;
        }
    }
}
