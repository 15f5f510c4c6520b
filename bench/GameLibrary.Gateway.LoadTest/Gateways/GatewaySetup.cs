namespace GameLibrary.Gateway.LoadTest.Gateways;

/// <summary>What every gateway of one run is started on.</summary>
/// <param name="Paths">The repository's folders.</param>
/// <param name="Processes">Where started servers are kept, to be killed together.</param>
/// <param name="Supergraph">The supergraph file (its subgraph URLs are placeholders).</param>
/// <param name="Subgraphs">Each subgraph's name and the URL it really listens on.</param>
/// <param name="Scratch">A folder for generated configuration files, deleted after the run.</param>
/// <param name="Http">A client for readiness probes.</param>
/// <param name="OurAssembly">A GameLibrary.Gateway.dll to run as ours instead of the repository's Release build (A/B runs of saved builds).</param>
/// <param name="OurEnvironment">Extra environment variables of our gateway (runtime knobs, configuration).</param>
/// <param name="CandidateAssembly">The candidate's (ours-b) GameLibrary.Gateway.dll; by default the same as ours.</param>
/// <param name="CandidateEnvironment">The candidate's extra environment variables.</param>
internal sealed record GatewaySetup(
    RepositoryPaths Paths,
    ProcessGroup Processes,
    string Supergraph,
    IReadOnlyDictionary<string, string> Subgraphs,
    string Scratch,
    HttpClient Http,
    string? OurAssembly = null,
    IReadOnlyDictionary<string, string>? OurEnvironment = null,
    string? CandidateAssembly = null,
    IReadOnlyDictionary<string, string>? CandidateEnvironment = null);
