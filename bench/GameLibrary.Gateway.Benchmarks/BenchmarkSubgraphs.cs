using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQLParser;
using GraphQLParser.AST;

namespace GameLibrary.Gateway.Benchmarks;

/// <summary>
/// The four subgraphs of the public federation-gateway benchmark's shape (accounts, inventory, products, reviews;
/// the data of bench/GameLibrary.Gateway.LoadTest/benchmark-subgraphs) answered in memory. Each distinct request
/// body is resolved once, over one object model, and its answer replayed afterwards, so a benchmark measures the
/// gateway and not this resolver. Counts the requests it receives.
/// </summary>
internal sealed class BenchmarkSubgraphs : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly User[] Users = [.. new[] { "Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth" }
        .Select((name, i) => new User((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), name, name.Split(' ')[0].ToLowerInvariant()))];

    private static readonly Product[] Products =
    [
        new("1", "Table", 899, 100, true), new("2", "Couch", 1299, 1000, false), new("3", "Glass", 15, 20, false),
        new("4", "Chair", 499, 100, false), new("5", "TV", 1299, 1000, true), new("6", "Lamp", 6999, 300, true),
        new("7", "Grill", 3999, 2000, true), new("8", "Fridge", 100000, 6000, false), new("9", "Sofa", 9999, 800, true),
    ];

    private static readonly Review[] Reviews = BuildReviews();

    private readonly ConcurrentDictionary<string, byte[]> _answers = new(StringComparer.Ordinal);
    private int _requests;

    /// <summary>Requests received since the last <see cref="ResetCount"/>.</summary>
    public int Requests => _requests;

    /// <summary>Sets <see cref="Requests"/> back to 0.</summary>
    public void ResetCount() => _requests = 0;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        string body = await request.Content!.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        byte[] answer = _answers.GetOrAdd(body, Resolve);
        var content = new ByteArrayContent(answer);
        content.Headers.ContentType = Json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    private static Review[] BuildReviews()
    {
        string[] products = ["1", "1", "1", "1", "2", "2", "2", "2", "3", "4", "4"];
        string[] bodies =
        [
            string.Concat(Enumerable.Repeat("The legs are solid oak and the top is a single slab; it took an afternoon to assemble and has not wobbled since. ", 3)),
            string.Concat(Enumerable.Repeat("Sturdy, heavier than it looks, and the finish scratches if you slide anything metal across it. ", 2)),
            "Does the job. Delivery was late by a week.",
        ];
        return [.. products.Select((upc, i) => new Review((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), bodies[i % 3], upc))];
    }

    private static byte[] Resolve(string body)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        var variables = request["variables"] as JsonObject ?? [];
        var operation = Parser.Parse(request["query"]!.GetValue<string>()).Definitions.OfType<GraphQLOperationDefinition>().Single();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteStartObject();
            foreach (var field in operation.SelectionSet.Selections.OfType<GraphQLField>())
            {
                writer.WritePropertyName(ResponseKey(field));
                switch (field.Name.StringValue)
                {
                    case "_entities":
                        var name = ((GraphQLVariable)field.Arguments!.Items.Single().Value).Name.StringValue;
                        WriteValue(variables[name]!.AsArray().Select(r => Entity(r!.AsObject())).ToList(), field.SelectionSet, writer);
                        break;
                    case "users":
                        WriteValue(Users, field.SelectionSet, writer);
                        break;
                    case "topProducts":
                        var first = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "first")?.Value is GraphQLIntValue n ? int.Parse(n.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture) : 5;
                        WriteValue(Products.Take(first).ToList(), field.SelectionSet, writer);
                        break;
                    case "me":
                        WriteValue(Users[0], field.SelectionSet, writer);
                        break;
                    default:
                        throw new NotSupportedException($"root field {field.Name.StringValue}");
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static object? Entity(JsonObject representation) => representation["__typename"]!.GetValue<string>() switch
    {
        "User" => Array.Find(Users, u => u.Id == representation["id"]!.GetValue<string>()),
        "Product" => Array.Find(Products, p => p.Upc == representation["upc"]!.GetValue<string>()),
        "Review" => Array.Find(Reviews, r => r.Id == representation["id"]!.GetValue<string>()),
        var type => throw new NotSupportedException($"entity {type}"),
    };

    private static string ResponseKey(GraphQLField field) => field.Alias?.Name.StringValue ?? field.Name.StringValue;

    private static void WriteValue(object? value, GraphQLSelectionSet? selections, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(item, selections, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                WriteFields(value, selections!, writer);
                writer.WriteEndObject();
                break;
        }
    }

    private static void WriteFields(object value, GraphQLSelectionSet selections, Utf8JsonWriter writer)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLInlineFragment fragment when fragment.TypeCondition is null || fragment.TypeCondition.Type.Name.StringValue == value.GetType().Name:
                    WriteFields(value, fragment.SelectionSet, writer);
                    break;
                case GraphQLField field:
                    writer.WritePropertyName(ResponseKey(field));
                    WriteValue(Field(value, field.Name.StringValue), field.SelectionSet, writer);
                    break;
            }
        }
    }

    private static object? Field(object value, string name) => (value, name) switch
    {
        (_, "__typename") => value.GetType().Name,
        (User user, "id") => user.Id,
        (User user, "name") => user.Name,
        (User user, "username") => user.Username,
        (User, "birthday") => 1234567890,
        (User, "reviews") => Reviews[..2],
        (Product product, "upc") => product.Upc,
        (Product product, "name") => product.Name,
        (Product product, "price") => product.Price,
        (Product product, "weight") => product.Weight,
        (Product product, "inStock") => product.InStock,
        (Product product, "shippingEstimate") => product.Price > 1000 ? 0 : product.Weight / 2,
        (Product product, "reviews") => Reviews.Where(r => r.Upc == product.Upc).ToList(),
        (Review review, "id") => review.Id,
        (Review review, "body") => review.Body,
        (Review review, "product") => Array.Find(Products, p => p.Upc == review.Upc),
        (Review, "author") => Users[0],
        _ => throw new NotSupportedException($"field {value.GetType().Name}.{name}"),
    };

    private sealed record User(string Id, string Name, string Username);

    private sealed record Product(string Upc, string Name, int Price, int Weight, bool InStock);

    private sealed record Review(string Id, string Body, string Upc);
}
