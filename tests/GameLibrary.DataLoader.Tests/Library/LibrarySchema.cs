using GraphQL.Types;

namespace GameLibrary.DataLoader.Tests.Library;

public sealed class LibrarySchema : Schema
{
    public LibrarySchema(IServiceProvider services, LibraryQuery query)
        : base(services)
    {
        Query = query;
    }
}
