namespace Platform.Core.Licensing;

/// <summary>What the host made of one licence file.</summary>
/// <param name="Source">Where the licence came from (its file name).</param>
/// <param name="Document">What the licence claims, when readable (also for rejected licences, to show them).</param>
/// <param name="Rejection">Why the licence is refused; <see langword="null"/> when it is accepted.</param>
/// <param name="Warnings">What to act on before the licence stops working.</param>
public sealed record LicenseVerdict(string Source, LicenseDocument? Document, string? Rejection, IReadOnlyList<string> Warnings)
{
    /// <summary>Whether the licence is valid here and now.</summary>
    public bool Accepted => Rejection is null && Document is not null;
}
