using System.Data.Common;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GameLibrary.Events;

/// <summary>Notifies the publisher once new outbox rows can be visible: after a save outside a transaction, or a commit.</summary>
internal sealed class OutboxWakeUpInterceptor<TContext>(OutboxSignal<TContext> signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : DbContext
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyUnlessInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Notify(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Notify(eventData.Context);
        return Task.CompletedTask;
    }

    private void NotifyUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Notify(context);
        }
    }

    private void Notify(DbContext? context)
    {
        if (context is TContext)
        {
            signal.Notify();
        }
    }
}
