using Microsoft.Extensions.FileProviders;

namespace GameLibrary.Gateway.Ide;

/// <summary>Serves the Banana Cake Pop IDE under the GraphQL path.</summary>
internal static class IdeApplicationBuilderExtensions
{
    /// <summary>
    /// Adds, before routing: browsers' GETs of <paramref name="graphQLPath"/> (redirected to the page at
    /// <c>{graphQLPath}/</c>), the IDE's <c>bcp-config.json</c>, and the package's files under <paramref name="graphQLPath"/>.
    /// </summary>
    public static WebApplication UseIde(this WebApplication app, PathString graphQLPath)
    {
        PhysicalFileProvider files = IdeFiles.Open(AppContext.BaseDirectory);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);

        app.UseMiddleware<IdeMiddleware>(graphQLPath);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = graphQLPath,
            FileProvider = files,
            OnPrepareResponse = file =>
            {
                file.Context.Request.Path.StartsWithSegments(graphQLPath, out PathString relativePath);
                IdeCachePolicy.Apply(file.Context.Response, relativePath);
            },
        });
        return app;
    }
}
