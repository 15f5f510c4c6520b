using System.Data.Common;

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GameLibrary.Catalog.GraphQL.Tests.Support;

/// <summary>
/// Counts the SQL commands EF Core sends to the database for requests; the outbox publisher's background polling
/// (the only commands touching <c>OutboxMessages</c>) is left out, as its timing is not the request's. Keeps the
/// counted commands too, so a test can look at the SQL (and EXPLAIN it).
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly Lock _gate = new();
    private readonly List<RecordedCommand> _recorded = [];

    public int Executed
    {
        get
        {
            lock (_gate)
            {
                return _recorded.Count;
            }
        }
    }

    public IReadOnlyList<RecordedCommand> Recorded
    {
        get
        {
            lock (_gate)
            {
                return [.. _recorded];
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _recorded.Clear();
        }
    }

    private void Count(DbCommand command)
    {
        if (!command.CommandText.Contains("OutboxMessages", StringComparison.Ordinal))
        {
            RecordedCommand recorded = new(
                command.CommandText,
                [.. command.Parameters.Cast<DbParameter>().Select(parameter => new KeyValuePair<string, object?>(parameter.ParameterName, parameter.Value))]);
            lock (_gate)
            {
                _recorded.Add(recorded);
            }
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
