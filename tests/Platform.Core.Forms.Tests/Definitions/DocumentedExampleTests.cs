using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Core.Forms.Tests.Support;
using static Platform.Core.Forms.Tests.Support.Forms;

namespace Platform.Core.Forms.Tests.Definitions;

/// <summary>The example definition in docs/forms.md reads, passes the publish checks and processes a record as described.</summary>
public sealed class DocumentedExampleTests
{
    private static FormDefinition Example()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "forms.md")))
        {
            directory = directory.Parent;
        }

        Assert.That(directory, Is.Not.Null, "docs/forms.md not found above the test output");
        var text = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "forms.md"));
        var start = text.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) } };
        return JsonSerializer.Deserialize<FormDefinition>(json, options)!;
    }

    [Test]
    public void The_documented_definition_is_sound_and_computes_its_total()
    {
        var form = Example();
        var harness = ProcessingFixture.Harness;
        Assert.That(harness.Checker.Check(form), Is.Empty);
        var record = harness.Processor.Process(form, null, Json($$"""
            {"title":"Trip","category":"travel","startDate":"2026-03-01","endDate":"2026-03-03","approver":"{{harness.Alice}}",
             "items":[{"what":"taxi","qty":2,"price":"12.5"},{"what":"hotel","qty":1,"price":300}]}
            """), FieldPermissionProfile.AllEditable);
        Assert.Multiple(() =>
        {
            Assert.That(record["items"]![0]!["amount"]!.GetValue<string>(), Is.EqualTo("25.00"));
            Assert.That(record["total"]!.GetValue<string>(), Is.EqualTo("325.00"));
            Assert.That(harness.Processor.Errors(form, Json("""{"title":"Trip","startDate":"2026-03-03","endDate":"2026-03-01","items":[{"what":"x"}]}""")),
                Is.EqualTo(new[] { "endDate:end_before_start" }));
        });
    }
}
