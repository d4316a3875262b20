using System.Globalization;

namespace Platform.Bench.Organization;

/// <summary><c>command --name value …</c>, no more is needed here.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public string Command { get; private init; } = "";

    public static BenchArguments Parse(string[] args)
    {
        var parsed = new BenchArguments { Command = args.Length > 0 ? args[0] : "" };
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new BenchmarkException($"expected '--name value', got '{args[i]}'");
            }

            parsed._options[args[i][2..]] = args[++i];
        }

        return parsed;
    }

    public string Required(string name) =>
        _options.TryGetValue(name, out var value) ? value : throw new BenchmarkException($"--{name} is required");

    public string? Optional(string name) => _options.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        _options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
