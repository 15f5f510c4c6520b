using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.DataLoader.Tests.Library;

public sealed class AuthorType : ObjectGraphType<Author>
{
    public AuthorType()
    {
        Field(static author => author.Id);
        Field(static author => author.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("books")
            .Resolve(static context => context.RequestServices!.GetRequiredService<BooksByAuthorLoader>().LoadAsync(context.Source.Id));
    }
}
