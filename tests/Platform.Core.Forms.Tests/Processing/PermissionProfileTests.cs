using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Core.Forms.Tests.Support;
using static Platform.Core.Forms.Tests.Support.Forms;

namespace Platform.Core.Forms.Tests.Processing;

/// <summary>Per-node field permissions enforced by the server: hidden, read-only, editable, required — for fields and sub-table columns.</summary>
public sealed class PermissionProfileTests
{
    private static readonly FormDefinition Form = Of(
        Field("title", FieldType.Text),
        Field("salary", FieldType.Money),
        Field("approved", FieldType.Boolean),
        Field("comment", FieldType.LongText),
        Field("items", FieldType.SubTable) with
        {
            Columns = [Field("what", FieldType.Text), Field("cost", FieldType.Money), Field("audit", FieldType.Text)],
        },
        Field("total", FieldType.Computed) with { Expression = "sum(items.cost)", ResultType = FieldType.Money });

    private static readonly string Stored = """
        {"title":"Trip","salary":"9000.00","approved":false,"items":[{"what":"taxi","cost":"10.00","audit":"ok"}],"total":"10.00"}
        """;

    private static Platform.Core.Forms.Processing.IRecordProcessor Processor => ProcessingFixture.Harness.Processor;

    [Test]
    public void Hidden_fields_and_columns_are_not_returned()
    {
        var profile = Profile(("salary", FieldAccess.Hidden), ("items.audit", FieldAccess.Hidden));
        var seen = Processor.Redact(Form, Json(Stored), profile);
        Assert.That(seen.ToJsonString(), Is.EqualTo("""{"title":"Trip","approved":false,"items":[{"what":"taxi","cost":"10.00"}],"total":"10.00"}"""));
    }

    [Test]
    public void A_hidden_table_hides_its_columns_even_when_a_column_is_listed()
    {
        var profile = Profile(("items", FieldAccess.Hidden), ("items.what", FieldAccess.Editable));
        Assert.Multiple(() =>
        {
            Assert.That(Processor.Redact(Form, Json(Stored), profile).ContainsKey("items"), Is.False);
            Assert.That(Processor.Errors(Form, Json("""{"title":"Trip","items":[{"what":"x"}]}"""), Json(Stored), profile), Is.EqualTo(new[] { "items:hidden" }));
        });
    }

    [Test]
    public void Default_hidden_hides_everything_not_listed()
    {
        var profile = new FieldPermissionProfile(new Dictionary<string, FieldAccess> { ["title"] = FieldAccess.ReadOnly }, FieldAccess.Hidden);
        Assert.That(Processor.Redact(Form, Json(Stored), profile).ToJsonString(), Is.EqualTo("""{"title":"Trip"}"""));
    }

    [Test]
    public void Submitting_a_hidden_field_or_column_is_an_error()
    {
        var profile = Profile(("salary", FieldAccess.Hidden), ("items.audit", FieldAccess.Hidden));
        var errors = Processor.Errors(Form, Json("""{"title":"Trip","salary":"1.00","items":[{"what":"taxi","cost":"10","audit":"changed"}]}"""), Json(Stored), profile);
        Assert.That(errors, Is.EquivalentTo(new[] { "salary:hidden", "items[0].audit:hidden" }));
    }

    [Test]
    public void Hidden_fields_and_columns_keep_their_stored_values()
    {
        var profile = Profile(("salary", FieldAccess.Hidden), ("items.audit", FieldAccess.Hidden));
        var result = Processor.Process(Form, Json(Stored), Json("""{"title":"Trip 2","items":[{"what":"taxi","cost":"12"}]}"""), profile);
        Assert.Multiple(() =>
        {
            Assert.That(result["salary"]!.GetValue<string>(), Is.EqualTo("9000.00"));
            Assert.That(result["items"]![0]!["audit"]!.GetValue<string>(), Is.EqualTo("ok"));
            Assert.That(result["total"]!.GetValue<string>(), Is.EqualTo("12.00"));
        });
    }

    [Test]
    public void Changing_a_read_only_field_is_an_error_not_a_silent_ignore()
    {
        var profile = Profile(("title", FieldAccess.ReadOnly), ("approved", FieldAccess.ReadOnly));
        var errors = Processor.Errors(Form, Json("""{"title":"Other","approved":true}"""), Json(Stored), profile);
        Assert.That(errors, Is.EquivalentTo(new[] { "title:read_only", "approved:read_only" }));
    }

