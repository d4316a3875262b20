namespace Platform.Architecture.Tests;

/// <summary>Asserts that a rule found nothing, listing every violation when it did.</summary>
internal static class Violations
{
    public static void AssertNone(IReadOnlyCollection<string> violations) =>
        Assert.That(violations, Is.Empty, $"{violations.Count} architecture violation(s):{Environment.NewLine} - " + string.Join(Environment.NewLine + " - ", violations));
}
