using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(GameLibrary.Catalog.Benchmarks.GamesListingBenchmarks).Assembly).Run(args);
