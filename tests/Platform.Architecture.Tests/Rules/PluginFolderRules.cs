using System.IO.Enumeration;

namespace Platform.Architecture.Tests.Rules;

/// <summary>
/// The effective result of rule 2: a built plugin folder holds none of what the host provides — no contract, no
/// kernel or host assembly, no copy of MediatR, DI/configuration/logging abstractions, EF Core or SQLite. One copy of
/// each exists in the process, the host's.
/// </summary>
internal static class PluginFolderRules
{
    private static readonly string[] HostProvided =
    [
        "Platform.Contracts*.dll",
        "Platform.Core*.dll",
        "Platform.Host*.dll",
        "MediatR*.dll",
        "Microsoft.EntityFrameworkCore*.dll",
        "Microsoft.Data.Sqlite*.dll",
        "SQLitePCLRaw*.dll",
        "*e_sqlite3*",
        "Microsoft.Extensions.DependencyInjection.Abstractions.dll",
        "Microsoft.Extensions.Configuration.Abstractions.dll",
        "Microsoft.Extensions.Logging.Abstractions.dll",
    ];

    /// <summary>Files in <paramref name="pluginFolder"/> (recursively) that must not be there, relative to it.</summary>
    /// <param name="pluginFolder">The built plugin folder.</param>
    /// <param name="contractAssemblies">Names of every api-contracts assembly (e.g. Platform.Apps.Api), which the host provides.</param>
    public static IReadOnlyList<string> FindHostProvidedFiles(string pluginFolder, IEnumerable<string> contractAssemblies)
    {
        var patterns = HostProvided.Concat(contractAssemblies.Select(name => name + ".dll")).ToList();
        return Directory.EnumerateFiles(pluginFolder, "*", SearchOption.AllDirectories)
            .Where(file => patterns.Any(pattern => FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileName(file), ignoreCase: true)))
            .Select(file => Path.GetRelativePath(pluginFolder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
