using GameLibrary.Scoreboard.Errors;

using GraphQL;

namespace GameLibrary.Scoreboard.GraphQL.Support;

/// <summary>Turns the domain's refusals into GraphQL errors with <c>extensions.code</c>, <c>field</c> and <c>retryAfter</c>.</summary>
internal static class ScoreboardErrors
{
    public static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (ScoreboardException refusal)
        {
            throw ToError(refusal);
        }
    }

    public static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ScoreboardException refusal)
        {
            throw ToError(refusal);
        }
    }

    public static ExecutionError BadInput(string field, string message) => ToError(ScoreboardException.BadInput(field, message));

    private static ExecutionError ToError(ScoreboardException refusal)
    {
        ExecutionError error = new(refusal.Message) { Code = refusal.Code };
        if (refusal.Field is not null)
        {
            error.AddExtension("field", refusal.Field);
        }

        if (refusal.RetryAfterSeconds is { } retryAfter)
        {
            error.AddExtension("retryAfter", retryAfter);
        }

        return error;
    }
}
