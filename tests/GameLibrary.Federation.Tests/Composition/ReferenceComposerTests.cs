using GameLibrary.Federation.Composition;

namespace GameLibrary.Federation.Tests.Composition;

/// <summary>
/// Each case of <c>Cases/</c> composed by <see cref="SupergraphComposer"/> gives what Apollo's composer
/// (<c>@apollo/composition</c>) and The Guild's (<c>@theguild/federation-composition</c>) gave for it.
/// </summary>
public sealed class ReferenceComposerTests
{
    /// <summary>
    /// Where The Guild's composer departs from Apollo's, Apollo's behaviour is the reference: those cases, and the
    /// cases Apollo rejects (The Guild accepts some of them), are compared with Apollo's result only.
    /// </summary>
    private static readonly Dictionary<string, string> GuildDeviations = new()
    {
        ["shareable"] = "The Guild omits @join__field(type:) when the subgraphs' types differ only in nullability.",
        ["renamed-imports"] = "The Guild prints @tag under its default name, not the name the subgraphs import it as.",
        ["executable-directives"] = "The Guild keeps executable directives some subgraphs lack, and inconsistent repeatable.",
        ["inconsistent-defaults"] = "The Guild keeps an argument default value some subgraphs do not declare.",
        ["graph-names"] = "The Guild names join__Graph values differently (Apollo: v_1 is V_1_, 2fast is _2FAST).",
    };

    public static TheoryData<string> ApolloSupergraphs => CompositionCase.Names(c => c.ReferenceSupergraph("apollo") is not null);

    public static TheoryData<string> GuildSupergraphs => CompositionCase.Names(c =>
        c.ReferenceSupergraph("guild") is not null && c.ReferenceSupergraph("apollo") is not null && !GuildDeviations.ContainsKey(c.Name));

    public static TheoryData<string> ApolloErrors => CompositionCase.Names(c => c.ReferenceErrors("apollo") is not null);

    [Theory]
    [MemberData(nameof(ApolloSupergraphs))]
    public void Prints_the_supergraph_Apollo_prints(string name)
    {
        var testCase = CompositionCase.Named(name);

        var result = SupergraphComposer.Compose(testCase.Subgraphs);

        Assert.Empty(result.Errors);
        Assert.Equal(testCase.ReferenceSupergraph("apollo")!.TrimEnd(), result.Supergraph!.TrimEnd());
    }

    [Theory]
    [MemberData(nameof(GuildSupergraphs))]
    public void Composes_the_supergraph_The_Guild_composes(string name)
    {
        var testCase = CompositionCase.Named(name);

        var result = SupergraphComposer.Compose(testCase.Subgraphs);

        Assert.Empty(result.Errors);
        Assert.Equal(
            SupergraphNormalizer.Normalize(testCase.ReferenceSupergraph("guild")!, withSpecDefinitions: false),
            SupergraphNormalizer.Normalize(result.Supergraph!, withSpecDefinitions: false));
    }

    [Theory]
    [MemberData(nameof(ApolloErrors))]
    public void Reports_the_errors_Apollo_reports(string name)
    {
        var testCase = CompositionCase.Named(name);

        var result = SupergraphComposer.Compose(testCase.Subgraphs);

        Assert.Null(result.Supergraph);
        Assert.Equal(
            testCase.ReferenceErrors("apollo")!.Select(e => $"{e.Code}: {e.Message}").Order(StringComparer.Ordinal),
            result.Errors.Select(e => $"{e.Code}: {e.Message}").Order(StringComparer.Ordinal));
    }
}
