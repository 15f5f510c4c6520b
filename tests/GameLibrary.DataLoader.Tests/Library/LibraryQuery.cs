using GraphQL.Types;

namespace GameLibrary.DataLoader.Tests.Library;

public sealed class LibraryQuery : ObjectGraphType
{
    public LibraryQuery()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("books").Resolve(static _ => LibraryData.Books);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuthorType>>>>("authors").Resolve(static _ => LibraryData.Authors);
    }
}
