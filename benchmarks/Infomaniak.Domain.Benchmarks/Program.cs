using BenchmarkDotNet.Running;

// Exits non-zero when a benchmark fails to build or run, so that CI's dry run catches a broken benchmark.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
return failed ? 1 : 0;
