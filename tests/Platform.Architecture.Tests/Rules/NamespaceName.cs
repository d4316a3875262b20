namespace Platform.Architecture.Tests.Rules;

/// <summary>Dotted names (namespaces, assembly and package ids) compared segment by segment.</summary>
internal static class NamespaceName
{
    /// <summary>True when <paramref name="name"/> is <paramref name="root"/> or lies below it: "Platform.Core.Modules" is under "Platform.Core", "Platform.Contracts" is not.</summary>
    public static bool IsUnder(string name, string root) =>
        name.Equals(root, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(root + ".", StringComparison.OrdinalIgnoreCase);
}
