using Platform.Bench.Startup;

try
{
    var options = BenchOptions.Parse(args);
    var results = await new StartupBenchmark(options).RunAsync();
    Report.Print(results, options);
    return 0;
}
catch (BenchmarkException ex)
{
    await Console.Error.WriteLineAsync($"startup benchmark failed: {ex.Message}");
    return 1;
}
