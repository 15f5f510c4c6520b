using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GameLibrary.BadInput.Tests.Running;

/// <summary>
/// What a case must get: its <c>expect</c> — <c>status</c> (HTTP and SSE), <c>code</c> (the <c>extensions.code</c>
/// of one of the errors), <c>wsClose</c> or <c>wsMessage</c> (<c>error</c> or <c>next</c>) — overridden per target by
/// <c>expectByTarget</c> and per transport by <c>expectByTransport</c>. Over WebSocket, a malformed request closes the
/// connection (4400; 1009 when too large); other request errors (4xx) are an <c>error</c> message, and errors of
/// an answered operation (200) a <c>next</c>.
/// </summary>
public sealed partial class Expectation
{
    private readonly JsonObject _expect;

    public Expectation(CorpusCase corpusCase, string target, string transport)
    {
        _expect = corpusCase.Definition["expect"]?.DeepClone().AsObject() ?? [];
        foreach (JsonNode? overrides in (JsonNode?[])[corpusCase.Definition["expectByTarget"]?[target], corpusCase.Definition["expectByTransport"]?[transport]])
        {
            foreach ((string name, JsonNode? value) in overrides?.AsObject() ?? [])
            {
                _expect[name] = value?.DeepClone();
            }
        }
    }

    private int? Status => _expect["status"]?.GetValue<int>();

    /// <summary>The codes accepted: <c>code</c> is one, or a list where the platform's layers may differ.</summary>
    private string[]? Codes => _expect["code"] switch
    {
        null => null,
        JsonArray codes => [.. codes.Select(code => code!.GetValue<string>())],
        JsonNode code => [code.GetValue<string>()],
    };

    private string? Code => Codes?[0];

    public void AssertMet(Outcome outcome, string transport)
    {
        string context = $"got {outcome}";
        if (transport == TransportName.WebSocket)
        {
            AssertWebSocket(outcome, context);
        }
        else
        {
            Assert.True(outcome.Status == Status, $"Expected status {Status}: {context}");
            AssertCode(outcome, context);
        }

        AssertNoInternals(outcome.Text.ToString(), context);
    }

    /// <summary>A stack frame, a source file, an exception's type name, a file-system path: what no answer may show.</summary>
    public static void AssertNoInternals(string text, string context)
    {
        Assert.False(StackFrame().IsMatch(text), $"A stack frame leaked: {context}");
        Assert.DoesNotContain(".cs:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.False(FilePath().IsMatch(text), $"A file path leaked: {context}");
    }

    private void AssertWebSocket(Outcome outcome, string context)
    {
        int[]? closes = _expect["wsClose"] switch
        {
            JsonArray codes => [.. codes.Select(code => code!.GetValue<int>())],
            JsonNode code => [code.GetValue<int>()],
            null => Code switch
            {
                "INVALID_JSON" or "BAD_REQUEST" => [4400],
                "REQUEST_TOO_LARGE" => [1009],
                _ => null,
            },
        };
        if (closes is not null)
        {
            Assert.True(outcome.CloseStatus is { } closed && closes.Contains(closed), $"Expected close {string.Join(" or ", closes)}: {context}");
            return;
        }

        string message = _expect["wsMessage"]?.GetValue<string>() ?? (Status >= 400 ? "error" : "next");
        Assert.True(outcome.Messages.Contains(message), $"Expected a '{message}' message: {context}");
        AssertCode(outcome, context);
    }

    private void AssertCode(Outcome outcome, string context)
    {
        Assert.True(outcome.Errors.Count > 0, $"Expected GraphQL errors: {context}");
        Assert.All(outcome.Errors, error => Assert.True(error["extensions"]?["code"] is JsonValue, $"An error without extensions.code: {context}"));

        // Hostile input is the client's fault: the server failing on it is the bug the corpus hunts.
        Assert.True(
            !outcome.Errors.Any(error => error["extensions"]?["code"]?.GetValue<string>() == "INTERNAL_SERVER_ERROR"),
            $"The server failed: {context}");
        if (Codes is { } codes)
        {
            Assert.True(
                outcome.Errors.Any(error => codes.Contains(error["extensions"]?["code"]?.GetValue<string>())),
                $"Expected an error with code {string.Join(" or ", codes)}: {context}");
        }
    }

    [GeneratedRegex(@"\bat [\w.`<>|]+\.[\w<>|`]+\(|^\s+at ", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"(/home/|/work/|/usr/|/tmp/|/src/|[A-Z]:\\)")]
    private static partial Regex FilePath();
}
