using GraphQLParser.Exceptions;

namespace GameLibrary.Federation.Composition;

/// <summary>Parser errors as composition reports them.</summary>
internal static class SyntaxErrors
{
    /// <summary>The parser's description without the link to the specification it appends ("; for more information see ...").</summary>
    public static string Describe(GraphQLParserException exception) => exception.Description.Split("; for more information", 2)[0];
}
