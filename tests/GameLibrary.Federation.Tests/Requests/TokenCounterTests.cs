using GameLibrary.Federation.Requests;

using GraphQLParser;

namespace GameLibrary.Federation.Tests.Requests;

public sealed class TokenCounterTests
{
    [Theory]
    [InlineData("{ a }")]
    [InlineData("query Q($v: [Int!] = [1, -2.5e3]) { a(x: $v) @skip(if: false) }")]
    [InlineData("{ ...F ... on T { a } } # a comment with { tokens }\n")]
    [InlineData("{ a(s: \"with \\\" quote, { and } braces\", b: \"\"\"block \\\"\"\" still\"\"\") }")]
    [InlineData("mutation { b(x: {k: [true, null, ENUM]}) }")]
    [InlineData(",,, \t\r\n\uFEFF")]
    public void Counts_tokens_like_the_lexer(string document)
    {
        Assert.Equal(LexerTokens(document), TokenCounter.Count(document, int.MaxValue));
    }

    private static int LexerTokens(string document)
    {
        var count = 0;
        var position = 0;
        while (Lexer.Lex(document, position) is var token && token.Kind != TokenKind.EOF)
        {
            count += token.Kind == TokenKind.COMMENT ? 0 : 1;
            position = token.End;
        }

        return count;
    }

    [Fact]
    public void Stops_counting_past_the_limit()
    {
        Assert.Equal(11, TokenCounter.Count(string.Concat(Enumerable.Repeat("a ", 1_000_000)), 10));
    }
}
