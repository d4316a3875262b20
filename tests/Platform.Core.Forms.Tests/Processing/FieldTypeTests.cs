using System.Text.Json.Nodes;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Core.Forms.Tests.Support;
using static Platform.Core.Forms.Tests.Support.Forms;

namespace Platform.Core.Forms.Tests.Processing;

/// <summary>Every field type: a valid value and how it is stored, and each error with its code and path.</summary>
public sealed class FieldTypeTests
{
    private static readonly FieldOption[] Colours = [new("red", "Red"), new("green", "Green"), new("blue", "Blue")];
    private static readonly string Hash = new('a', 64);

    private static IEnumerable<TestCaseData> Cases()
    {
        var text = Field("v", FieldType.Text) with { MinLength = 2, MaxLength = 5, Pattern = "^[a-z]+$" };
        yield return Case("text ok", text, "\"abc\"", "\"abc\"");
        yield return Case("text too long", text, "\"abcdef\"", code: "too_long");
        yield return Case("text too short", text, "\"a\"", code: "too_short");
        yield return Case("text pattern", text, "\"AB1\"", code: "pattern");
        yield return Case("text type", text, "12", code: "type");

        var longText = Field("v", FieldType.LongText) with { MaxLength = 10 };
        yield return Case("long text ok", longText, "\"line\\nline\"", "\"line\\nline\"");
        yield return Case("long text too long", longText, "\"0123456789x\"", code: "too_long");

        var number = Field("v", FieldType.Number) with { Precision = 2, Min = "0", Max = "100" };
        yield return Case("number ok", number, "12.50", "12.5");
        yield return Case("number integer", Field("v", FieldType.Number), "7", "7");
        yield return Case("number precision", number, "1.234", code: "precision");
        yield return Case("number default precision 0", Field("v", FieldType.Number), "1.5", code: "precision");
        yield return Case("number below min", number, "-1", code: "out_of_range");
        yield return Case("number above max", number, "100.01", code: "out_of_range");
        yield return Case("number type", number, "\"12\"", code: "type");

        var money = Field("v", FieldType.Money) with { Min = "0", Max = "1000000" };
        yield return Case("money from string", money, "\"1234.5\"", "\"1234.50\"");
        yield return Case("money from number", money, "99", "\"99.00\"");
        yield return Case("money precision", money, "\"1.005\"", code: "precision");
        yield return Case("money out of range", money, "\"-0.01\"", code: "out_of_range");
        yield return Case("money type", money, "\"12,00\"", code: "type");
        yield return Case("money precision 0", money with { Precision = 0 }, "\"12\"", "\"12\"");

        var date = Field("v", FieldType.Date) with { Min = "2026-01-01", Max = "2026-12-31" };
        yield return Case("date ok", date, "\"2026-02-28\"", "\"2026-02-28\"");
        yield return Case("date not on calendar", date, "\"2026-02-30\"", code: "invalid_date");
        yield return Case("date wrong form", date, "\"28/02/2026\"", code: "invalid_date");
        yield return Case("date out of range", date, "\"2025-12-31\"", code: "out_of_range");
        yield return Case("date type", date, "20260228", code: "type");

        var dateTime = Field("v", FieldType.DateTime);
        yield return Case("date-time to UTC", dateTime, "\"2026-03-02T17:30:00+08:00\"", "\"2026-03-02T09:30:00Z\"");
        yield return Case("date-time Z", dateTime, "\"2026-03-02T09:30:00.125Z\"", "\"2026-03-02T09:30:00.125Z\"");
        yield return Case("date-time without offset", dateTime, "\"2026-03-02T09:30:00\"", code: "invalid_date");
        yield return Case("date-time garbage", dateTime, "\"soon+08:00\"", code: "invalid_date");
        yield return Case("date-time out of range", dateTime with { Max = "2026-01-01T00:00:00Z" }, "\"2026-03-02T09:30:00Z\"", code: "out_of_range");

        var single = Field("v", FieldType.SingleSelect) with { Options = Colours };
        yield return Case("single ok", single, "\"red\"", "\"red\"");
        yield return Case("single not an option", single, "\"pink\"", code: "not_an_option");
        yield return Case("single type", single, "[\"red\"]", code: "type");

        var multi = Field("v", FieldType.MultiSelect) with { Options = Colours, MinLength = 1, MaxLength = 2 };
        yield return Case("multi ok", multi, "[\"red\",\"blue\"]", "[\"red\",\"blue\"]");
        yield return Case("multi not an option", multi, "[\"red\",\"pink\"]", code: "not_an_option");
        yield return Case("multi duplicate", multi, "[\"red\",\"red\"]", code: "duplicate");
        yield return Case("multi too many", multi, "[\"red\",\"green\",\"blue\"]", code: "too_long");
        yield return Case("multi too few", multi with { MinLength = 2 }, "[\"red\"]", code: "too_short");
        yield return Case("multi type", multi, "\"red\"", code: "type");

        var boolean = Field("v", FieldType.Boolean);
        yield return Case("boolean true", boolean, "true", "true");
        yield return Case("boolean false", boolean, "false", "false");
        yield return Case("boolean type", boolean, "\"yes\"", code: "type");

        var attachment = Field("v", FieldType.Attachment) with { MaxLength = 1000 };
        yield return Case("attachment ok", attachment, $$"""{"name":"../../etc/report.pdf","size":120,"hash":"{{Hash.ToUpperInvariant()}}","contentType":"application/pdf"}""",
            $$"""{"name":"report.pdf","size":120,"hash":"{{Hash}}","contentType":"application/pdf"}""");
        yield return Case("attachment bad hash", attachment, """{"name":"a.pdf","size":1,"hash":"abc"}""", code: "invalid_attachment");
        yield return Case("attachment no name", attachment, $$"""{"name":"dir/","size":1,"hash":"{{Hash}}"}""", code: "invalid_attachment");
        yield return Case("attachment negative size", attachment, $$"""{"name":"a","size":-1,"hash":"{{Hash}}"}""", code: "invalid_attachment");
        yield return Case("attachment extra property", attachment, $$"""{"name":"a","size":1,"hash":"{{Hash}}","url":"http://x"}""", code: "invalid_attachment");
        yield return Case("attachment too large", attachment, $$"""{"name":"a","size":1001,"hash":"{{Hash}}"}""", code: "too_large");
        yield return Case("attachment type", attachment, "\"a.pdf\"", code: "type");

        var rich = Field("v", FieldType.RichText) with { MaxLength = 40 };
        yield return Case("rich text sanitised", rich, "\"<p onclick=\\\"x()\\\">Hi<script>alert(1)</script></p>\"", "\"<p>Hi</p>\"");
        yield return Case("rich text too long after sanitising", rich, $"\"<p>{new string('x', 41)}</p>\"", code: "too_long");
        yield return Case("rich text type", rich, "{}", code: "type");
    }

