using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Expressions;

namespace Platform.Core.Forms.Tests.Expressions;

public sealed class ExpressionCheckTests
{
    [TestCase("sum(items.amount) > 100 && !isEmpty(title)")]
    [TestCase("items.filter(r => r.amount > 0 && r.done).length")]
    [TestCase("note ?? `${qty} pcs`")]
    [TestCase("row['unit price'] * 2")]
    public void A_sound_expression_has_no_errors(string expression) =>
        Assert.That(ExpressionTestData.Engine().Check(expression), Is.Empty);

    [TestCase("amount > ", 1, 10)]
    [TestCase("a +\n  * 2", 2, 3)]
    [TestCase("a b", 1, 3)]
    [TestCase("a; b", 1, 2)]
    [TestCase("for (;;) {}", 1, 1)]
    [TestCase("if (a) b", 1, 1)]
    [TestCase("", 1, 1)]
    public void Syntax_errors_point_at_their_line_and_column(string expression, int line, int column)
    {
        var errors = ExpressionTestData.Engine().Check(expression);

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That((errors[0].Line, errors[0].Column), Is.EqualTo((line, column)), errors[0].Message);
    }

    [TestCase("amount = 5", 1, 1, "Assignment")]
    [TestCase("qty++", 1, 1, "'++'")]
    [TestCase("new Date()", 1, 1, "'new'")]
    [TestCase("function () { return 1 }", 1, 1, "Functions are not allowed")]
    [TestCase("items.filter(function (r) { return r.done })", 1, 14, "Functions are not allowed")]
    [TestCase("this.x", 1, 1, "'this'")]
    [TestCase("qty.constructor", 1, 5, "'constructor'")]
    [TestCase("items['__proto__']", 1, 7, "'__proto__'")]
    [TestCase("({ prototype: 1 })", 1, 4, "'prototype'")]
    [TestCase("eval('1')", 1, 1, "'eval' is not a function")]
    [TestCase("Function('return 1')", 1, 1, "'Function' is not a function")]
    [TestCase("Math.PI", 1, 1, "'Math' is not available")]
    [TestCase("'x'.repeat(100000000)", 1, 5, "'repeat' is not allowed")]
    [TestCase("Array(1e8).fill(0)", 1, 1, "'Array' is not a function")]
    [TestCase("(f => f(f))(f => f(f))", 1, 2, "Only the language's functions")]
    [TestCase("x => x", 1, 1, "only as an argument")]
    [TestCase("items.map(r => { return r })", 1, 11, "single expression")]
    [TestCase("items[i]", 1, 7, "Only a number or a quoted name")]
    [TestCase("'a' in tags", 1, 1, "'in'")]
    [TestCase("tags instanceof x", 1, 1, "'instanceof'")]
    [TestCase("delete row.x", 1, 1, "'delete'")]
    [TestCase("qty | 1", 1, 1, "'|'")]
    [TestCase("a, b", 1, 1, "comma")]
    [TestCase("/x/.test(s)", 1, 1, "Regular expressions")]
    [TestCase("[...tags]", 1, 2, "Spread")]
    [TestCase("tag`x`", 1, 1, "Tagged templates")]
    public void Forbidden_constructs_are_reported_with_their_position(string expression, int line, int column, string message)
    {
        var errors = ExpressionTestData.Engine().Check(expression);

        Assert.That(errors, Is.Not.Empty);
        Assert.That((errors[0].Line, errors[0].Column), Is.EqualTo((line, column)), errors[0].Message);
        Assert.That(errors[0].Message, Does.Contain(message));
    }

    [Test]
    public void Every_problem_is_reported_not_just_the_first() =>
        Assert.That(ExpressionTestData.Engine().Check("this.x + new Y()"), Is.EqualTo(new[]
        {
            new ExpressionError(1, 1, "'this' is not allowed"),
            new ExpressionError(1, 10, "'new' is not allowed"),
        }));

    [Test]
    public void With_known_names_an_unknown_field_is_reported_where_it_is_used()
    {
        var known = new HashSet<string> { "items", "qty", "amount" };

        Assert.That(ExpressionTestData.Engine().Check("amont > 1 && qty > 0", known), Is.EqualTo(new[] { new ExpressionError(1, 1, "Unknown name 'amont'") }));
        Assert.That(ExpressionTestData.Engine().Check("sum(items.amount) > limit", known), Is.EqualTo(new[] { new ExpressionError(1, 21, "Unknown name 'limit'") }));
        Assert.That(ExpressionTestData.Engine().Check("items.filter(r => r.amount > qty).length", known), Is.Empty, "arrow parameters and functions are known");
    }

    [Test]
    public void Evaluating_an_invalid_expression_fails_as_a_validation_error_with_the_position()
    {
        var failure = Assert.Throws<PlatformException>(() => ExpressionTestData.Engine().Evaluate("amount > ", ExpressionTestData.Record()))!;

        Assert.That(failure.Code, Is.EqualTo("expression.invalid"));
        Assert.That(failure.Kind, Is.EqualTo(ErrorKind.Validation));
        Assert.That(failure.Errors, Is.EqualTo(new[] { new FieldError("expression", "syntax", "Unexpected end of input at 1:10") }));
        Assert.That(failure.Message, Does.Contain("at 1:10"));
    }
}
