using System.Text.RegularExpressions;

namespace Platform.Core.Packaging;

/// <summary>Key ids become file names, so they are kept to a safe alphabet.</summary>
internal static partial class KeyIds
{
    public static bool IsValid(string keyId) => Pattern().IsMatch(keyId);

    public static void Check(string keyId)
    {
        if (!IsValid(keyId))
        {
            throw new PackagingException($"Key id '{keyId}' must be 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex Pattern();
}
