using System.Text.Json.Nodes;
using NJsonSchema;
using Platform.Contracts.Forms.Definitions;
using Platform.Core.Forms.Tests.Support;
using static Platform.Core.Forms.Tests.Support.Forms;

namespace Platform.Core.Forms.Tests.Processing;

/// <summary>The JSON Schema of a form version accepts data the server accepts and rejects obvious mistakes.</summary>
public sealed class SchemaExporterTests
{
    private static readonly FormDefinition Form = Of(
        Field("title", FieldType.Text) with { Required = true, MaxLength = 10 },
        Field("amount", FieldType.Money),
        Field("qty", FieldType.Number) with { Min = "0", Max = "10" },
        Field("on", FieldType.Date),
        Field("at", FieldType.DateTime),
        Field("kind", FieldType.SingleSelect) with { Options = [new("a", "A"), new("b", "B")] },
        Field("tags", FieldType.MultiSelect) with { Options = [new("x", "X"), new("y", "Y")] },
        Field("ok", FieldType.Boolean),
        Field("file", FieldType.Attachment),
        Field("items", FieldType.SubTable) with { MaxRows = 2, Columns = [Field("what", FieldType.Text) with { Required = true }, Field("cost", FieldType.Money)] },
        Field("total", FieldType.Computed) with { Expression = "sum(items.cost)", ResultType = FieldType.Money });

    private static JsonSchema Schema() =>
        JsonSchema.FromJsonAsync(ProcessingFixture.Harness.Exporter.Export(new PublishedForm("test", 3, Form, DateTimeOffset.UnixEpoch))).GetAwaiter().GetResult();

    [Test]
    public void Describes_fields_with_titles_types_and_read_only_computed_fields()
    {
        var text = ProcessingFixture.Harness.Exporter.Export(new PublishedForm("test", 3, Form, DateTimeOffset.UnixEpoch));
        TestContext.Out.WriteLine(text);
        var json = JsonNode.Parse(text)!;
        Assert.Multiple(() =>
        {
            Assert.That(json["additionalProperties"]!.GetValue<bool>(), Is.False);
            Assert.That(json["required"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "title" }));
            Assert.That(json["properties"]!["title"]!["title"]!.GetValue<string>(), Is.EqualTo("title"));
            Assert.That(json["properties"]!["on"]!["format"]!.GetValue<string>(), Is.EqualTo("date"));
            Assert.That(json["properties"]!["total"]!["readOnly"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public void A_valid_record_passes_the_schema()
    {
        var data = $$"""
            {"title":"Trip","amount":"12.50","qty":3,"on":"2026-03-02","at":"2026-03-02T09:00:00Z","kind":"a","tags":["x","y"],"ok":true,
             "file":{"name":"a.pdf","size":10,"hash":"{{new string('0', 64)}}"},"items":[{"what":"taxi","cost":"1.00"}],"total":"1.00"}
            """;
        Assert.Multiple(() =>
        {
            Assert.That(Schema().Validate(data), Is.Empty);
            Assert.That(ProcessingFixture.Harness.Processor.Errors(Form, Json(data.Replace(",\"total\":\"1.00\"", "", StringComparison.Ordinal))), Is.Empty, "the server accepts it too (computed fields are not sent)");
        });
    }

    [TestCase("""{"amount":"1.00"}""", "title is required")]
    [TestCase("""{"title":"a","colour":"red"}""", "unknown property")]
    [TestCase("""{"title":"a very long title"}""", "too long")]
    [TestCase("""{"title":"a","amount":"1.234"}""", "money precision")]
    [TestCase("""{"title":"a","qty":11}""", "above maximum")]
    [TestCase("""{"title":"a","kind":"c"}""", "not an option")]
    [TestCase("""{"title":"a","tags":["z"]}""", "not an option in a list")]
    [TestCase("""{"title":"a","items":[{"cost":"1.00"}]}""", "row without its required column")]
    [TestCase("""{"title":"a","items":[{"what":"1"},{"what":"2"},{"what":"3"}]}""", "too many rows")]
    [TestCase("""{"title":"a","file":{"name":"a","size":1,"hash":"zz"}}""", "bad hash")]
    public void An_invalid_record_fails_the_schema(string data, string why) =>
        Assert.That(Schema().Validate(data), Is.Not.Empty, why);
}
