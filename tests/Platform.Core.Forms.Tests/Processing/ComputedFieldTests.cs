using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Core.Forms.Tests.Support;
using static Platform.Core.Forms.Tests.Support.Forms;

namespace Platform.Core.Forms.Tests.Processing;

/// <summary>Computed fields: evaluated on the server, in dependency order, with sub-table aggregates; never set by clients.</summary>
public sealed class ComputedFieldTests
{
    private static readonly FormDefinition Form = Of(
        Field("items", FieldType.SubTable) with
        {
            Columns =
            [
                Field("qty", FieldType.Number),
                Field("price", FieldType.Money),
                Field("amount", FieldType.Computed) with { Expression = "qty * price", ResultType = FieldType.Money },
            ],
        },
        // Listed before what it reads: the order of evaluation follows dependencies, not the layout.
        Field("gross", FieldType.Computed) with { Expression = "net * (1 + rate)", ResultType = FieldType.Money },
        Field("net", FieldType.Computed) with { Expression = "sum(items.amount)", ResultType = FieldType.Money },
        Field("rate", FieldType.Number) with { Precision = 2 },
        Field("lines", FieldType.Computed) with { Expression = "count(items)", ResultType = FieldType.Number },
        Field("big", FieldType.Computed) with { Expression = "net > 100", ResultType = FieldType.Boolean },
        Field("label", FieldType.Computed) with { Expression = "'Total ' + net", ResultType = FieldType.Text },
        Field("due", FieldType.Computed) with { Expression = "addDays('2026-03-01', lines)", ResultType = FieldType.Date },
        Field("third", FieldType.Computed) with { Expression = "net / 3", ResultType = FieldType.Number, Precision = 2 });

    private static readonly string Items = """[{"qty":2,"price":"10.25"},{"qty":1,"price":"99.50"},{"qty":3,"price":"0.10"}]""";

    [TestCase("{}")]
    [TestCase("""{"items":[]}""")]
    public void Aggregates_over_an_absent_or_empty_sub_table_are_zero(string submitted)
    {
        var result = ProcessingFixture.Harness.Processor.Process(Form, null, Json(submitted), FieldPermissionProfile.AllEditable);

        Assert.That(result["net"]?.GetValue<string>(), Is.EqualTo("0.00"));
        Assert.That(result["lines"]?.GetValue<decimal>(), Is.Zero);
    }

    [Test]
    public void Computes_row_columns_aggregates_and_chained_fields()
    {
        var result = ProcessingFixture.Harness.Processor.Process(Form, null, Json($$"""{"items":{{Items}},"rate":0.13}"""), FieldPermissionProfile.AllEditable);
        Assert.Multiple(() =>
        {
            Assert.That(result["items"]![0]!["amount"]!.GetValue<string>(), Is.EqualTo("20.50"));
            Assert.That(result["items"]![2]!["amount"]!.GetValue<string>(), Is.EqualTo("0.30"));
            Assert.That(result["net"]!.GetValue<string>(), Is.EqualTo("120.30"));
            Assert.That(result["gross"]!.GetValue<string>(), Is.EqualTo("135.94"), "120.30 × 1.13 = 135.939, rounded half away from zero");
            Assert.That(result["lines"]!.GetValue<decimal>(), Is.EqualTo(3m));
            Assert.That(result["big"]!.GetValue<bool>(), Is.True);
            Assert.That(result["label"]!.GetValue<string>(), Does.StartWith("Total 120.3"));
            Assert.That(result["due"]!.GetValue<string>(), Is.EqualTo("2026-03-04"));
            Assert.That(result["third"]!.GetValue<decimal>(), Is.EqualTo(40.1m));
        });
    }

    [Test]
    public void Aggregates_of_an_empty_sub_table()
    {
        Assert.That(ProcessingFixture.Harness.Processor.Errors(Form, Json("""{"rate":0}""")), Is.Empty);
        var result = ProcessingFixture.Harness.Processor.Process(Form, null, Json("""{"rate":0}"""), FieldPermissionProfile.AllEditable);
        Assert.That(result["net"]!.GetValue<string>(), Is.EqualTo("0.00"));
    }

    [Test]
    public void A_client_cannot_set_a_computed_field_or_column()
    {
        var errors = ProcessingFixture.Harness.Processor.Errors(Form, Json("""{"net":"1.00","items":[{"qty":1,"price":"1","amount":"5.00"}]}"""));
        Assert.That(errors, Is.EquivalentTo(new[] { "net:computed", "items[0].amount:computed" }));
    }

    [Test]
    public void Echoing_back_the_stored_result_is_accepted_and_recomputed()
    {
        var processor = ProcessingFixture.Harness.Processor;
        var first = processor.Process(Form, null, Json($$"""{"items":{{Items}},"rate":0}"""), FieldPermissionProfile.AllEditable);
        var again = processor.Process(Form, first, first.DeepClone().AsObject(), FieldPermissionProfile.AllEditable);
        Assert.That(again.ToJsonString(), Is.EqualTo(first.ToJsonString()));
    }

    [Test]
    public void A_failing_expression_is_reported_on_its_field()
    {
        var form = Of(Field("a", FieldType.Text), Field("b", FieldType.Computed) with { Expression = "addDays(a, 1)", ResultType = FieldType.Date });
        Assert.That(ProcessingFixture.Harness.Processor.Errors(form, Json("""{"a":"not a date"}""")), Is.EqualTo(new[] { "b:compute_failed" }));
    }

    [Test]
    public void Rules_run_after_computed_fields_and_report_their_code_and_field()
    {
        var form = Of(Field("start", FieldType.Date), Field("end", FieldType.Date), Field("days", FieldType.Computed) with { Expression = "daysBetween(start, end)", ResultType = FieldType.Number }) with
        {
            Rules =
            [
                new FormRule("days >= 0", "end_before_start", "The end is before the start.") { Field = "end" },
                new FormRule("days <= 30", "too_long_trip", "At most 30 days."),
            ],
        };
        var processor = ProcessingFixture.Harness.Processor;
        Assert.Multiple(() =>
        {
            Assert.That(processor.Errors(form, Json("""{"start":"2026-03-10","end":"2026-03-12"}""")), Is.Empty);
            Assert.That(processor.Errors(form, Json("""{"start":"2026-03-10","end":"2026-03-01"}""")), Is.EqualTo(new[] { "end:end_before_start" }));
            Assert.That(processor.Errors(form, Json("""{"start":"2026-01-01","end":"2026-03-01"}""")), Is.EqualTo(new[] { ":too_long_trip" }));
        });
    }
}
