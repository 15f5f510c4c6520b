namespace GameLibrary.AppHost.Processes;

/// <summary>How to start one child process.</summary>
/// <param name="Name">The name its output is prefixed with, e.g. <c>catalog</c>.</param>
/// <param name="FileName">The executable.</param>
/// <param name="Arguments">The arguments, each passed as is.</param>
/// <param name="Environment">Variables set on top of the launcher's own environment.</param>
/// <param name="WorkingDirectory">The directory it starts in.</param>
internal sealed record ProcessSpec(
    string Name,
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory);
