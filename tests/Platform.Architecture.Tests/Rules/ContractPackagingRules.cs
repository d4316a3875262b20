using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Rules;

/// <summary>Every contract tracks its public API (PublicAPI.Shipped.txt / Unshipped.txt) and carries its own version.</summary>
internal static class ContractPackagingRules
{
    public static readonly string[] PublicApiFiles = ["PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt"];

    public const string NullableHeader = "#nullable enable";

    /// <param name="project">The contract project.</param>
    /// <param name="readFirstLine">Reads the first line of a file in the project's folder; <see langword="null"/> if the file does not exist.</param>
    public static IReadOnlyList<string> Check(ProjectFile project, Func<string, string?> readFirstLine)
    {
        var violations = new List<string>();
        foreach (var file in PublicApiFiles)
        {
            var firstLine = readFirstLine(file);
            if (firstLine is null)
            {
                violations.Add($"{project} has no {file}: every contract tracks its public API (Microsoft.CodeAnalysis.PublicApiAnalyzers).");
            }
            else if (firstLine.Trim() != NullableHeader)
            {
                violations.Add($"{project}: {file} must start with '{NullableHeader}' so nullable annotations are part of the tracked API (it starts with '{firstLine}').");
            }
        }

        if (string.IsNullOrWhiteSpace(project.Property("Version")))
        {
            violations.Add($"{project} has no <Version>: each contract package is versioned on its own, in its project file.");
        }

        return violations;
    }
}
