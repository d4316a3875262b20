namespace Platform.Bench.StaticHost;

/// <summary>The options of <c>platform serve</c> this host understands; anything else goes to ASP.NET Core configuration.</summary>
internal sealed record HostArguments(string? Urls, string? DataDirectory, IReadOnlyList<string> Rest)
{
    public static HostArguments Parse(string[] args)
    {
        string? urls = null, dataDirectory = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--urls" when i + 1 < args.Length:
                    urls = args[++i];
                    break;
                case "--data-dir" when i + 1 < args.Length:
                    dataDirectory = args[++i];
                    break;
                case "--plugins-dir" when i + 1 < args.Length:
                    i++;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new HostArguments(urls, dataDirectory, rest);
    }
}
