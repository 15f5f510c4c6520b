namespace GameLibrary.Federation.Execution;

/// <summary>One slot of a <see cref="ResultObject"/>: a response key and its value.</summary>
/// <param name="Key">The response key (from the shared name table when read from an answer, so usually compared by reference).</param>
/// <param name="Value">The value.</param>
internal readonly record struct ResultProperty(string Key, ResultValue Value);
