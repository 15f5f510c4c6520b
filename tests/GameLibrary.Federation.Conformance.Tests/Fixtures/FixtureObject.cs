using System.Text.Json.Nodes;

namespace GameLibrary.Federation.Conformance.Tests.Fixtures;

/// <summary>An object being resolved: a data record, its runtime type, and the representation it was fetched by, if any.</summary>
/// <param name="Record">The record whose members the object's fields resolve from.</param>
/// <param name="TypeName">The object type (the record's <c>__typename</c>, a <c>$ref</c>'s type, or the field's static type).</param>
/// <param name="Representation">The <c>_entities</c> representation that selected the record; null elsewhere.</param>
internal sealed record FixtureObject(JsonObject Record, string TypeName, JsonObject? Representation = null);