    private static TestCaseData Case(string name, FieldDefinition field, string value, string? stored = null, string? code = null) =>
        new TestCaseData(field, value, stored, code).SetName(name);

    [TestCaseSource(nameof(Cases))]
    public void Validates_and_normalises_each_type(FieldDefinition field, string value, string? stored, string? code)
    {
        var form = Of(field);
        var submitted = Json($$"""{"v": {{value}}}""");
        if (code is null)
        {
            var result = ProcessingFixture.Harness.Processor.Process(form, null, submitted, FieldPermissionProfile.AllEditable);
            Assert.That(result["v"]!.ToJsonString(), Is.EqualTo(JsonNode.Parse(stored!)!.ToJsonString()));
        }
        else
        {
            Assert.That(ProcessingFixture.Harness.Processor.Errors(form, submitted), Is.EqualTo(new[] { $"v:{code}" }));
        }
    }

    [Test]
    public void Member_picker_accepts_an_enabled_member_and_refuses_unknown_and_newly_chosen_disabled_ones()
    {
        var harness = ProcessingFixture.Harness;
        var form = Of(Field("who", FieldType.Member));
        Assert.Multiple(() =>
        {
            Assert.That(harness.Processor.Errors(form, Json($$"""{"who":"{{harness.Alice}}"}""")), Is.Empty);
            Assert.That(harness.Processor.Errors(form, Json("""{"who":"nobody"}""")), Is.EqualTo(new[] { "who:unknown_reference" }));
            Assert.That(harness.Processor.Errors(form, Json($$"""{"who":"{{harness.Dave}}"}""")), Is.EqualTo(new[] { "who:disabled_reference" }));
            Assert.That(harness.Processor.Errors(form, Json($$"""{"who":"{{harness.Dave}}"}"""), stored: Json($$"""{"who":"{{harness.Dave}}"}""")), Is.Empty, "kept from before");
            Assert.That(harness.Processor.Errors(form, Json("""{"who":1}""")), Is.EqualTo(new[] { "who:type" }));
        });
    }

    [Test]
    public void Department_picker_checks_the_department_exists()
    {
        var harness = ProcessingFixture.Harness;
        var form = Of(Field("dept", FieldType.Department));
        Assert.Multiple(() =>
        {
            Assert.That(harness.Processor.Errors(form, Json($$"""{"dept":"{{harness.Finance}}"}""")), Is.Empty);
            Assert.That(harness.Processor.Errors(form, Json("""{"dept":"nowhere"}""")), Is.EqualTo(new[] { "dept:unknown_reference" }));
        });
    }

    [TestCase(FieldType.Text, "\"\"")]
    [TestCase(FieldType.Text, "null")]
    [TestCase(FieldType.MultiSelect, "[]")]
    [TestCase(FieldType.Number, null)]
    public void A_required_field_must_be_filled(FieldType type, string? value)
    {
        var field = Field("v", type) with { Required = true, Options = Colours };
        var submitted = value is null ? new JsonObject() : Json($$"""{"v": {{value}}}""");
        Assert.That(ProcessingFixture.Harness.Processor.Errors(Of(field), submitted), Is.EqualTo(new[] { "v:required" }));
    }

    [Test]
    public void An_optional_empty_field_is_not_stored()
    {
        var form = Of(Field("a", FieldType.Text), Field("b", FieldType.Number));
        var result = ProcessingFixture.Harness.Processor.Process(form, null, Json("""{"a":"","b":null}"""), FieldPermissionProfile.AllEditable);
        Assert.That(result.Count, Is.Zero);
    }

    [Test]
    public void Unknown_fields_are_rejected_and_every_error_comes_back_together()
    {
        var form = Of(Field("title", FieldType.Text) with { Required = true }, Field("qty", FieldType.Number) with { Max = "10" });
        var errors = ProcessingFixture.Harness.Processor.Errors(form, Json("""{"qty":11,"colour":"red","size":2}"""));
        Assert.That(errors, Is.EquivalentTo(new[] { "colour:unknown_field", "size:unknown_field", "title:required", "qty:out_of_range" }));
    }
}
