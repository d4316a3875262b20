namespace Platform.Core.Forms.Definitions;

/// <summary>
/// The data names an expression reads: each identifier that is not a function call, a keyword, or a property after a
/// dot — with the property when there is one (<c>items.amount</c> gives <c>("items", "amount")</c>). A light lexical
/// scan, good enough for dependency order and unknown-name checks; the engine itself checks the syntax.
/// </summary>
internal static class ExpressionNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "true", "false", "null", "undefined", "NaN", "Infinity", "typeof", "in", "instanceof", "new", "void", "this",
    };

    public static IReadOnlyList<(string Name, string? Member)> Of(string expression)
    {
        var names = new List<(string, string?)>();
        var s = expression.AsSpan();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is '"' or '\'' or '`')
            {
                i = SkipString(s, i);
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '.' || s[i] == '_'))
                {
                    i++;
                }

                continue;
            }

            if (!IsStart(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && IsPart(s[i]))
            {
                i++;
            }

            var name = s[start..i].ToString();
            if (PrecededByDot(s, start) || Keywords.Contains(name) || NextNonSpace(s, i) == '(')
            {
                continue;
            }

            string? member = null;
            var j = SkipSpaces(s, i);
            if (j < s.Length && s[j] == '.')
            {
                var k = SkipSpaces(s, j + 1);
                if (k < s.Length && IsStart(s[k]))
                {
                    var memberStart = k;
                    while (k < s.Length && IsPart(s[k]))
                    {
                        k++;
                    }

                    // items.filter(…) calls a method of the list; only items.amount names a column.
                    member = NextNonSpace(s, k) == '(' ? null : s[memberStart..k].ToString();
                }
            }

            names.Add((name, member));
        }

        return names;
    }

    private static bool IsStart(char c) => char.IsAsciiLetter(c) || c == '_' || c == '$';

    private static bool IsPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$';

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static char NextNonSpace(ReadOnlySpan<char> s, int i)
    {
        i = SkipSpaces(s, i);
        return i < s.Length ? s[i] : '\0';
    }

    private static bool PrecededByDot(ReadOnlySpan<char> s, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(s[i]))
        {
            i--;
        }

        return i >= 0 && s[i] == '.' && !(i >= 1 && s[i - 1] == '.');
    }

    private static int SkipString(ReadOnlySpan<char> s, int i)
    {
        var quote = s[i++];
        while (i < s.Length && s[i] != quote)
        {
            i += s[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }
}
