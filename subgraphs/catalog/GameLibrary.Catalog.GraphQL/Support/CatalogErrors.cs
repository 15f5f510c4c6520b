using GameLibrary.Catalog.Errors;
using GameLibrary.Subgraph.Toolkit.Execution;

using GraphQL;

namespace GameLibrary.Catalog.GraphQL.Support;

/// <summary>Turns refused catalog operations into GraphQL errors with <c>extensions.code</c> and the field at fault.</summary>
internal static class CatalogErrors
{
    /// <summary>Runs <paramref name="action"/>; a <see cref="CatalogException"/> becomes one error per refused field.</summary>
    public static async Task<T> GuardAsync<T>(IResolveFieldContext context, Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (CatalogException exception)
        {
            // All but the last are added here; the last is thrown so that execution gives the field its null.
            for (int i = 0; i < exception.Errors.Count - 1; i++)
            {
                ExecutionError extra = ToError(exception.Kind, exception.Errors[i]);
                extra.AddLocation(context.FieldAst, context.Document);
                extra.Path = context.Path;
                context.Errors.Add(extra);
            }

            throw ToError(exception.Kind, exception.Errors[^1]);
        }
    }

    /// <summary>A <c>BAD_USER_INPUT</c> error naming <paramref name="field"/>.</summary>
    public static ExecutionError BadInput(string field, string message) =>
        ToError(CatalogErrorKind.InvalidInput, new CatalogFieldError(field, message));

    private static ExecutionError ToError(CatalogErrorKind kind, CatalogFieldError fieldError)
    {
        ExecutionError error = new(fieldError.Message)
        {
            Code = kind switch
            {
                CatalogErrorKind.NotFound => "NOT_FOUND",
                CatalogErrorKind.Conflict => "CONFLICT",
                _ => SubgraphErrorCodes.BadUserInput,
            },
        };
        error.AddExtension("field", fieldError.Field);
        return error;
    }
}
