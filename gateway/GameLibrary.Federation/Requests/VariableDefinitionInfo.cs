using System.Text.Json.Nodes;

using GameLibrary.Federation.Api;

namespace GameLibrary.Federation.Requests;

/// <summary>A variable an operation declares, resolved against the API schema once per cached document.</summary>
/// <param name="Name">The variable name (no <c>$</c>).</param>
/// <param name="Type">The declared type.</param>
/// <param name="DefaultValue">The declared default, coerced to JSON (clone it before use: a node has one parent).</param>
/// <param name="HasDefault">Whether a default is declared (it may be <c>null</c>).</param>
internal sealed record VariableDefinitionInfo(string Name, ApiTypeRef Type, JsonNode? DefaultValue, bool HasDefault);
