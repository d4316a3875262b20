using System.Text.Json.Nodes;
using Platform.Contracts.Forms.Expressions;
using Platform.Core.Forms.Expressions;

namespace Platform.Core.Forms.Processing;

/// <summary>
/// One record's values made available to expressions: with the engine's own <see cref="ExpressionScope"/> the data is
/// converted once for every computed field and rule; with any other <see cref="IExpressionEngine"/> each expression
/// is evaluated over the data as it is.
/// </summary>
internal sealed class RecordScope
{
    private readonly IExpressionEngine engine;
    private readonly ExpressionScope? scope;
    private JsonObject data;

    private RecordScope(IExpressionEngine engine, JsonObject data, IReadOnlyCollection<string> declared)
    {
        this.engine = engine;
        this.data = data;
        scope = engine is ExpressionEngine own ? own.CreateScope(data, declaredNames: declared) : null;
    }

    public static RecordScope Create(IExpressionEngine engine, JsonObject data, IReadOnlyCollection<string> declared) => new(engine, data, declared);

    /// <summary>Points the scope at another row of a sub-table: each column's value is set anew.</summary>
    public void Load(JsonObject row, IReadOnlyList<FieldPlan> columns)
    {
        data = row;
        if (scope is null)
        {
            return;
        }

        foreach (var column in columns)
        {
            scope.Set(column.Key, row[column.Key]);
        }
    }

    /// <summary>Gives a name its new value (a computed result), for the expressions evaluated after it.</summary>
    public void Set(string name, JsonNode? value)
    {
        data[name] = value;
        scope?.Set(name, value);
    }

    public JsonNode? Evaluate(string expression) => scope is not null ? scope.Evaluate(expression) : engine.Evaluate(expression, data);

    public bool IsTrue(string expression) => scope is not null ? scope.IsTrue(expression) : engine.IsTrue(expression, data);
}
