using System.Text;

using GraphQLParser.AST;

namespace GameLibrary.Federation.Composition.Subgraphs;

/// <summary>Directive locations as SDL spells them, and which of them are executable.</summary>
internal static class DirectiveLocations
{
    private static readonly HashSet<string> Executable = new(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
    };

    /// <summary><see cref="DirectiveLocation.FieldDefinition"/> becomes <c>FIELD_DEFINITION</c>.</summary>
    public static string ToSdl(DirectiveLocation location)
    {
        var name = location.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static bool IsExecutable(string location) => Executable.Contains(location);
}
