using System.Globalization;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.EventPipe;

namespace GameLibrary.Gateway.LoadTest.Profiling;

/// <summary>
/// Reads a <see cref="CpuTrace"/> file and tells where the process spent its CPU: the samples taken while a thread
/// ran managed code, grouped by layer (the innermost frame of the engine, the transport, the gateway host, the
/// subgraph HTTP client, ASP.NET Core/Kestrel, …), by namespace and by method, each exclusive (the sampled frame
/// itself) and inclusive (anywhere on the stack). Samples of threads in native code (waiting, a system call, the
/// runtime) are counted apart: EventPipe cannot tell a wait from work there, and the GC's own threads are never
/// sampled, so the process's CPU time measured by the harness is the reference and this profile its breakdown.
/// </summary>
internal static class CpuProfile
{
    // First match from the sampled frame outwards names the layer; longer prefixes first where they overlap.
    private static readonly (string Prefix, string Layer)[] Layers =
    [
        ("GameLibrary.Federation.Execution.HttpSubgraphClient", "subgraph client (ours)"),
        ("GameLibrary.Federation.Execution.DeduplicatingSubgraphClient", "subgraph client (ours)"),
        ("GameLibrary.Federation.Execution.SubgraphRequest", "subgraph client (ours)"),
        ("GameLibrary.Federation.Execution.JsonBuffer", "subgraph client (ours)"),
        ("GameLibrary.Federation", "engine"),
        ("GameLibrary.Transport", "transport"),
        ("GameLibrary.Gateway", "gateway host"),
        ("System.Net.Http", "HttpClient (System.Net.Http)"),
        ("System.Net.Sockets", "sockets"),
        ("System.Net.Security", "sockets"),
        ("Microsoft.AspNetCore.Server.Kestrel", "Kestrel"),
        ("Microsoft.AspNetCore", "ASP.NET Core (routing, middleware, hosting)"),
        ("OpenTelemetry", "telemetry (metrics, activities)"),
        ("System.Diagnostics.Metrics", "telemetry (metrics, activities)"),
        ("System.Diagnostics.Activity", "telemetry (metrics, activities)"),
        ("Microsoft.Extensions.Logging", "logging"),
        ("Microsoft.Extensions.DependencyInjection", "dependency injection"),
    ];

    /// <summary>Analyses a trace and writes the tables.</summary>
    /// <param name="tracePath">The <c>.nettrace</c> file.</param>
    /// <param name="top">How many rows the namespace and method tables keep.</param>
    /// <param name="output">Where the tables go (Markdown).</param>
    /// <param name="callersOf">When set, also the most frequent stacks (innermost frames) of the samples whose sampled method contains this text.</param>
    public static void Report(string tracePath, int top, TextWriter output, string? callersOf = null)
    {
        string etlx = TraceLog.CreateFromEventPipeDataFile(tracePath, Path.ChangeExtension(tracePath, ".etlx"));
        using var log = new TraceLog(etlx);
        var profile = new Tally();
        foreach (TraceEvent sample in log.Events)
        {
            if (sample.EventName == JittedEvent)
            {
                profile.AddJitted($"{sample.PayloadByName("MethodNamespace")}");
                continue;
            }

            if (sample is not ClrThreadSampleTraceData threadSample)
            {
                continue;
            }

            if (threadSample.Type != ClrThreadSampleType.Managed)
            {
                profile.Native++;
                continue;
            }

            var frames = Frames(sample.CallStack());
            profile.Add(frames);
            if (callersOf is not null && frames.Count > 0 && frames[0].Contains(callersOf, StringComparison.Ordinal))
            {
                string stack = string.Join(" ← ", frames.Take(CallerDepth).Select(Shorten));
                profile.Callers[stack] = profile.Callers.GetValueOrDefault(stack) + 1;
            }
        }

        File.Delete(etlx);
        Print(output, tracePath, profile, top);
    }

    private const int CallerDepth = 8;

    // One per method body the JIT finished during the session (tier 0, tier 1 with or without PGO, OSR): warm-up, not work.
    private const string JittedEvent = "Method/LoadVerbose";

    private static List<string> Frames(TraceCallStack? stack)
    {
        var frames = new List<string>();
        for (; stack is not null; stack = stack.Caller)
        {
            string name = stack.CodeAddress.FullMethodName;
            frames.Add(string.IsNullOrEmpty(name) ? $"[{stack.CodeAddress.ModuleName}]" : name);
        }

        return frames;
    }

