using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GameLibrary.DataLoader;

/// <summary>Registers data loaders with dependency injection.</summary>
public static class DataLoaderServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TLoader"/> as a scoped service, so each request gets its own instance — and so
    /// its own batches and cache. Does nothing when <typeparamref name="TLoader"/> is already registered.
    /// </summary>
    /// <typeparam name="TLoader">A <see cref="BatchDataLoader{TKey, TValue}"/> or <see cref="GroupedDataLoader{TKey, TValue}"/>.</typeparam>
    /// <param name="services">The services to add to.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddDataLoader<TLoader>(this IServiceCollection services)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<TLoader>();
        return services;
    }
}
