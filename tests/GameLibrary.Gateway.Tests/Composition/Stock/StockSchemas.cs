using GraphQL;
using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.Gateway.Tests.Composition.Stock;

/// <summary>
/// The stock subgraph's schema versions. The subgraph serves whichever is current, so a test changes the schema behind
/// a running subgraph (as a redeploy would) and the gateway's composition must notice.
/// </summary>
public sealed class StockSchemas(IServiceProvider services)
{
    private readonly Dictionary<Type, ISchema> _built = [];
    private readonly Lock _lock = new();
    private Type _current = typeof(StockSchemaV1);

    /// <summary>The schema requests run on now.</summary>
    public ISchema Current
    {
        get
        {
            lock (_lock)
            {
                if (!_built.TryGetValue(_current, out ISchema? schema))
                {
                    // The root provider: a schema outlives the request that first asks for it.
                    schema = (ISchema)ActivatorUtilities.CreateInstance(services, _current);
                    _built[_current] = schema;
                }

                return schema;
            }
        }
    }

    /// <summary>Serves <typeparamref name="TSchema"/> from the next request on.</summary>
    public void Serve<TSchema>()
        where TSchema : ISchema
    {
        lock (_lock)
        {
            _current = typeof(TSchema);
        }
    }

    /// <summary>Makes the subgraph's requests run on <see cref="Current"/> rather than one schema fixed at start.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<StockSchemas>();
        services.AddSingleton<IDocumentExecuter<ISchema>, CurrentSchemaExecuter>();
    }

    // Hands the schema to the executer per request; a schema resolved from the request scope would be disposed with it.
    private sealed class CurrentSchemaExecuter(IDocumentExecuter executer, StockSchemas schemas) : IDocumentExecuter<ISchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
        {
            options.Schema = schemas.Current;
            return executer.ExecuteAsync(options);
        }
    }
}
