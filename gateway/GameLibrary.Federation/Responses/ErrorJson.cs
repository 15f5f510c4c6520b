using System.Text.Json;

namespace GameLibrary.Federation.Responses;

/// <summary>Writes <c>errors</c> entries in the spec's member order: message, locations, path, extensions.</summary>
internal static class ErrorJson
{
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Locations = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText Extensions = JsonEncodedText.Encode("extensions");

    /// <summary>Writes the <c>errors</c> property with every error of the given lists, in order.</summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GatewayError> first, IReadOnlyList<GatewayError>? second = null)
    {
        writer.WritePropertyName("errors");
        writer.WriteStartArray();
        foreach (var error in first)
        {
            Write(writer, error);
        }

        foreach (var error in second ?? [])
        {
            Write(writer, error);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one error object.</summary>
    public static void Write(Utf8JsonWriter writer, GatewayError error)
    {
        writer.WriteStartObject();
        writer.WriteString(Message, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WriteStartArray(Locations);
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(Line, location.Line);
                writer.WriteNumber(Column, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WriteStartArray(Path);
            foreach (var segment in path)
            {
                switch (segment)
                {
                    case int index:
                        writer.WriteNumberValue(index);
                        break;
                    case long index:
                        writer.WriteNumberValue(index);
                        break;
                    default:
                        writer.WriteStringValue(segment.ToString());
                        break;
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { } extensions)
        {
            writer.WritePropertyName(Extensions);
            extensions.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
