using GraphQL.Types;

using Microsoft.Extensions.DependencyInjection;

namespace GameLibrary.DataLoader.Tests.Library;

public sealed class BookType : ObjectGraphType<Book>
{
    public BookType()
    {
        Field(static book => book.Id);
        Field(static book => book.Title);
        Field<AuthorType>("author")
            .Resolve(static context => context.RequestServices!.GetRequiredService<AuthorByIdLoader>().LoadAsync(context.Source.AuthorId));
    }
}
