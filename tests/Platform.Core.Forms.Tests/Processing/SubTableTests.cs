using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Core.Forms.Tests.Support;
using static Platform.Core.Forms.Tests.Support.Forms;

namespace Platform.Core.Forms.Tests.Processing;

/// <summary>Sub-tables (明细表): rows validated per column with paths such as <c>items[3].amount</c>, row counts, unknown columns.</summary>
public sealed class SubTableTests
{
    private static readonly FormDefinition Form = Of(
        Field("items", FieldType.SubTable) with
        {
            MinRows = 1,
            MaxRows = 5,
            Columns =
            [
                Field("what", FieldType.Text) with { Required = true },
                Field("amount", FieldType.Money) with { Min = "0" },
                Field("kind", FieldType.SingleSelect) with { Options = [new("a", "A"), new("b", "B")] },
            ],
        });

    [Test]
    public void Valid_rows_are_normalised_and_empty_cells_dropped()
    {
        var result = ProcessingFixture.Harness.Processor.Process(Form, null, Json("""{"items":[{"what":"taxi","amount":"12.5"},{"what":"meal","amount":30,"kind":""}]}"""), FieldPermissionProfile.AllEditable);
        Assert.That(result.ToJsonString(), Is.EqualTo("""{"items":[{"what":"taxi","amount":"12.50"},{"what":"meal","amount":"30.00"}]}"""));
    }

    [Test]
    public void Each_cell_error_names_its_row_and_column()
    {
        var errors = ProcessingFixture.Harness.Processor.Errors(Form, Json("""
            {"items":[
              {"what":"a","amount":"1"},
              {"what":"b","amount":"-1"},
              {"amount":"2","kind":"c"},
              {"what":"d","amount":"x1","colour":"red"},
              "not a row"
            ]}
            """));
        Assert.That(errors, Is.EquivalentTo(new[]
        {
            "items[1].amount:out_of_range",
            "items[2].what:required",
            "items[2].kind:not_an_option",
            "items[3].colour:unknown_field",
            "items[3].amount:type",
            "items[4]:type",
        }));
    }

    [Test]
    public void Row_counts_are_enforced()
    {
        var row = """{"what":"x"}""";
        Assert.Multiple(() =>
        {
            Assert.That(ProcessingFixture.Harness.Processor.Errors(Form, Json("""{"items":[]}""")), Is.EqualTo(new[] { "items:too_few_rows" }));
            Assert.That(ProcessingFixture.Harness.Processor.Errors(Form, Json($$"""{"items":[{{string.Join(",", Enumerable.Repeat(row, 6))}}]}""")), Is.EqualTo(new[] { "items:too_many_rows" }));
            Assert.That(ProcessingFixture.Harness.Processor.Errors(Form, Json("""{"items":{}}""")), Is.EqualTo(new[] { "items:type" }));
        });
    }

    [Test]
    public void A_required_sub_table_needs_a_row()
    {
        var form = Of(Field("items", FieldType.SubTable) with { Required = true, Columns = [Field("what", FieldType.Text)] });
        Assert.That(ProcessingFixture.Harness.Processor.Errors(form, Json("{}")), Is.EqualTo(new[] { "items:required" }));
    }
}
