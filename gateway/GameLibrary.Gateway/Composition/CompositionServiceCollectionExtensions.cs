namespace GameLibrary.Gateway.Composition;

/// <summary>Registers composing the supergraph from the subgraphs at start-up (<see cref="ComposeOptions"/>).</summary>
internal static class CompositionServiceCollectionExtensions
{
    public static IServiceCollection AddSupergraphComposition(this IServiceCollection services)
    {
        services.AddOptions<ComposeOptions>()
            .BindConfiguration(ComposeOptions.SectionName)
            .Validate(options => options.PollInterval > TimeSpan.Zero, "Gateway:Compose:PollInterval must be a positive duration.")
            .ValidateOnStart();
        services.AddHostedService<SupergraphComposition>();
        return services;
    }
}
