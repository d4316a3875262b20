using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Platform.Core.Forms.Expressions;

/// <summary>
/// The language's built-in functions (docs/expressions.md), written in C# over Jint values so they are fast and cannot
/// reach anything but their arguments. Bad input raises <see cref="ExpressionFailure"/>.
/// </summary>
internal static class ExpressionFunctions
{
    private delegate JsValue Body(Engine engine, JsValue[] args);

    private static readonly Dictionary<string, Body> Functions = new(StringComparer.Ordinal)
    {
        // Numbers.
        ["round"] = Round,
        ["floor"] = (_, a) => Unary(a, "floor", Math.Floor),
        ["ceil"] = (_, a) => Unary(a, "ceil", Math.Ceiling),
        ["abs"] = (_, a) => Unary(a, "abs", Math.Abs),

        // Aggregates over values and sub-table columns.
        ["sum"] = (e, a) => JsNumber.Create(Numbers(e, a, "sum").Sum()),
        ["avg"] = (e, a) => Numbers(e, a, "avg") is { Count: > 0 } n ? JsNumber.Create(n.Average()) : JsValue.Null,
        ["min"] = (e, a) => Extreme(e, a, "min", -1),
        ["max"] = (e, a) => Extreme(e, a, "max", 1),
        ["count"] = Count,

        // Text.
        ["len"] = (_, a) => Arg(a, 0) switch
        {
            var v when IsNothing(v) => JsNumber.Create(0),
            JsArray array => JsNumber.Create(array.Length),
            var v => JsNumber.Create(Text(v, "len").Length),
        },
        ["upper"] = (_, a) => MapText(a, "upper", s => s.ToUpperInvariant()),
        ["lower"] = (_, a) => MapText(a, "lower", s => s.ToLowerInvariant()),
        ["trim"] = (_, a) => MapText(a, "trim", s => s.Trim()),
        ["contains"] = Contains,
        ["startsWith"] = (_, a) => TextTest(a, "startsWith", (s, p) => s.StartsWith(p, StringComparison.Ordinal)),
        ["endsWith"] = (_, a) => TextTest(a, "endsWith", (s, p) => s.EndsWith(p, StringComparison.Ordinal)),

        // Null handling.
        ["isEmpty"] = (_, a) => Arg(a, 0) switch
        {
            var v when IsNothing(v) => JsBoolean.True,
            JsString s => s.Length == 0 ? JsBoolean.True : JsBoolean.False,
            JsArray array => array.Length == 0 ? JsBoolean.True : JsBoolean.False,
            _ => JsBoolean.False,
        },
        ["coalesce"] = (_, a) => a.FirstOrDefault(v => !IsNothing(v)) ?? JsValue.Null,

        // Dates ('yyyy-MM-dd' text; ISO date-times are read by their date part).
        ["date"] = (_, a) => DateFromParts(a),
        ["daysBetween"] = (_, a) => IsNothing(Arg(a, 0)) || IsNothing(Arg(a, 1))
            ? JsValue.Null
            : JsNumber.Create(Date(Arg(a, 1), "daysBetween").DayNumber - Date(Arg(a, 0), "daysBetween").DayNumber),
        ["addDays"] = (_, a) => IsNothing(Arg(a, 0)) ? JsValue.Null : Text(Date(Arg(a, 0), "addDays").AddDays(Whole(Arg(a, 1), "addDays"))),
        ["addMonths"] = (_, a) => IsNothing(Arg(a, 0)) ? JsValue.Null : Text(Date(Arg(a, 0), "addMonths").AddMonths(Whole(Arg(a, 1), "addMonths"))),
        ["year"] = (_, a) => IsNothing(Arg(a, 0)) ? JsValue.Null : JsNumber.Create(Date(Arg(a, 0), "year").Year),
        ["month"] = (_, a) => IsNothing(Arg(a, 0)) ? JsValue.Null : JsNumber.Create(Date(Arg(a, 0), "month").Month),
        ["day"] = (_, a) => IsNothing(Arg(a, 0)) ? JsValue.Null : JsNumber.Create(Date(Arg(a, 0), "day").Day),
    };

