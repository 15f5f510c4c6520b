using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace GameLibrary.Scoreboard.Tests.Support;

/// <summary>Puts the SQLite default under a temp directory.</summary>
public sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Testing";

    public string ApplicationName { get; set; } = "GameLibrary.Scoreboard.Tests";

    public string ContentRootPath { get; set; } = contentRoot;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
