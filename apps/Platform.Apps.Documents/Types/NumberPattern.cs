using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Apps.Documents.Types;

/// <summary>
/// The numbering rule (文号): literal text with placeholders <c>{unitShort}</c>, <c>{year}</c> and <c>{seq}</c> (or
/// <c>{seq:000}</c>, zero-padded to the width of the zeros), e.g. <c>{unitShort}发〔{year}〕{seq}号</c>.
/// <c>{seq}</c> is required: without it two documents of a year would share a number.
/// </summary>
internal static partial class NumberPattern
{
    /// <summary>The problems of a pattern (empty when it is usable).</summary>
    public static IReadOnlyList<string> Problems(string pattern)
    {
        var problems = new List<string>();
        var hasSequence = false;
        var rest = Placeholder().Replace(pattern, match =>
        {
            var name = match.Groups[1].Value;
            if (name is "seq" || SequenceFormat().IsMatch(name))
            {
                hasSequence = true;
            }
            else if (name is not ("unitShort" or "year"))
            {
                problems.Add($"Unknown placeholder '{{{name}}}'; use {{unitShort}}, {{year}}, {{seq}} or {{seq:000}}.");
            }

            return "";
        });
        if (rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal))
        {
            problems.Add("Braces must enclose a placeholder: {unitShort}, {year}, {seq} or {seq:000}.");
        }

        if (!hasSequence)
        {
            problems.Add("The pattern needs {seq} (or {seq:000}), or numbers would repeat.");
        }

        return problems;
    }

    /// <summary>The number for a sequence value.</summary>
    public static string Format(string pattern, string unitShort, int year, long sequence) =>
        Placeholder().Replace(pattern, match => match.Groups[1].Value switch
        {
            "unitShort" => unitShort,
            "year" => year.ToString(CultureInfo.InvariantCulture),
            "seq" => sequence.ToString(CultureInfo.InvariantCulture),
            var format => sequence.ToString(new StringBuilder().Append('0', format.Length - 4).ToString(), CultureInfo.InvariantCulture),
        });

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^seq:0+$")]
    private static partial Regex SequenceFormat();
}
