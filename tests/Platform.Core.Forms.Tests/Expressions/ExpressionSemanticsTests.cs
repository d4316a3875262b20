using System.Text.Json.Nodes;
using Platform.Contracts.Errors;

namespace Platform.Core.Forms.Tests.Expressions;

public sealed class ExpressionSemanticsTests
{
    private static readonly object[] Cases =
    [
        // Arithmetic and precedence.
        new object[] { "1 + 2 * 3", "7" },
        new object[] { "(1 + 2) * 3", "9" },
        new object[] { "7 / 2", "3.5" },
        new object[] { "10 % 4", "2" },
        new object[] { "2 ** 10", "1024" },
        new object[] { "-qty", "-3" },
        new object[] { "round(qty * price, 2)", "59.97" },

        // Comparison and logic.
        new object[] { "amount > 1000", "true" },
        new object[] { "amount <= 1000", "false" },
        new object[] { "qty == 3 && flag", "true" },
        new object[] { "qty === '3'", "false" },
        new object[] { "qty != 3 || !flag", "false" },
        new object[] { "note ?? 'none'", "\"none\"" },
        new object[] { "0 ?? 5", "0" },
        new object[] { "note || 'x'", "\"x\"" },
        new object[] { "amount > 1000 ? 'big' : 'small'", "\"big\"" },
        new object[] { "typeof qty", "\"number\"" },

        // Text.
        new object[] { "'Hello ' + upper(trim(title))", "\"Hello TRAVEL\"" },
        new object[] { "len(trim(title))", "6" },
        new object[] { "lower('ABC')", "\"abc\"" },
        new object[] { "contains(title, 'rav')", "true" },
        new object[] { "contains(tags, 'y')", "true" },
        new object[] { "startsWith(trim(title), 'Tr')", "true" },
        new object[] { "endsWith('abc', 'bc')", "true" },
        new object[] { "title.trim().toUpperCase()", "\"TRAVEL\"" },
        new object[] { "`${qty} x ${price}`", "\"3 x 19.99\"" },

        // Dates (today is 2026-11-26 on the fake clock).
        new object[] { "today()", "\"2026-11-26\"" },
        new object[] { "daysBetween(start, end)", "15" },
        new object[] { "daysBetween(start, today())", "6" },
        new object[] { "addDays(start, 12)", "\"2026-12-02\"" },
        new object[] { "addMonths('2026-01-31', 1)", "\"2026-02-28\"" },
        new object[] { "year(at)", "2026" },
        new object[] { "month(start)", "11" },
        new object[] { "day(end)", "5" },
        new object[] { "date(2026, 2, 28)", "\"2026-02-28\"" },
        new object[] { "end > start && start < today()", "true" },

        // Aggregates over the sub-table.
        new object[] { "sum(items.amount)", "350.5" },
        new object[] { "count(items)", "3" },
        new object[] { "count(items.amount)", "2" },
        new object[] { "count(items, r => r.done)", "2" },
        new object[] { "min(items.amount)", "100" },
        new object[] { "max(items.amount)", "250.5" },
        new object[] { "avg(items.amount)", "175.25" },
        new object[] { "sum(items, r => r.done ? r.amount : 0)", "100" },
        new object[] { "sum(empty.amount)", "0" },
        new object[] { "count(empty)", "0" },
        new object[] { "avg(empty.amount)", "null" },
        new object[] { "max(empty.amount)", "null" },
        new object[] { "items.filter(r => r.amount > 200).length", "1" },
        new object[] { "items.map(r => r.name).join(',')", "\"a,b,c\"" },
        new object[] { "items[1].name", "\"b\"" },
        new object[] { "items.some(r => r.amount == null)", "true" },
        new object[] { "min(3, 1, 2)", "1" },
        new object[] { "max(qty, 10)", "10" },
        new object[] { "max(start, end)", "\"2026-12-05\"" },
        new object[] { "sum(['12.50', 3, null])", "15.5" },
        new object[] { "max(['9.5', '10'])", "10" },

        // Numbers.
        new object[] { "round(2.675, 2)", "2.68" },
        new object[] { "round(amount)", "1201" },
        new object[] { "floor(-1.5)", "-2" },
        new object[] { "ceil(1.2)", "2" },
        new object[] { "abs(-4)", "4" },

        // Null handling.
        new object[] { "isEmpty(note)", "true" },
        new object[] { "isEmpty('')", "true" },
        new object[] { "isEmpty(empty)", "true" },
        new object[] { "isEmpty(0)", "false" },
        new object[] { "coalesce(note, 5)", "5" },
        new object[] { "note == null", "true" },
        new object[] { "round(note)", "null" },
        new object[] { "upper(note)", "null" },
        new object[] { "len(note)", "0" },
        new object[] { "sum(note, 2)", "2" },
        new object[] { "daysBetween(note, end)", "null" },
        new object[] { "note?.x", "null" },
        new object[] { "items[5]?.name", "null" },

        // Literals.
        new object[] { "({ a: qty, b: 'x' })", "{\"a\":3,\"b\":\"x\"}" },
        new object[] { "[1, qty]", "[1,3]" },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Evaluates_to_the_documented_value(string expression, string expected)
    {
        var result = ExpressionTestData.Engine().Evaluate(expression, ExpressionTestData.Record());

        Assert.That(result?.ToJsonString() ?? "null", Is.EqualTo(expected));
    }

    [TestCase("note", false)]
    [TestCase("0", false)]
    [TestCase("''", false)]
    [TestCase("null", false)]
    [TestCase("'x'", true)]
    [TestCase("qty", true)]
    [TestCase("amount > 1000 && count(items, r => r.done) == 2", true)]
    public void IsTrue_follows_javascript_truth(string expression, bool expected) =>
        Assert.That(ExpressionTestData.Engine().IsTrue(expression, ExpressionTestData.Record()), Is.EqualTo(expected));

    [TestCase("nope + 1", "unknown name 'nope' at 1:1")]
    [TestCase("1 +\n  note.x", "Cannot read properties of null (reading 'x') at 2:8")]
    [TestCase("qty / 0", "not a number")]
    [TestCase("round('abc')", "round: 'abc' is not a number")]
    [TestCase("daysBetween('soon', end)", "'soon' is not a date")]
    [TestCase("sum(tags)", "sum: 'x' is not a number")]
    [TestCase("date(2026, 2, 30)", "is not a date")]
    [TestCase("sum", "a function")]
    public void Runtime_problems_fail_as_expression_failed(string expression, string message)
    {
        var failure = Assert.Throws<PlatformException>(() => ExpressionTestData.Engine().Evaluate(expression, ExpressionTestData.Record()))!;

        Assert.That(failure.Code, Is.EqualTo("expression.failed"));
        Assert.That(failure.Kind, Is.EqualTo(ErrorKind.Rule));
        Assert.That(failure.Message, Does.Contain(message));
    }

    [Test]
    public void Today_is_taken_in_the_configured_time_zone()
    {
        // 09:30 UTC on the 26th is still 23:30 on the 25th at UTC-10; a custom zone avoids depending on tzdata.
        var zone = TimeZoneInfo.CreateCustomTimeZone("minus10", TimeSpan.FromHours(-10), "minus10", "minus10");
        var engine = ExpressionTestData.Engine(new Platform.Core.Forms.Expressions.ExpressionOptions { TimeZone = zone });

        Assert.That(engine.Evaluate("today()", [])!.GetValue<string>(), Is.EqualTo("2026-11-25"));
    }

    [Test]
    public void Numbers_given_as_decimals_are_read()
    {
        var data = new JsonObject { ["a"] = JsonValue.Create(12.5m), ["b"] = JsonValue.Create(2L) };

        Assert.That(ExpressionTestData.Engine().Evaluate("a * b", data)!.ToJsonString(), Is.EqualTo("25"));
    }

    [Test]
    public void Variables_are_in_scope_alongside_fields()
    {
        var variables = new Dictionary<string, JsonNode?> { ["applicant"] = new JsonObject { ["level"] = 3 } };

        Assert.That(ExpressionTestData.Engine().IsTrue("applicant.level >= 3 && qty == 3", ExpressionTestData.Record(), variables), Is.True);
    }
}
