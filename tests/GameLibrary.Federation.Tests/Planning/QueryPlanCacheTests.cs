using GameLibrary.Federation.Planning;
using GameLibrary.Federation.Supergraph;
using GameLibrary.Federation.Tests.Api;
using GameLibrary.Federation.Tests.Requests;

namespace GameLibrary.Federation.Tests.Planning;

public sealed class QueryPlanCacheTests
{
    private static readonly QueryPlanner Planner = new(SupergraphSchema.Load(TestSupergraphs.Read("catalog-users")));

    [Fact]
    public void A_document_is_planned_once_and_the_plan_reused()
    {
        QueryPlanCache cache = new(capacity: 10);
        var operation = TestOperations.Prepare("{ game(id: 1) { title } }");

        var first = cache.GetOrAdd(operation.PlanKey, operation, Planner);
        var second = cache.GetOrAdd(operation.PlanKey, TestOperations.Prepare("{ game(id: 1) { title } }"), Planner);

        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_full_cache_drops_its_oldest_half_and_stays_bounded()
    {
        QueryPlanCache cache = new(capacity: 4);
        for (int id = 1; id <= 9; id++)
        {
            var operation = TestOperations.Prepare($"{{ game(id: {id}) {{ title }} }}");
            cache.GetOrAdd(operation.PlanKey, operation, Planner);
            Assert.InRange(cache.Count, 1, 4);
        }

        // Trims at 5, 7 and 9 each dropped the two oldest: 7, 8 and 9 remain.
        Assert.Equal(3, cache.Count);
        var newest = TestOperations.Prepare("{ game(id: 9) { title } }");
        cache.GetOrAdd(newest.PlanKey, newest, Planner);
        Assert.Equal(3, cache.Count);
        var oldest = TestOperations.Prepare("{ game(id: 1) { title } }");
        cache.GetOrAdd(oldest.PlanKey, oldest, Planner);
        Assert.Equal(4, cache.Count);
    }
}
