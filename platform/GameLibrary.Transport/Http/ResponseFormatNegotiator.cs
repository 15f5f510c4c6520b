using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GameLibrary.Transport.Http;

/// <summary>
/// Picks the response media type from <c>Accept</c> (GraphQL over HTTP, "Body" and "Legacy watershed").
/// </summary>
internal static class ResponseFormatNegotiator
{
    /// <summary>False when no acceptable media type is listed (answer 406).</summary>
    public static bool TryNegotiate(StringValues accept, bool allowEventStream, out ResponseFormat format)
    {
        // Since the 2025-01-01 watershed a missing Accept means application/graphql-response+json.
        if (StringValues.IsNullOrEmpty(accept))
        {
            format = ResponseFormat.GraphQLResponseJson;
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? ranges))
        {
            format = default;
            return false;
        }

        double graphQLResponse = QualityOf(ranges, "application", "graphql-response+json", wildcards: true);
        double json = QualityOf(ranges, "application", "json", wildcards: true);

        // SSE must be asked for by name: a client sending */* expects a single JSON response.
        double eventStream = allowEventStream ? QualityOf(ranges, "text", "event-stream", wildcards: false) : 0;

        if (eventStream > 0 && eventStream >= Math.Max(graphQLResponse, json))
        {
            format = ResponseFormat.EventStream;
        }
        else if (graphQLResponse > 0 && graphQLResponse >= json)
        {
            // Equal preference (e.g. */*): the modern type, whose status codes carry meaning.
            format = ResponseFormat.GraphQLResponseJson;
        }
        else if (json > 0)
        {
            format = ResponseFormat.Json;
        }
        else
        {
            format = default;
            return false;
        }

        return true;
    }

    /// <summary>The quality of the most specific range matching the type (RFC 9110 §12.5.1); 0 if none.</summary>
    private static double QualityOf(IList<MediaTypeHeaderValue> ranges, string type, string subType, bool wildcards)
    {
        int bestSpecificity = -1;
        double quality = 0;
        foreach (MediaTypeHeaderValue range in ranges)
        {
            int specificity;
            if (range.MatchesAllTypes)
            {
                specificity = wildcards ? 0 : -1;
            }
            else if (!range.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
            {
                specificity = -1;
            }
            else if (range.MatchesAllSubTypes)
            {
                specificity = wildcards ? 1 : -1;
            }
            else
            {
                specificity = range.SubType.Equals(subType, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
            }

            // Responses are always UTF-8; a range demanding another charset does not match.
            bool charsetMatches = !range.Charset.HasValue
                || range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);

            if (specificity > bestSpecificity && charsetMatches)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1;
            }
        }

        return quality;
    }
}
