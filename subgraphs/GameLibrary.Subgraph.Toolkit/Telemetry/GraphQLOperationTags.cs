using System.Diagnostics;

namespace GameLibrary.Subgraph.Toolkit.Telemetry;

/// <summary>What identifies an operation in traces and metrics (OpenTelemetry GraphQL semantic conventions).</summary>
/// <param name="Type"><c>query</c>, <c>mutation</c>, <c>subscription</c>, or <c>unknown</c> when no operation was selected.</param>
/// <param name="Name">The operation name, if any.</param>
internal readonly record struct GraphQLOperationTags(string Type, string? Name)
{
    public const string TypeTag = "graphql.operation.type";
    public const string NameTag = "graphql.operation.name";

    public TagList ToTagList() => new() { { TypeTag, Type }, { NameTag, Name ?? string.Empty } };

    public void ApplyTo(Activity activity)
    {
        activity.DisplayName = Name is null ? Type : $"{Type} {Name}";
        activity.SetTag(TypeTag, Type);
        activity.SetTag(NameTag, Name);
    }
}
