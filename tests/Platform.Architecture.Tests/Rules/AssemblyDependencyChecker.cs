using Mono.Cecil;
using NetArchTest.Rules;

namespace Platform.Architecture.Tests.Rules;

/// <summary>
/// Checks built assemblies without loading them into the runtime: NetArchTest.Rules (Mono.Cecil) for the types'
/// dependencies, Mono.Cecil for the assembly references.
/// </summary>
internal static class AssemblyDependencyChecker
{
    /// <summary>The types of one assembly file.</summary>
    /// <param name="assemblyPath">Absolute path of the assembly.</param>
    public static Types TypesIn(string assemblyPath) =>
        // FromFile combines its argument with NetArchTest's own folder; an absolute path wins that combination.
        Types.FromFile(Path.GetFullPath(assemblyPath));

    /// <summary>The types of every assembly in a folder (a built plugin); <paramref name="searchDirectories"/> resolve what the folder leaves out.</summary>
    public static Types TypesInFolder(string folder, IEnumerable<string> searchDirectories) =>
        Types.FromPath(folder, searchDirectories);

    /// <summary>One line per type and forbidden namespace it depends on, e.g. "Platform.Apps.News.X depends on Platform.Core".</summary>
    public static IReadOnlyList<string> FindTypeDependencies(Types types, IEnumerable<string> forbiddenNamespaces) =>
        forbiddenNamespaces
            .SelectMany(forbidden => FailingTypes(types.Should().NotHaveDependencyOn(forbidden).GetResult())
                .Select(type => $"{type} depends on {forbidden}"))
            .ToList();

    /// <summary>One line per assembly reference under a forbidden name, e.g. "Platform.Contracts references assembly Microsoft.EntityFrameworkCore".</summary>
    public static IReadOnlyList<string> FindAssemblyReferences(string assemblyPath, IEnumerable<string> forbiddenNames)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var forbidden = forbiddenNames.ToList();
        return assembly.Modules
            .SelectMany(m => m.AssemblyReferences)
            .Where(reference => forbidden.Any(name => NamespaceName.IsUnder(reference.Name, name)))
            .Select(reference => $"{assembly.Name.Name} references assembly {reference.Name}")
            .Distinct()
            .ToList();
    }

    private static IEnumerable<string> FailingTypes(TestResult result) =>
        result.IsSuccessful ? [] : result.FailingTypeNames ?? [];
}
