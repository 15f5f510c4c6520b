using Microsoft.Extensions.FileProviders;

namespace GameLibrary.Gateway.Dashboard;

/// <summary>Serves the live leaderboard page: static files that talk to <c>/graphql</c> like any other client.</summary>
internal static class DashboardApplicationBuilderExtensions
{
    private const string IndexFile = "index.html";

    /// <summary>
    /// Adds, before routing: <c>/dashboard</c> redirected to <c>/dashboard/</c> (so the page's relative paths
    /// resolve), the page at <c>/dashboard/</c> and its files (graphql-sse's client under <c>vendor/</c>).
    /// </summary>
    public static WebApplication UseDashboard(this WebApplication app)
    {
        string root = Path.Combine(AppContext.BaseDirectory, "dashboard");
        if (!File.Exists(Path.Combine(root, IndexFile)))
        {
            throw new InvalidOperationException(
                $"The dashboard page is missing from {root}: build the gateway with npm on the PATH (it runs npm ci --prefix dashboard), "
                + $"or set {DashboardOptions.SectionName}:{nameof(DashboardOptions.Enabled)}=false.");
        }

        PhysicalFileProvider files = new(root);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);
        PathString path = DashboardOptions.Path;
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path == path)
            {
                context.Response.Redirect($"{context.Request.PathBase}{path}/{context.Request.QueryString}");
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = path, FileProvider = files, DefaultFileNames = [IndexFile] });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = path,
            FileProvider = files,

            // Not hashed: a new build must be seen at once.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
