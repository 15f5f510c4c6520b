// The classes of this assembly run one after another: each already drives heavy concurrency (100 concurrent retries,
// an in-process Garnet, its own redis-server), and run side by side on 2 cores they starved the thread pool that the
// in-process Garnet serves from, so connections to it timed out (seen in CI, not a product fault).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
