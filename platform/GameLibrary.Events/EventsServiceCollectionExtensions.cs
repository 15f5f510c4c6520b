using GameLibrary.Events;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers outbox publishers and event consumers. They need the Redis connection (<c>AddGameLibraryRedis</c>).</summary>
public static class EventsServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="RedisEventLog"/>.</summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddRedisEventLog(this IServiceCollection services)
    {
        services.TryAddSingleton<RedisEventLog>();
        return services;
    }

    /// <summary>
    /// Runs an <see cref="OutboxPublisher{TContext}"/> (also resolvable directly) for <typeparamref name="TContext"/>,
    /// woken whenever that context commits. Call after <c>AddGameLibraryDbContext</c>, so that hosted services
    /// create the schema before the first pass.
    /// </summary>
    /// <typeparam name="TContext">The producer's context; its model includes <see cref="EventsModelBuilderExtensions.AddOutbox"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the poll interval and batch size.</param>
    public static IServiceCollection AddOutboxPublisher<TContext>(this IServiceCollection services, Action<OutboxPublisherOptions>? configure = null)
        where TContext : DbContext
    {
        var options = new OutboxPublisherOptions();
        configure?.Invoke(options);
        services.AddRedisEventLog();
        services.TryAddSingleton<OutboxSignal<TContext>>();
        // Singleton to match the options lifetime of AddDbContextFactory; it also serves scoped options.
        services.ConfigureDbContext<TContext>(
            (provider, builder) => builder.AddInterceptors(
                new OutboxWakeUpInterceptor<TContext>(provider.GetRequiredService<OutboxSignal<TContext>>())),
            ServiceLifetime.Singleton);
        services.TryAddSingleton(provider => new OutboxPublisher<TContext>(
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<RedisEventLog>(),
            provider.GetRequiredService<OutboxSignal<TContext>>(),
            options,
            provider.GetRequiredService<ILogger<OutboxPublisher<TContext>>>()));
        services.AddHostedService(provider => provider.GetRequiredService<OutboxPublisher<TContext>>());
        return services;
    }

    /// <summary>
    /// Runs an <see cref="EventConsumer{THandler}"/> reading <paramref name="logName"/> as <paramref name="consumerName"/>,
    /// with <typeparamref name="THandler"/> registered as scoped unless already registered. Every consumer is
    /// also resolvable as <see cref="EventConsumer"/> (e.g. to replay). Call after registering the handler's
    /// database, so that hosted services create its schema before the first event.
    /// </summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="logName">The log, e.g. <c>catalog</c>.</param>
    /// <param name="consumerName">The name the offset is kept under, e.g. <c>recommendations</c>.</param>
    /// <param name="configure">Adjusts batch size, poll interval and retry delay.</param>
    public static IServiceCollection AddEventConsumer<THandler>(
        this IServiceCollection services, string logName, string consumerName, Action<EventConsumerOptions>? configure = null)
        where THandler : class, IEventHandler
    {
        var options = new EventConsumerOptions { LogName = logName, ConsumerName = consumerName };
        configure?.Invoke(options);
        services.AddRedisEventLog();
        services.TryAddScoped<THandler>();
        // A key per registration ties the consumer, its EventConsumer entry and its hosted service to one instance.
        var key = new object();
        services.AddKeyedSingleton<EventConsumer>(key, (provider, _) => new EventConsumer<THandler>(
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<RedisEventLog>(),
            options,
            provider.GetRequiredService<ILogger<EventConsumer<THandler>>>()));
        services.AddSingleton(provider => provider.GetRequiredKeyedService<EventConsumer>(key));
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredKeyedService<EventConsumer>(key));
        return services;
    }
}
