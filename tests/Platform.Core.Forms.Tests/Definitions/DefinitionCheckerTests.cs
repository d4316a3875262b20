using Platform.Contracts.Forms.Definitions;
using Platform.Core.Forms.Tests.Support;
using static Platform.Core.Forms.Tests.Support.Forms;

namespace Platform.Core.Forms.Tests.Definitions;

/// <summary>Publishing checks: every problem of a definition reported together, each with its path and code.</summary>
public sealed class DefinitionCheckerTests
{
    private static string[] Check(FormDefinition definition) =>
        ProcessingFixture.Harness.Checker.Check(definition).Select(e => $"{e.Field}:{e.Code}").ToArray();

    [Test]
    public void A_sound_definition_has_no_errors()
    {
        var form = Of(
            Field("title", FieldType.Text) with { Required = true, Pattern = "^[A-Z]", Queryable = true },
            Field("amount", FieldType.Money) with { Min = "0", Max = "100.5", Currency = "USD", Queryable = true },
            Field("kind", FieldType.SingleSelect) with { Options = [new("a", "A")] },
            Field("items", FieldType.SubTable) with
            {
                MinRows = 1,
                MaxRows = 10,
                Columns = [Field("qty", FieldType.Number), Field("price", FieldType.Money), Field("line", FieldType.Computed) with { Expression = "qty * price", ResultType = FieldType.Money }],
            },
            Field("net", FieldType.Computed) with { Expression = "sum(items.line)", ResultType = FieldType.Money },
            Field("gross", FieldType.Computed) with { Expression = "net * 1.13 + count(items, r => r.qty > 1)", ResultType = FieldType.Money },
            Field("big", FieldType.Computed) with { Expression = "items.filter(r => r.qty > 1).length + items.length + len(items[0].qty)", ResultType = FieldType.Number }) with
        {
            Rules = [new FormRule("amount >= net", "amount_too_small", "The amount is below the items.") { Field = "amount" }],
        };
        Assert.That(Check(form), Is.Empty);
    }

    [Test]
    public void Every_problem_is_reported_together_with_its_path()
    {
        var form = new FormDefinition
        {
            Key = "Bad Key",
            Name = "",
            Fields =
            [
                Field("1st", FieldType.Text),
                Field("dup", FieldType.Text) with { Label = "" },
                Field("dup", FieldType.Number) with { Precision = 9, Min = "ten", Max = "5" },
                Field("choice", FieldType.SingleSelect),
                Field("many", FieldType.MultiSelect) with { Options = [new("a", "A"), new("a", "Again")] },
                Field("money", FieldType.Money) with { Currency = "usd", Min = "10", Max = "1" },
                Field("code", FieldType.Text) with { Pattern = "([a-z" },
                Field("when", FieldType.Date) with { Min = "2026-02-30" },
                Field("calc", FieldType.Computed) with { ResultType = FieldType.Attachment },
                Field("notes", FieldType.LongText) with { Queryable = true, MinLength = 5, MaxLength = 2 },
                Field("rows", FieldType.SubTable),
                Field("table", FieldType.SubTable) with
                {
                    MinRows = 3,
                    MaxRows = 1,
                    Columns = [Field("inner", FieldType.SubTable) with { Columns = [Field("x", FieldType.Text)] }, Field("c", FieldType.Text) with { Queryable = true }],
                },
                Field("sum", FieldType.Number),
            ],
            Rules = [new FormRule("money >", "Bad Code", "")  { Field = "nowhere" }],
        };
        Assert.That(Check(form), Is.EquivalentTo(new[]
        {
            "key:invalid_key",
            "name:required",
            "fields[0].key:invalid_key",
            "fields[1].label:required",
            "fields[2].key:duplicate_key",
            "fields[2].precision:invalid_precision",
            "fields[2].min:invalid_limit",
            "fields[3].options:required",
            "fields[4].options[1].value:duplicate_option",
            "fields[5].currency:invalid_currency",
            "fields[5].min:invalid_range",
            "fields[6].pattern:invalid_pattern",
            "fields[7].min:invalid_limit",
            "fields[8].resultType:invalid_result_type",
            "fields[8].expression:required",
            "fields[9].queryable:not_queryable",
            "fields[9].minLength:invalid_range",
            "fields[10].columns:required",
            "fields[11].minRows:invalid_range",
            "fields[11].columns[0].type:nested_sub_table",
            "fields[11].columns[1].queryable:not_queryable",
            "fields[12].key:reserved_key",
            "rules[0].expression:expression_syntax",
            "rules[0].code:invalid_code",
            "rules[0].message:required",
            "rules[0].field:unknown_field",
        }));
    }

    [Test]
    public void Expression_syntax_errors_carry_line_and_column()
    {
        var form = Of(Field("a", FieldType.Number), Field("b", FieldType.Computed) with { Expression = "a +\n  * 2", ResultType = FieldType.Number });
        var error = ProcessingFixture.Harness.Checker.Check(form).Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Field, Is.EqualTo("fields[1].expression"));
            Assert.That(error.Code, Is.EqualTo("expression_syntax"));
            Assert.That(error.Message, Does.StartWith("2:3"));
        });
    }

    [Test]
    public void Unknown_names_and_unknown_sub_table_columns_are_reported()
    {
        var form = Of(
            Field("items", FieldType.SubTable) with { Columns = [Field("amount", FieldType.Money), Field("line", FieldType.Computed) with { Expression = "amount * rate", ResultType = FieldType.Money }] },
            Field("total", FieldType.Computed) with { Expression = "sum(items.amout) + shipping", ResultType = FieldType.Money }) with
        {
            Rules = [new FormRule("totl > 0", "positive", "Must be positive.")],
        };
        var errors = ProcessingFixture.Harness.Checker.Check(form);
        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => $"{e.Field}:{e.Code}"), Is.EquivalentTo(new[]
            {
                "fields[0].columns[1].expression:unknown_name",
                "fields[1].expression:unknown_name",
                "fields[1].expression:unknown_name",
                "rules[0].expression:unknown_name",
            }));
            Assert.That(errors.Select(e => e.Message), Has.Some.Contains("items.amout"));
            Assert.That(errors.Select(e => e.Message), Has.Some.Contains("shipping"));
        });
    }

    [Test]
    public void Computed_fields_that_depend_on_each_other_in_a_cycle_are_refused()
    {
        var form = Of(
            Field("a", FieldType.Computed) with { Expression = "b + 1", ResultType = FieldType.Number },
            Field("b", FieldType.Computed) with { Expression = "c + 1", ResultType = FieldType.Number },
            Field("c", FieldType.Computed) with { Expression = "a + 1", ResultType = FieldType.Number },
            Field("d", FieldType.Computed) with { Expression = "d * 2", ResultType = FieldType.Number },
            Field("e", FieldType.Computed) with { Expression = "a + d", ResultType = FieldType.Number });
        var errors = ProcessingFixture.Harness.Checker.Check(form);
        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => e.Code), Is.All.EqualTo("computed_cycle"));
            Assert.That(errors.Select(e => e.Field), Is.EquivalentTo(new[] { "fields[0].expression", "fields[3].expression" }));
            Assert.That(errors[0].Message, Does.Contain("a → b → c → a"));
        });
    }
}
