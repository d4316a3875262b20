using System.Text.Json.Nodes;
using Platform.Contracts.Errors;
using Platform.Core.Forms.Expressions;

namespace Platform.Core.Forms.Tests.Expressions;

/// <summary>
/// The sandbox's own limits. The checker already refuses most of these expressions, so they are run through the
/// unchecked test hook to show the sandbox would stop them anyway.
/// </summary>
public sealed class ExpressionSandboxTests
{
    /// <summary>Every limit but time as configured; time generous, so that on a loaded machine only the limit under test can trip.</summary>
    private static readonly ExpressionOptions TimeIsPlenty = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static PlatformException Unchecked(string expression, ExpressionOptions? options = null) =>
        Assert.Throws<PlatformException>(() => ExpressionTestData.Engine(options).CreateScope([]).EvaluateUnchecked(expression))!;

    [Test]
    public void Endless_recursion_is_stopped_by_the_recursion_limit()
    {
        Assert.That(ExpressionTestData.Engine().Check("(f => f(f))(f => f(f))"), Is.Not.Empty, "the checker refuses it");

        var failure = Unchecked("(f => f(f))(f => f(f))", TimeIsPlenty);

        Assert.That(failure.Code, Is.EqualTo("expression.limit_exceeded"));
        Assert.That(failure.Message, Does.Contain("recursion limit of 64"));
    }

    [Test]
    public void A_huge_allocation_is_stopped_by_the_memory_limit()
    {
        Assert.That(ExpressionTestData.Engine().Check("Array(1e8).fill(0).length"), Is.Not.Empty, "the checker refuses it");

        var failure = Unchecked("Array(1e8).fill(0).length", TimeIsPlenty);

        Assert.That(failure.Code, Is.EqualTo("expression.limit_exceeded"));
        Assert.That(failure.Message, Does.Contain("memory limit"));
    }

    [Test]
    public void An_endless_loop_is_stopped_by_the_statement_limit()
    {
        var failure = Unchecked("(() => { while (true) {} })()", TimeIsPlenty);

        Assert.That(failure.Code, Is.EqualTo("expression.limit_exceeded"));
        Assert.That(failure.Message, Does.Contain("limit of 10000 steps"));
    }

    [Test]
    public void An_endless_loop_is_stopped_by_the_time_limit_when_steps_are_plentiful()
    {
        var options = new ExpressionOptions { Timeout = TimeSpan.FromMilliseconds(50), MaxStatements = int.MaxValue };

        var failure = Unchecked("(() => { while (true) {} })()", options);

        Assert.That(failure.Code, Is.EqualTo("expression.limit_exceeded"));
        Assert.That(failure.Message, Does.Contain("time limit of 50 ms"));
    }

    [Test]
    public void A_long_computation_in_the_checked_language_is_stopped_too()
    {
        var rows = new JsonArray();
        for (var i = 0; i < 100; i++)
        {
            rows.Add(new JsonObject { ["n"] = i });
        }

        var failure = Assert.Throws<PlatformException>(() => ExpressionTestData.Engine().Evaluate(
            "items.map(a => items.map(b => items.map(c => a.n + b.n + c.n)))", new JsonObject { ["items"] = rows }))!;

        Assert.That(failure.Code, Is.EqualTo("expression.limit_exceeded"));
    }

    [TestCase("System")]
    [TestCase("importNamespace('System.IO')")]
    [TestCase("require('fs')")]
    [TestCase("fetch('http://example.com')")]
    public void Host_and_dotnet_access_is_not_reachable(string expression)
    {
        Assert.That(ExpressionTestData.Engine().Check(expression), Is.Not.Empty, "the checker refuses it");

        var failure = Unchecked(expression);

        Assert.That(failure.Code, Is.EqualTo("expression.failed"));
        Assert.That(failure.Message, Does.Contain("is not defined"));
    }

    [Test]
    public void Code_from_strings_cannot_be_compiled()
    {
        var failure = Unchecked("(1).constructor.constructor('return 1')()");

        Assert.That(failure.Code, Is.EqualTo("expression.failed"));
    }

    [Test]
    public void A_name_the_data_does_not_have_is_unknown_at_run_time()
    {
        var failure = Assert.Throws<PlatformException>(() => ExpressionTestData.Engine().Evaluate("1 +\n  System", []))!;

        Assert.That(failure.Code, Is.EqualTo("expression.invalid"), "System is refused even without a scope");
        var unknown = Assert.Throws<PlatformException>(() => ExpressionTestData.Engine().Evaluate("1 +\n  missing", []))!;
        Assert.That(unknown.Code, Is.EqualTo("expression.failed"));
        Assert.That(unknown.Message, Does.Contain("unknown name 'missing' at 2:3"));
    }
}
