// Each fixture runs four Node processes; on two cores, fixtures running side by side only slow each other down.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