    /// <summary>Every function name, <c>today</c> and <c>now</c> included. Field keys with these names cannot be read by name.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(Functions.Keys.Append("today").Append("now"), StringComparer.Ordinal);

    /// <summary>Defines the functions as globals of <paramref name="engine"/>.</summary>
    public static void Register(Engine engine, TimeProvider clock, TimeZoneInfo zone)
    {
        foreach (var (name, body) in Functions)
        {
            engine.SetValue(name, new ClrFunction(engine, name, (_, args) => body(engine, args)));
        }

        engine.SetValue("today", new ClrFunction(engine, "today", (_, _) =>
            Text(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime))));
        engine.SetValue("now", new ClrFunction(engine, "now", (_, _) =>
            new JsString(clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))));
    }

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    private static bool IsNothing(JsValue value) => value.IsNull() || value.IsUndefined();

    private static JsValue Round(Engine engine, JsValue[] args)
    {
        var value = Arg(args, 0);
        if (IsNothing(value))
        {
            return JsValue.Null;
        }

        var x = Number(value, "round");
        var digits = IsNothing(Arg(args, 1)) ? 0 : Whole(Arg(args, 1), "round");
        if (digits is < 0 or > 10)
        {
            throw new ExpressionFailure("round: digits must be between 0 and 10");
        }

        // Through decimal so that round(2.675, 2) is 2.68 as a person expects, away from zero as in bookkeeping.
        return Math.Abs(x) < 7.9e27
            ? JsNumber.Create((double)Math.Round((decimal)x, digits, MidpointRounding.AwayFromZero))
            : JsNumber.Create(Math.Round(x, digits, MidpointRounding.AwayFromZero));
    }

    private static JsValue Unary(JsValue[] args, string name, Func<double, double> f) =>
        IsNothing(Arg(args, 0)) ? JsValue.Null : JsNumber.Create(f(Number(Arg(args, 0), name)));

    private static double Number(JsValue value, string function) => value.IsNumber()
        ? value.AsNumber()
        : throw new ExpressionFailure($"{function}: {Show(value)} is not a number");

    private static int Whole(JsValue value, string function)
    {
        var x = Number(value, function);
        return x == Math.Floor(x) && Math.Abs(x) <= 1_000_000
            ? (int)x
            : throw new ExpressionFailure($"{function}: {Show(value)} is not a whole number");
    }

    private static void Flatten(JsValue value, List<JsValue> into)
    {
        if (value is JsArray array)
        {
            for (uint i = 0; i < array.Length; i++)
            {
                Flatten(array[i], into);
            }
        }
        else if (!IsNothing(value))
        {
            into.Add(value);
        }
    }

    // sum(list, r => r.amount) maps each row first; otherwise every argument is flattened.
    private static List<JsValue> Values(Engine engine, JsValue[] args)
    {
        var values = new List<JsValue>();
        if (args is [JsArray rows, Jint.Native.Function.Function selector])
        {
            for (uint i = 0; i < rows.Length; i++)
            {
                Flatten(engine.Call(selector, JsValue.Undefined, [rows[i]]), values);
            }

            return values;
        }

        foreach (var arg in args)
        {
            Flatten(arg, values);
        }

        return values;
    }

    // Aggregates also read text holding a number ("12.50"), the way exact amounts are often stored.
    private static List<double> Numbers(Engine engine, JsValue[] args, string function) =>
        Values(engine, args).ConvertAll(v => NumberOrNumericText(v, function));

    private static double NumberOrNumericText(JsValue value, string function) =>
        value is JsString s && TryParseNumber(s.ToString(), out var parsed) ? parsed : Number(value, function);

    private static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out value);

    private static JsValue Extreme(Engine engine, JsValue[] args, string function, int sign)
    {
        var values = Values(engine, args);
        if (values.Count == 0)
        {
            return JsValue.Null;
        }

        if (values.TrueForAll(v => v.IsString()) && !values.TrueForAll(v => TryParseNumber(v.AsString(), out _)))
        {
            var texts = values.ConvertAll(v => v.AsString());
            texts.Sort(StringComparer.Ordinal);
            return new JsString(sign > 0 ? texts[^1] : texts[0]);
        }

        var numbers = values.ConvertAll(v => NumberOrNumericText(v, function));
        return JsNumber.Create(sign > 0 ? numbers.Max() : numbers.Min());
    }

    private static JsValue Count(Engine engine, JsValue[] args)
    {
        var source = Arg(args, 0);
        if (IsNothing(source))
        {
            return JsNumber.Create(0);
        }

        if (source is not JsArray array)
        {
            throw new ExpressionFailure($"count: {Show(source)} is not a list");
        }

        var predicate = Arg(args, 1);
        if (!IsNothing(predicate) && predicate is not Jint.Native.Function.Function)
        {
            throw new ExpressionFailure("count: the second argument must be a condition such as r => r.done");
        }

        var n = 0;
        for (uint i = 0; i < array.Length; i++)
        {
            var item = array[i];
            var counts = IsNothing(predicate)
                ? !IsNothing(item)
                : TypeConverter.ToBoolean(engine.Call(predicate, JsValue.Undefined, [item]));
            if (counts)
            {
                n++;
            }
        }

        return JsNumber.Create(n);
    }

    private static string Text(JsValue value, string function) => value switch
    {
        JsString s => s.ToString(),
        _ when value.IsNumber() || value.IsBoolean() => TypeConverter.ToString(value),
        _ => throw new ExpressionFailure($"{function}: {Show(value)} is not text"),
    };

    private static JsValue MapText(JsValue[] args, string function, Func<string, string> f) =>
        IsNothing(Arg(args, 0)) ? JsValue.Null : new JsString(f(Text(Arg(args, 0), function)));

    private static JsValue TextTest(JsValue[] args, string function, Func<string, string, bool> test) =>
        IsNothing(Arg(args, 0)) || IsNothing(Arg(args, 1))
            ? JsBoolean.False
            : test(Text(Arg(args, 0), function), Text(Arg(args, 1), function)) ? JsBoolean.True : JsBoolean.False;

    private static JsValue Contains(Engine engine, JsValue[] args)
    {
        if (Arg(args, 0) is JsArray array)
        {
            var part = Arg(args, 1);
            for (uint i = 0; i < array.Length; i++)
            {
                if (array[i].Equals(part) || (IsNothing(array[i]) && IsNothing(part)))
                {
                    return JsBoolean.True;
                }
            }

            return JsBoolean.False;
        }

        return TextTest(args, "contains", (s, p) => s.Contains(p, StringComparison.Ordinal));
    }

    private static DateOnly Date(JsValue value, string function)
    {
        if (value is JsString s)
        {
            var text = s.ToString();
            if (text.Length >= 10
                && (text.Length == 10 || text[10] is 'T' or ' ')
                && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        throw new ExpressionFailure($"{function}: {Show(value)} is not a date (yyyy-MM-dd)");
    }

    private static JsString Text(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static JsValue DateFromParts(JsValue[] args)
    {
        int year = Whole(Arg(args, 0), "date"), month = Whole(Arg(args, 1), "date"), day = Whole(Arg(args, 2), "date");
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? Text(new DateOnly(year, month, day))
            : throw new ExpressionFailure($"date: {year}-{month}-{day} is not a date");
    }

    private static string Show(JsValue value) => value switch
    {
        JsString s => $"'{(s.Length > 40 ? s.ToString()[..40] + "…" : s.ToString())}'",
        JsArray => "a list",
        _ when value.IsUndefined() || value.IsNull() => "null",
        _ when value.IsObject() => "an object",
        _ => TypeConverter.ToString(value),
    };
}
