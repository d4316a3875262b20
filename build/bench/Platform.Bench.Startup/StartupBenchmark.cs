namespace Platform.Bench.Startup;

/// <summary>Runs one discarded warm-up of each variant, then the measured iterations, alternating which variant goes first.</summary>
internal sealed class StartupBenchmark(BenchOptions options)
{
    public async Task<IReadOnlyList<VariantResult>> RunAsync()
    {
        HostVariant[] variants = [HostVariant.Plugin(options.RepoRoot), HostVariant.Static(options.RepoRoot)];
        foreach (var variant in variants)
        {
            variant.EnsureBuilt();
        }

        foreach (var id in HostVariant.ModuleIds)
        {
            if (!File.Exists(Path.Combine(options.RepoRoot, "artifacts/plugins", id, "plugin.json")))
            {
                throw new BenchmarkException($"artifacts/plugins/{id} is missing; build Release first.");
            }
        }

        using var probe = new StartupProbe();
        Console.WriteLine("Warm-up (discarded): one start of each variant, to fill the disk cache.");
        foreach (var variant in variants)
        {
            Console.WriteLine($"  warm-up {variant.Name,-6} {await probe.MeasureAsync(variant),8:F1} ms");
        }

        var samples = variants.ToDictionary(v => v, _ => new List<double>());
        for (var i = 0; i < options.Iterations; i++)
        {
            var order = i % 2 == 0 ? variants : [.. variants.Reverse()];
            var line = $"  iteration {i + 1,2}/{options.Iterations}:";
            foreach (var variant in order)
            {
                var ms = await probe.MeasureAsync(variant);
                samples[variant].Add(ms);
                line += $"  {variant.Name} {ms,8:F1} ms";
            }

            Console.WriteLine(line);
        }

        return [.. variants.Select(v => new VariantResult(v.Name, samples[v]))];
    }
}
