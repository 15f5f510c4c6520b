namespace GameLibrary.Federation.Composition.Model;

/// <summary>The operation root types, in the order schemas print them.</summary>
internal enum RootKind
{
    Query,
    Mutation,
    Subscription,
}
