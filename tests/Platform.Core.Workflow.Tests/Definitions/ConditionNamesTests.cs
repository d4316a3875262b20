using Platform.Core.Workflow.Definitions;

namespace Platform.Core.Workflow.Tests.Definitions;

/// <summary>The names a condition reads, as the unknown-field check sees them.</summary>
public sealed class ConditionNamesTests
{
    [TestCase("amount > 1000", "amount")]
    [TestCase("sum(items.cost) > 5 && applicant.level >= 3", "items.cost applicant.level")]
    [TestCase("items.some(r => r.cost > 100)", "items")]
    [TestCase("count(items, (row, i) => row.what == 'x' && i > 0)", "items")]
    [TestCase("`${title} (${amount})` != 'it\\'s'", "title amount")]
    [TestCase("({ a: amount, b: 1 }).a > (flag ? x : y)", "amount flag x y")]
    [TestCase("note ?? 'none' // a comment with words\n", "note")]
    [TestCase("/* skip this */ typeof total == \"number\" && item?.price > 0.5", "total item.price")]
    [TestCase("true && null == undefined", "")]
    public void Free_names_are_found_and_everything_else_is_skipped(string expression, string expected)
    {
        var names = ConditionNames.Of(expression).Select(n => n.Member is null ? n.Name : $"{n.Name}.{n.Member}");

        Assert.That(string.Join(' ', names), Is.EqualTo(expected));
    }
}
