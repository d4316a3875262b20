using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Platform.Contracts.Errors;

namespace Platform.Core.Forms.Expressions;

/// <summary>
/// Form data converted once into a sandboxed Jint engine, against which many expressions are evaluated — the way to
/// compute several fields of one record (a 200-row sub-table is converted once, not once per expression).
/// Get one from <see cref="ExpressionEngine.CreateScope"/>. Not thread-safe: use a scope on one thread, then drop it.
/// </summary>
/// <remarks>
/// Every method fails with a <see cref="PlatformException"/>: <c>expression.invalid</c> (does not pass the checker),
/// <c>expression.failed</c> (unknown name, type error, not a number) or <c>expression.limit_exceeded</c>.
/// </remarks>
internal sealed class ExpressionScope
{
    private readonly ExpressionEngine _owner;
    private readonly ExpressionOptions _options;
    private readonly Engine _engine;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    internal ExpressionScope(ExpressionEngine owner, ExpressionOptions options, TimeProvider clock, JsonObject data,
        IReadOnlyDictionary<string, JsonNode?>? variables, IEnumerable<string>? declaredNames)
    {
        _owner = owner;
        _options = options;
        _engine = new Engine(o => o
            .Strict()
            .DisableStringCompilation()
            .TimeoutInterval(options.Timeout)
            .MaxStatements(options.MaxStatements)
            .LimitMemory(options.MemoryLimitBytes)
            .LimitRecursion(options.RecursionLimit));

        foreach (var name in declaredNames ?? [])
        {
            Set(name, null);
        }

        foreach (var (name, value) in data)
        {
            Set(name, value);
        }

        foreach (var (name, value) in variables ?? new Dictionary<string, JsonNode?>())
        {
            Set(name, value);
        }

        // Functions last: a field cannot hide a function (ExpressionFunctions.Names are reserved).
        ExpressionFunctions.Register(_engine, clock, options.TimeZone);
    }

    /// <summary>
    /// Gives <paramref name="name"/> a value, e.g. a computed field's result so that later expressions can read it, or
    /// <c>row</c> while computing a sub-table's row. Names of functions are ignored.
    /// </summary>
    public void Set(string name, JsonNode? value)
    {
        if (ExpressionFunctions.Names.Contains(name))
        {
            return;
        }

        _names.Add(name);
        _engine.SetValue(name, JsonValues.ToJs(_engine, value));
    }

    /// <summary>Evaluates <paramref name="expression"/>; the result as JSON (undefined is null).</summary>
    public JsonNode? Evaluate(string expression) => Run(expression, ToJson);

    /// <summary>Evaluates a condition: its truth as in JavaScript (null, undefined, false, 0, NaN and "" are false).</summary>
    public bool IsTrue(string expression) => Run(expression, TypeConverter.ToBoolean);

    /// <summary>Test hook only: runs <paramref name="expression"/> without the checker, to show the sandbox's own limits.</summary>
    internal JsonNode? EvaluateUnchecked(string expression)
    {
        var script = Engine.PrepareScript("(" + expression + "\n)", strict: true);
        return Guard(() => ToJson(_engine.Evaluate(script)));
    }

    private T Run<T>(string expression, Func<JsValue, T> result)
    {
        var compiled = _owner.Compile(expression);
        if (compiled.Checked.Errors.Count > 0)
        {
            throw ExpressionFailures.InvalidExpression(compiled.Checked.Errors);
        }

        foreach (var free in compiled.Checked.FreeNames)
        {
            if (!_names.Contains(free.Name))
            {
                throw ExpressionFailures.FailedExpression($"unknown name '{free.Name}' at {free.Line}:{free.Column}");
            }
        }

        return Guard(() => result(_engine.Evaluate(compiled.Script)));
    }

    private static JsonNode? ToJson(JsValue value) => JsonValues.ToJson(value);

    private T Guard<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (ExpressionFailure e)
        {
            throw ExpressionFailures.FailedExpression(e.Message, e);
        }
        catch (JavaScriptException e)
        {
            var at = e.Location.Start;
            var where = at.Line > 0 ? $" at {at.Line}:{(at.Line == 1 ? at.Column : at.Column + 1)}" : "";
            throw ExpressionFailures.FailedExpression(e.Message + where, e);
        }
        catch (TimeoutException e)
        {
            throw ExpressionFailures.Limit($"it ran longer than the time limit of {_options.Timeout.TotalMilliseconds:0} ms", e);
        }
        catch (StatementsCountOverflowException e)
        {
            throw ExpressionFailures.Limit($"it ran more than the limit of {_options.MaxStatements} steps", e);
        }
        catch (MemoryLimitExceededException e)
        {
            throw ExpressionFailures.Limit($"it allocated more than the memory limit of {_options.MemoryLimitBytes} bytes", e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw ExpressionFailures.Limit($"calls nested deeper than the recursion limit of {_options.RecursionLimit}", e);
        }
        catch (InsufficientExecutionStackException e)
        {
            throw ExpressionFailures.Limit("calls nested too deeply for the stack", e);
        }
        catch (ExecutionCanceledException e)
        {
            throw ExpressionFailures.Limit("it was cancelled", e);
        }
        catch (JintException e)
        {
            throw ExpressionFailures.FailedExpression(e.Message, e);
        }
    }
}
