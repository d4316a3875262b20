namespace Platform.Architecture.Tests.SelfTests;

/// <summary>Assertions on what a checker reported.</summary>
internal static class Reported
{
    /// <summary>Exactly one violation mentions every fragment.</summary>
    public static void Once(IReadOnlyCollection<string> violations, params string[] fragments) =>
        Assert.That(violations, Has.Exactly(1).Matches<string>(v => fragments.All(f => v.Contains(f, StringComparison.Ordinal))),
            $"Expected one violation mentioning [{string.Join(", ", fragments)}]; reported: [{string.Join(" | ", violations)}]");
}
