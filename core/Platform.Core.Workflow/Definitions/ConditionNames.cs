namespace Platform.Core.Workflow.Definitions;

/// <summary>
/// The data names a condition reads: each identifier that is not a keyword, a function or method call, a property
/// after a dot, an object-literal key or an arrow-function parameter — with the property when there is one
/// (<c>items.amount</c> gives <c>("items", "amount")</c>). A light lexical scan for the unknown-field check; the
/// expression engine itself checks the syntax (<see cref="Platform.Contracts.Forms.Expressions.IExpressionEngine.Check"/>).
/// </summary>
internal static class ConditionNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "true", "false", "null", "undefined", "NaN", "Infinity", "typeof", "in", "instanceof", "new", "void", "this",
    };

    public static IReadOnlyList<(string Name, string? Member)> Of(string expression)
    {
        var tokens = new List<Token>();
        Tokenize(expression, tokens);
        var parameters = ArrowParameters(tokens);
        var names = new List<(string, string?)>();
        var brackets = new Stack<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsName)
            {
                if (token.Text is "(" or "[" or "{")
                {
                    brackets.Push(token.Text);
                }
                else if (token.Text is ")" or "]" or "}" && brackets.Count > 0)
                {
                    brackets.Pop();
                }

                continue;
            }

            var previous = i > 0 ? tokens[i - 1].Text : null;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Text : null;
            var isObjectKey = next == ":" && previous is "{" or "," && brackets.TryPeek(out var open) && open == "{";
            if (Keywords.Contains(token.Text) || previous is "." or "?." || next == "(" || isObjectKey || parameters.Contains(token.Text))
            {
                continue;
            }

            string? member = null;
            if (next is "." or "?." && i + 2 < tokens.Count && tokens[i + 2].IsName)
            {
                // items.filter(…) calls a method of the list; only items.amount names a column.
                member = i + 3 < tokens.Count && tokens[i + 3].Text == "(" ? null : tokens[i + 2].Text;
            }

            names.Add((token.Text, member));
        }

        return names;
    }

    private static HashSet<string> ArrowParameters(List<Token> tokens)
    {
        var parameters = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Text != "=>")
            {
                continue;
            }

            if (tokens[i - 1].IsName)
            {
                parameters.Add(tokens[i - 1].Text);
                continue;
            }

            if (tokens[i - 1].Text != ")")
            {
                continue;
            }

            for (var j = i - 2; j >= 0 && tokens[j].Text != "("; j--)
            {
                if (tokens[j].IsName)
                {
                    parameters.Add(tokens[j].Text);
                }
            }
        }

        return parameters;
    }

    private static void Tokenize(string s, List<Token> tokens)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                i = s.IndexOf('\n', i) is var end and >= 0 ? end : s.Length;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                i = s.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : s.Length;
            }
            else if (c is '"' or '\'')
            {
                i = SkipQuoted(s, i);
                tokens.Add(new Token("\"\"", IsName: false));
            }
            else if (c == '`')
            {
                i = Template(s, i, tokens);
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '.' or '_'))
                {
                    i++;
                }

                tokens.Add(new Token("0", IsName: false));
            }
            else if (IsStart(c))
            {
                var start = i;
                while (i < s.Length && IsPart(s[i]))
                {
                    i++;
                }

                tokens.Add(new Token(s[start..i], IsName: true));
            }
            else
            {
                var text = Punctuator(s, i);
                tokens.Add(new Token(text, IsName: false));
                i += text.Length;
            }
        }
    }

    private static string Punctuator(string s, int i)
    {
        foreach (var candidate in (ReadOnlySpan<string>)["...", "=>", "?.", "??"])
        {
            // "?." followed by a digit is a conditional with a number (a ?.5 : b), not optional chaining.
            if (string.CompareOrdinal(s, i, candidate, 0, candidate.Length) == 0
                && !(candidate == "?." && i + 2 < s.Length && char.IsAsciiDigit(s[i + 2])))
            {
                return candidate;
            }
        }

        return s[i].ToString();
    }

    /// <summary>Reads a template text: the expressions inside <c>${…}</c> are scanned as if parenthesised.</summary>
    private static int Template(string s, int i, List<Token> tokens)
    {
        i++;
        while (i < s.Length && s[i] != '`')
        {
            if (s[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (s[i] == '$' && i + 1 < s.Length && s[i + 1] == '{')
            {
                var start = i + 2;
                var depth = 1;
                i = start;
                while (i < s.Length && depth > 0)
                {
                    if (s[i] is '"' or '\'')
                    {
                        i = SkipQuoted(s, i);
                        continue;
                    }

                    depth += s[i] == '{' ? 1 : s[i] == '}' ? -1 : 0;
                    i++;
                }

                tokens.Add(new Token("(", IsName: false));
                Tokenize(s[start..Math.Max(start, i - 1)], tokens);
                tokens.Add(new Token(")", IsName: false));
                continue;
            }

            i++;
        }

        tokens.Add(new Token("\"\"", IsName: false));
        return i + 1;
    }

    private static int SkipQuoted(string s, int i)
    {
        var quote = s[i++];
        while (i < s.Length && s[i] != quote)
        {
            i += s[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }

    private static bool IsStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$';

    private static bool IsPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$';

    private readonly record struct Token(string Text, bool IsName);
}
