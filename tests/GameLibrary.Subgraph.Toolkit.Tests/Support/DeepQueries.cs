namespace GameLibrary.Subgraph.Toolkit.Tests.Support;

public static class DeepQueries
{
    /// <summary>A valid query nesting <c>product { reviews { product { … } } }</c> <paramref name="levels"/> pairs deep.</summary>
    public static string ProductReviews(int levels) =>
        "{ product(id: 1) { " + string.Concat(Enumerable.Repeat("reviews { product { ", levels)) + "name"
        + string.Concat(Enumerable.Repeat(" } }", levels)) + " } }";

    /// <summary>A selection <paramref name="levels"/> deep, nested faster than any parser limit allows.</summary>
    public static string Selections(int levels) =>
        "{ " + string.Concat(Enumerable.Repeat("a { ", levels)) + "b" + new string('}', levels) + " }";
}
