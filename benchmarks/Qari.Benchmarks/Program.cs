using BenchmarkDotNet.Running;
using Qari.Benchmarks.Runtime;

// Run with: dotnet run -c Release --project benchmarks/Qari.Benchmarks -- --filter '*'
// The N-account runtime load test: dotnet run -c Release --project benchmarks/Qari.Benchmarks -- --runtime-load --accounts 10000
// Journal writes (SQLite, and PostgreSQL when given): dotnet run -c Release --project benchmarks/Qari.Benchmarks -- --journal-throughput [--postgres CS]
// Backtest throughput over a data directory: dotnet run -c Release --project benchmarks/Qari.Benchmarks -- --backtest-throughput ../shared/data [--loose] [--runs N]
if (args.Length > 0 && args[0] == "--backtest-throughput") return Qari.Benchmarks.Backtest.BacktestThroughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "--journal-throughput") return await JournalThroughput.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "--runtime-load") return await RuntimeLoad.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
