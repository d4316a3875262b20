using System.Text.Json.Nodes;
using Platform.Contracts.Errors;

namespace Platform.Core.Forms.Tests.Expressions;

public sealed class ExpressionScopeTests
{
    [Test]
    public void A_scope_evaluates_many_expressions_over_data_converted_once()
    {
        var scope = ExpressionTestData.Engine().CreateScope(ExpressionTestData.Record());

        Assert.That(scope.Evaluate("sum(items.amount)")!.GetValue<double>(), Is.EqualTo(350.5));
        Assert.That(scope.Evaluate("count(items)")!.GetValue<long>(), Is.EqualTo(3));
        Assert.That(scope.IsTrue("flag"), Is.True);
    }

    [Test]
    public void A_value_set_on_the_scope_is_read_by_later_expressions()
    {
        var scope = ExpressionTestData.Engine().CreateScope(ExpressionTestData.Record());

        scope.Set("total", scope.Evaluate("sum(items.amount)"));

        Assert.That(scope.Evaluate("total * 2")!.ToJsonString(), Is.EqualTo("701"));
    }

    [Test]
    public void A_declared_field_missing_from_the_data_reads_as_null()
    {
        var engine = ExpressionTestData.Engine();

        Assert.That(engine.CreateScope([], declaredNames: ["remark"]).Evaluate("remark ?? 'none'")!.GetValue<string>(), Is.EqualTo("none"));
        Assert.That(Assert.Throws<PlatformException>(() => engine.CreateScope([]).Evaluate("remark ?? 'none'"))!.Code, Is.EqualTo("expression.failed"));
    }

    [Test]
    public void A_field_cannot_hide_a_function()
    {
        var data = new JsonObject { ["sum"] = 5, ["items"] = new JsonArray(1, 2) };

        Assert.That(ExpressionTestData.Engine().Evaluate("sum(items)", data)!.ToJsonString(), Is.EqualTo("3"));
    }

    [Test]
    public void A_sub_table_comes_back_as_plain_rows_without_its_column_lists()
    {
        var result = ExpressionTestData.Engine().Evaluate("items", ExpressionTestData.Record());

        Assert.That(JsonNode.DeepEquals(result, ExpressionTestData.Record()["items"]), Is.True, result?.ToJsonString());
    }

    [Test]
    public void Whole_numbers_come_back_as_integers_and_fractions_as_doubles()
    {
        var engine = ExpressionTestData.Engine();

        Assert.That(engine.Evaluate("6 / 2", [])!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.Number));
        Assert.That(engine.Evaluate("6 / 2", [])!.ToJsonString(), Is.EqualTo("3"));
        Assert.That(engine.Evaluate("0.1 + 0.2", [])!.GetValue<double>(), Is.EqualTo(0.1 + 0.2));
    }

    [Test]
    public void A_parsed_expression_is_cached_by_its_text()
    {
        var engine = ExpressionTestData.Engine();

        Assert.That(engine.Compile("qty + 1"), Is.SameAs(engine.Compile("qty + 1")));
    }

    [Test]
    public void One_engine_serves_many_threads_each_with_its_own_scope()
    {
        var engine = ExpressionTestData.Engine();
        var results = new double[64];

        Parallel.For(0, results.Length, i =>
        {
            var scope = engine.CreateScope(new JsonObject { ["items"] = new JsonArray(new JsonObject { ["amount"] = i }, new JsonObject { ["amount"] = 1 }) });
            results[i] = scope.Evaluate("sum(items.amount) * 2")!.GetValue<long>();
        });

        Assert.That(results, Is.EqualTo(Enumerable.Range(0, results.Length).Select(i => (i + 1) * 2.0)));
    }
}
