using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Bpmn;

/// <summary>
/// ISO-8601 durations of timer events (<c>PT48H</c>, <c>P2D</c>, <c>P1DT12H</c>, <c>PT90M</c>, <c>P1W</c>) as a
/// <see cref="Duration"/> on the clock: whole days stay days, otherwise hours when exact, else minutes. Years and months
/// (lengths vary), seconds that are not whole minutes and expressions are not taken.
/// </summary>
internal static partial class BpmnDuration
{
    public static Duration? Parse(string text)
    {
        var match = Iso().Match(text.Trim());
        if (!match.Success || match.Groups.Cast<Group>().Skip(1).All(g => !g.Success))
        {
            return null;
        }

        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = (((((Part("w") * 7) + Part("d")) * 24) + Part("h")) * 3600) + (Part("m") * 60) + Part("s");
        if (seconds <= 0 || seconds % 60 != 0)
        {
            return null;
        }

        var minutes = seconds / 60;
        return minutes switch
        {
            _ when minutes % 1440 == 0 && Part("h") == 0 && Part("m") == 0 => Make(minutes / 1440, DurationUnit.Days),
            _ when minutes % 60 == 0 => Make(minutes / 60, DurationUnit.Hours),
            _ => Make(minutes, DurationUnit.Minutes),
        };
    }

    private static Duration? Make(long amount, DurationUnit unit) => amount is > 0 and <= int.MaxValue ? new Duration((int)amount, unit) : null;

    [GeneratedRegex(@"^P(?:(?<w>\d{1,6})W)?(?:(?<d>\d{1,6})D)?(?:T(?:(?<h>\d{1,7})H)?(?:(?<m>\d{1,9})M)?(?:(?<s>\d{1,10})S)?)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Iso();
}
