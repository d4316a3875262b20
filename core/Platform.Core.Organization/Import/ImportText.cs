namespace Platform.Core.Organization.Import;

/// <summary>How the import reads text fields: blank counts as absent.</summary>
internal static class ImportText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>The unique key of a login: upper-invariant, as stored in <c>LoginKey</c>.</summary>
    public static string LoginKey(string login) => login.ToUpperInvariant();

    /// <summary>
    /// A plausible e-mail address: one <c>@</c> with text on both sides, a dot inside the domain, no spaces. Whether
    /// it exists is the mail server's business.
    /// </summary>
    public static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@'))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        var domain = value.AsSpan(at + 1);
        var dot = domain.IndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && domain[^1] != '.';
    }
}
