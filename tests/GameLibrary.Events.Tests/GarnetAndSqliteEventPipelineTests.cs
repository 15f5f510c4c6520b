namespace GameLibrary.Events.Tests;

/// <summary>The embedded defaults: no connection strings, so an in-process Garnet and a SQLite file.</summary>
public sealed class GarnetAndSqliteEventPipelineTests : EventPipelineTests
{
    protected override Task<Dictionary<string, string?>> SettingsAsync() =>
        Task.FromResult(new Dictionary<string, string?> { ["Redis:Embedded:DataDirectory"] = "" });
}
