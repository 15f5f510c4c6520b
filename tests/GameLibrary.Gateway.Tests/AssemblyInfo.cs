// The tests start real servers, watch files with timing bounds and read process-wide metrics: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