    private static string Namespace(string method)
    {
        int arguments = method.IndexOf('(', StringComparison.Ordinal);
        string name = arguments < 0 ? method : method[..arguments];
        int methodDot = name.LastIndexOf('.');
        int typeDot = methodDot <= 0 ? -1 : name.LastIndexOf('.', methodDot - 1);
        return typeDot <= 0 ? name : name[..typeDot];
    }

    private static string Layer(List<string> frames)
    {
        foreach (string frame in frames)
        {
            foreach (var (prefix, layer) in Layers)
            {
                if (frame.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return layer;
                }
            }
        }

        return "runtime, thread pool, other";
    }

    private static void Print(TextWriter output, string tracePath, Tally profile, int top)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU profile of {tracePath}: {profile.Managed:N0} samples in managed code (the tables' 100 %), {profile.Native:N0} in native code (waits, system calls, runtime; not broken down); {profile.Jitted:N0} method bodies compiled by the JIT during the trace."));
        Table(output, "layer (innermost frame of the layer)", profile.Layers, profile.Managed, null, int.MaxValue);
        // Which code the JIT was still compiling: where a start-up warm-up would have to reach (docs/performance.md, "Warm start and memory").
        Table(output, "layer of the method bodies compiled by the JIT", profile.JittedLayers, profile.Jitted, null, int.MaxValue);
        Table(output, "namespace", profile.NamespacesExclusive, profile.Managed, profile.NamespacesInclusive, top);
        Table(output, "method (by exclusive)", profile.MethodsExclusive, profile.Managed, profile.MethodsInclusive, top);
        Table(output, "method (by inclusive)", profile.MethodsInclusive, profile.Managed, profile.MethodsExclusive, top, inclusiveFirst: true);
        if (profile.Callers.Count > 0)
        {
            Table(output, $"stack ({CallerDepth} innermost frames)", profile.Callers, profile.Managed, null, top);
        }
    }

    private static void Table(
        TextWriter output, string title, Dictionary<string, int> primary, int total, Dictionary<string, int>? secondary, int top, bool inclusiveFirst = false)
    {
        output.WriteLine();
        output.WriteLine(secondary is null
            ? $"| {title} | share |"
            : inclusiveFirst ? $"| {title} | inclusive | exclusive |" : $"| {title} | exclusive | inclusive |");
        output.WriteLine(secondary is null ? "|---|---:|" : "|---|---:|---:|");
        foreach (var (key, count) in primary.OrderByDescending(p => p.Value).Take(top))
        {
            string row = $"| {(secondary is null && key.Contains(" ← ", StringComparison.Ordinal) ? key : Shorten(key))} | {Share(count, total)} |";
            output.WriteLine(secondary is null ? row : $"{row} {Share(secondary.GetValueOrDefault(key), total)} |");
        }
    }

    private static string Share(int count, int total) =>
        total == 0 ? "–" : (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    // Method signatures are long (generic arguments, parameter lists): the table keeps the name and elides the parameters.
    private static string Shorten(string method)
    {
        int arguments = method.IndexOf('(', StringComparison.Ordinal);
        return (arguments < 0 ? method : method[..arguments] + "(…)").Replace("|", "\\|", StringComparison.Ordinal);
    }

    private sealed class Tally
    {
        public int Managed { get; private set; }

        public int Native { get; set; }

        public int Jitted { get; private set; }

        public Dictionary<string, int> Layers { get; } = [];

        public Dictionary<string, int> JittedLayers { get; } = [];

        public Dictionary<string, int> NamespacesExclusive { get; } = [];

        public Dictionary<string, int> NamespacesInclusive { get; } = [];

        public Dictionary<string, int> MethodsExclusive { get; } = [];

        public Dictionary<string, int> MethodsInclusive { get; } = [];

        public Dictionary<string, int> Callers { get; } = [];

        /// <summary>One method body compiled by the JIT, counted under the layer of its type (a full type name).</summary>
        public void AddJitted(string typeName)
        {
            Jitted++;
            Increment(JittedLayers, Layer([typeName + "."]));
        }

        public void Add(List<string> frames)
        {
            if (frames.Count == 0)
            {
                return;
            }

            Managed++;
            Increment(Layers, Layer(frames));
            Increment(MethodsExclusive, frames[0]);
            Increment(NamespacesExclusive, Namespace(frames[0]));

            // Inclusive: once per sample however deep the recursion.
            foreach (string method in frames.Distinct())
            {
                Increment(MethodsInclusive, method);
            }

            foreach (string ns in frames.Select(Namespace).Distinct())
            {
                Increment(NamespacesInclusive, ns);
            }
        }

        private static void Increment(Dictionary<string, int> counts, string key) =>
            counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
