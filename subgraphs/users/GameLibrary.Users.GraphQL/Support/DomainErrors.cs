using GameLibrary.Users.Errors;

using GraphQL;

namespace GameLibrary.Users.GraphQL.Support;

/// <summary>Turns the domain's refusals into GraphQL errors carrying the refusal's code in <c>extensions.code</c>.</summary>
internal static class DomainErrors
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (UsersException refusal)
        {
            throw new ExecutionError(refusal.Message) { Code = refusal.Code };
        }
    }

    public static ExecutionError BadUserInput(string message) => new(message) { Code = UsersErrorCodes.BadUserInput };
}
