namespace GameLibrary.Federation.Tests.Requests;

/// <summary>Tests that assert durations run alone, so other tests on the same cores do not skew them.</summary>
[CollectionDefinition(nameof(TimingSensitive), DisableParallelization = true)]
public sealed class TimingSensitive;
