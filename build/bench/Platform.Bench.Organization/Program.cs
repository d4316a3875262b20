using Platform.Bench.Organization;
using Platform.Bench.Organization.Generation;
using Platform.Bench.Organization.Import;
using Platform.Bench.Organization.Queries;

// Subcommands; each benchmark of the organization engine adds its own.
//   generate        writes a large organisation document (deterministic)
//   import          full import, re-import and raw insert, each in a fresh process; prints the figures
//   measure-import  (child) one import of a file into a data directory, prints one result line
//   measure-raw     (child) raw prepared-statement insert of the same rows, prints one result line
//   queries         permission checks and members-of-subtree on a warm process
try
{
    var arguments = BenchArguments.Parse(args);
    return arguments.Command switch
    {
        "generate" => await GenerateCommand.RunAsync(arguments),
        "import" => await ImportBenchmark.RunAsync(arguments),
        "measure-import" => await ImportMeasurement.RunAsync(arguments),
        "measure-raw" => await RawInsertMeasurement.RunAsync(arguments),
        "queries" => await QueryBenchmark.RunAsync(arguments),
        _ => Usage(),
    };
}
catch (BenchmarkException ex)
{
    await Console.Error.WriteLineAsync($"organization benchmark failed: {ex.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Platform.Bench.Organization <command> [options]
          generate --out FILE [--seed N] [--members N] [--units N] [--roots N] [--departments N] [--posts N] [--concurrent N]
          import   --file FILE [--work DIR] [--runs N]
          queries  --file FILE [--work DIR] [--checks N] [--seed N]
        """);
    return 2;
}
