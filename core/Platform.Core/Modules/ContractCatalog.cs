using System.Reflection;
using NuGet.Versioning;
using Platform.Contracts;

namespace Platform.Core.Modules;

/// <summary>The contract packages this host carries, with their versions. Plugins are checked against it.</summary>
public sealed class ContractCatalog
{
    private readonly Dictionary<string, NuGetVersion> _provided;

    /// <summary>Creates a catalog from known contract names and versions.</summary>
    /// <param name="provided">Contract package id → version.</param>
    public ContractCatalog(IReadOnlyDictionary<string, NuGetVersion> provided) =>
        _provided = new Dictionary<string, NuGetVersion>(provided, StringComparer.OrdinalIgnoreCase);

    /// <summary>Contract package id → version this host provides.</summary>
    public IReadOnlyDictionary<string, NuGetVersion> Provided => _provided;

    /// <summary>The version of a contract this host provides, or <see langword="null"/>.</summary>
    /// <param name="contract">Contract package id.</param>
    public NuGetVersion? Find(string contract) => _provided.GetValueOrDefault(contract);

    /// <summary>
    /// Finds the contract assemblies (those marked <see cref="PlatformContractAttribute"/>) beside the application,
    /// and reads each one's package version.
    /// </summary>
    /// <param name="directory">Where to look; the application's base directory by default.</param>
    public static ContractCatalog FromApplicationDirectory(string? directory = null)
    {
        var provided = new Dictionary<string, NuGetVersion>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(directory ?? AppContext.BaseDirectory, "Platform.*.dll"))
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(AssemblyName.GetAssemblyName(file));
            }
            catch (Exception ex) when (ex is BadImageFormatException or FileNotFoundException or FileLoadException)
            {
                // Not a loadable part of this application (e.g. a test assembly copied beside it): not a contract.
                continue;
            }

            if (assembly.GetCustomAttribute<PlatformContractAttribute>() is not null && VersionOf(assembly) is { } version)
            {
                provided[assembly.GetName().Name!] = version;
            }
        }

        return new ContractCatalog(provided);
    }

    /// <summary>The package version of an assembly, from its informational version (build metadata dropped).</summary>
    /// <param name="assembly">The assembly.</param>
    public static NuGetVersion? VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var text = informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3);
        return text is not null && NuGetVersion.TryParse(text, out var version) ? version : null;
    }
}
