using System.Text;

namespace Platform.Apps.Documents.Attachments;

/// <summary>Makes an uploaded file name safe to store and to offer for download.</summary>
internal static class FileNames
{
    private const int MaxLength = 200;

    /// <summary>
    /// The last path segment only (no directories, no <c>..</c>), without control characters or the characters Windows
    /// forbids, without leading or trailing dots and spaces, at most 200 characters (the extension kept); "attachment"
    /// when nothing is left.
    /// </summary>
    public static string Sanitise(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var builder = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            if (!char.IsControl(c) && "<>:\"|?*".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                builder.Append(c);
            }
        }

        var clean = builder.ToString().Trim().Trim('.').Trim();
        if (clean.Length > MaxLength)
        {
            var extension = Path.GetExtension(clean);
            extension = extension.Length > 20 ? "" : extension;
            clean = clean[..(MaxLength - extension.Length)] + extension;
        }

        return clean.Length == 0 ? "attachment" : clean;
    }
}