    [Test]
    public void An_unchanged_or_omitted_read_only_field_is_accepted_and_kept()
    {
        var profile = Profile(("title", FieldAccess.ReadOnly), ("salary", FieldAccess.ReadOnly));
        // "9000" normalises to the stored "9000.00": the same value.
        Assert.That(Processor.Errors(Form, Json("""{"title":"Trip","salary":9000,"comment":"fine"}"""), Json(Stored), profile), Is.Empty);
        var result = Processor.Process(Form, Json(Stored), Json("""{"title":"Trip","salary":9000,"comment":"fine"}"""), profile);
        Assert.Multiple(() =>
        {
            Assert.That(result["title"]!.GetValue<string>(), Is.EqualTo("Trip"));
            Assert.That(result["salary"]!.GetValue<string>(), Is.EqualTo("9000.00"));
            Assert.That(result["comment"]!.GetValue<string>(), Is.EqualTo("fine"));
            Assert.That(result.ContainsKey("approved"), Is.False, "an editable field left out is cleared");
        });
    }

    [Test]
    public void On_create_a_read_only_field_must_stay_empty()
    {
        var profile = Profile(("approved", FieldAccess.ReadOnly));
        Assert.Multiple(() =>
        {
            Assert.That(Processor.Errors(Form, Json("""{"approved":true}"""), null, profile), Is.EqualTo(new[] { "approved:read_only" }));
            Assert.That(Processor.Errors(Form, Json("""{"approved":null,"title":"x"}"""), null, profile), Is.Empty);
        });
    }

    [Test]
    public void Required_at_this_node_must_be_filled()
    {
        var profile = Profile(("comment", FieldAccess.Required), ("items", FieldAccess.Required));
        Assert.Multiple(() =>
        {
            Assert.That(Processor.Errors(Form, Json("""{"title":"Trip"}"""), Json(Stored), profile), Is.EquivalentTo(new[] { "comment:required", "items:required" }));
            Assert.That(Processor.Errors(Form, Json("""{"comment":"ok","items":[{}]}"""), Json(Stored), profile), Is.Empty, "columns of a required table inherit editable");
        });
    }

    [Test]
    public void Column_rules_apply_per_row()
    {
        var profile = Profile(("items.what", FieldAccess.ReadOnly), ("items.cost", FieldAccess.Required));
        var errors = Processor.Errors(Form, Json("""{"items":[{"what":"bus","audit":"x"},{"what":"new row","cost":"1"}]}"""), Json(Stored), profile);
        Assert.That(errors, Is.EquivalentTo(new[] { "items[0].what:read_only", "items[0].cost:required", "items[1].what:read_only" }));
    }

    [Test]
    public void A_read_only_table_cannot_gain_or_lose_rows_but_its_listed_editable_columns_can_change()
    {
        var profile = Profile(("items", FieldAccess.ReadOnly), ("items.audit", FieldAccess.Editable));
        Assert.Multiple(() =>
        {
            Assert.That(Processor.Errors(Form, Json("""{"items":[]}"""), Json(Stored), profile), Is.EqualTo(new[] { "items:read_only" }));
            Assert.That(Processor.Errors(Form, Json("""{"items":[{"what":"taxi","cost":"10.00","audit":"checked"}]}"""), Json(Stored), profile), Is.Empty);
            Assert.That(Processor.Errors(Form, Json("""{"items":[{"what":"bus","cost":"10.00"}]}"""), Json(Stored), profile), Is.EqualTo(new[] { "items[0].what:read_only" }));
        });
    }

    [TestCase(FieldType.Number, "12.5", "12.50")]
    [TestCase(FieldType.Number, "3", "3.0")]
    [TestCase(FieldType.DateTime, "\"2026-03-02T01:30:00Z\"", "\"2026-03-02T09:30:00+08:00\"")]
    [TestCase(FieldType.Money, "\"5.00\"", "\"5\"")]
    public void A_read_only_value_sent_in_another_spelling_is_unchanged(FieldType type, string stored, string submitted)
    {
        var form = Of(Field("v", type) with { Precision = type == FieldType.Number ? 2 : null });
        var profile = Profile(("v", FieldAccess.ReadOnly));
        Assert.Multiple(() =>
        {
            Assert.That(Processor.Errors(form, Json($$"""{"v":{{submitted}}}"""), Json($$"""{"v":{{stored}}}"""), profile), Is.Empty);
            Assert.That(Processor.Errors(form, Json("""{"v":null}"""), Json($$"""{"v":{{stored}}}"""), profile), Is.EqualTo(new[] { "v:read_only" }), "clearing is a change");
        });
    }
}
