using System.Text;

using GameLibrary.Federation.Requests;
using GameLibrary.Federation.Tests.Api;

namespace GameLibrary.Federation.Tests.Requests;

/// <summary>
/// Huge, deep and pathological documents are rejected with a clear error, never by a crash. How long each takes is
/// measured by bench/GameLibrary.Gateway.Benchmarks (HostileDocumentBenchmarks), not asserted here; a walk gone
/// exponential would hang the run, which the test script's hang timeout reports.
/// </summary>
public sealed class HostileDocumentTests
{
    /// <summary>Prepares a document with a fresh preparer (no cached result).</summary>
    private static PreparationResult Prepare(string query, OperationPreparer? preparer = null, OperationLimits? limits = null) =>
        (preparer ?? new OperationPreparer(TestSupergraphs.Api("library"), limits)).Prepare(query, null, null);

    /// <summary><c>{ franchise(name: "x") { parent { parent { … name } } } }</c> with the given selection depth.</summary>
    private static string Nested(int depth) =>
        "{ franchise(name: \"x\") { " + string.Concat(Enumerable.Repeat("parent { ", depth - 2)) + "name" + new string('}', depth - 1) + " }";

    [Fact]
    public void A_thousand_deep_selection_is_a_parse_failure()
    {
        var result = Prepare(Nested(1000));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Selections_deeper_than_the_limit_do_not_validate()
    {
        var result = Prepare(Nested(65));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("The operation nests selections more than 64 levels deep (the maximum selection depth).", error.Message);
        Assert.NotNull(error.Locations);
    }

    [Fact]
    public void Selections_at_the_limit_are_fine()
    {
        Assert.True(Prepare(Nested(64)).IsSuccess);
    }

    [Fact]
    public void Depth_is_counted_through_fragment_spreads()
    {
        var query = new StringBuilder("{ franchise(name: \"x\") { ...F0 } }\n");
        for (var i = 0; i < 70; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Franchise { name parent { ...F").Append(i + 1).Append(" } }\n");
        }

        query.Append("fragment F70 on Franchise { name }");

        var error = Assert.Single(Prepare(query.ToString()).Errors);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("more than 64 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_cycles_are_validation_errors()
    {
        var result = Prepare("{ franchise(name: \"x\") { ...A } } fragment A on Franchise { parent { ...B } } fragment B on Franchise { parent { ...A } }");

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void A_long_chain_of_fragments_is_rejected_without_overflowing_the_stack()
    {
        var result = Prepare(FragmentChain(1500));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("The operation nests fragment spreads more than 64 levels deep (the maximum fragment nesting).", error.Message);
    }

    [Fact]
    public void A_chain_of_fragments_within_the_limit_is_fine()
    {
        Assert.True(Prepare(FragmentChain(63)).IsSuccess);
    }

    [Fact]
    public void Thousands_of_fragments_selecting_the_same_field_validate()
    {
        var query = new StringBuilder("{ franchise(name: \"x\") { ");
        for (var i = 0; i < 1500; i++)
        {
            query.Append("...F").Append(i).Append(' ');
        }

        query.Append("} }\n");
        for (var i = 0; i < 1500; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Franchise { name }\n");
        }

        var result = Prepare(query.ToString());

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Fragments_spread_twice_at_every_level_validate()
    {
        var query = new StringBuilder("{ franchise(name: \"x\") { ...F0 } }\n");
        for (var i = 0; i < 60; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Franchise { name parent { ...F").Append(i + 1).Append(" } ...F").Append(i + 1).Append(" }\n");
        }

        query.Append("fragment F60 on Franchise { name }");

        // Validation alone (demand control and the expanded-size limit off): the estimate below does not merge fields,
        // so it counts 2^60, and so does the expanded size, which refuses the document first.
        var result = Prepare(query.ToString(), limits: new OperationLimits { MaxCost = null, MaxExpandedSelections = null });

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void Fragments_spread_twice_at_every_level_are_estimated_as_an_upper_bound()
    {
        var query = new StringBuilder("{ franchise(name: \"x\") { ...F0 } }\n");
        for (var i = 0; i < 60; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Franchise { name parent { ...F").Append(i + 1).Append(" } ...F").Append(i + 1).Append(" }\n");
        }

        query.Append("fragment F60 on Franchise { name }");

        // Each fragment's cost is computed once, so the walk is linear; the sum over both spreads is the upper bound.
        // (The expanded-size limit, off here, refuses the document before the estimate with the defaults.)
        var result = Prepare(query.ToString(), limits: new OperationLimits { MaxExpandedSelections = null });

        Assert.Equal(ErrorCodes.CostEstimatedTooExpensive, Assert.Single(result.Errors).Code);
    }

    /// <summary>A query spreading F0, where each fragment spreads the next one.</summary>
    private static string FragmentChain(int length)
    {
        var query = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < length; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i + 1).Append(" }\n");
        }

        return query.Append("fragment F").Append(length).Append(" on Query { __typename }").ToString();
    }

    [Fact]
    public void Too_many_tokens_are_rejected_before_parsing()
    {
        var query = "{ franchise(name: \"x\") { " + string.Concat(Enumerable.Repeat("name ", 200_000)) + "} }";

        var result = Prepare(query);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Equal("Syntax Error: the document has more than 15000 tokens.", error.Message);
    }

    [Fact]
    public void Many_identical_fields_within_the_token_limit_validate()
    {
        var query = "{ franchise(name: \"x\") { " + string.Concat(Enumerable.Repeat("name ", 14_000)) + "} }";

        var result = Prepare(query);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Many_aliases_within_the_token_limit_validate()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 1200).Select(i => $"a{i}: franchise(name: \"{i}\") {{ name }} ")) + "}";

        // Validation alone: with the default limits 1,200 aliases (and root fields) are refused before validation.
        var result = Prepare(query, limits: new OperationLimits { MaxAliases = int.MaxValue, MaxRootFields = int.MaxValue });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Many_aliases_are_refused_before_validation()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 1200).Select(i => $"a{i}: franchise(name: \"{i}\") {{ name }} ")) + "}";

        var result = Prepare(query);

        Assert.Equal([ErrorCodes.MaxAliasesExceeded, ErrorCodes.MaxRootFieldsExceeded], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_ten_megabyte_document_is_handled_and_not_cached()
    {
        var preparer = new OperationPreparer(TestSupergraphs.Api("library"));
        var query = "{ franchise(name: \"" + new string('x', 10 * 1024 * 1024) + "\") { name } }";

        var result = Prepare(query, preparer);

        Assert.True(result.IsSuccess);
        Assert.Equal(0, preparer.CachedDocuments);
    }

    [Fact]
    public void Deeply_nested_literals_are_parse_failures()
    {
        var query = "{ echo(value: " + new string('[', 5000) + new string(']', 5000) + ") }";

        var error = Assert.Single(Prepare(query).Errors);

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }
}
