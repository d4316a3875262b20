using Acornima;
using Acornima.Ast;
using Platform.Contracts.Forms.Expressions;

namespace Platform.Core.Forms.Expressions;

/// <summary>
/// Parses an expression with Acornima and walks the tree, allowing only the checked JavaScript subset of
/// docs/expressions.md. Every problem is reported with its 1-based line and column.
/// </summary>
internal static class ExpressionChecker
{
    /// <summary>Property names that lead out of plain data into the JavaScript object model.</summary>
    public static readonly IReadOnlySet<string> ForbiddenProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "constructor", "prototype", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__",
        "__lookupSetter__", "caller", "callee", "arguments",
    };

    /// <summary>Methods that may be called on values (arrays and strings); everything else is a built-in function.</summary>
    public static readonly IReadOnlySet<string> AllowedMethods = new HashSet<string>(StringComparer.Ordinal)
    {
        "filter", "map", "some", "every", "find", "includes", "indexOf", "join", "slice",
        "substring", "toUpperCase", "toLowerCase", "trim", "startsWith", "endsWith", "toFixed",
    };

    /// <summary>JavaScript and host globals an expression may never name, even when no scope is known.</summary>
    public static readonly IReadOnlySet<string> BlockedGlobals = new HashSet<string>(StringComparer.Ordinal)
    {
        "eval", "Function", "Array", "Object", "String", "Number", "Boolean", "Symbol", "BigInt", "Math", "JSON",
        "Reflect", "Proxy", "Promise", "Date", "RegExp", "Error", "Intl", "Map", "Set", "WeakMap", "WeakSet",
        "WeakRef", "ArrayBuffer", "SharedArrayBuffer", "Atomics", "DataView", "globalThis", "window", "self",
        "require", "import", "importNamespace", "System", "fetch", "XMLHttpRequest", "process", "Temporal",
        "undefined", "NaN", "Infinity", "parseInt", "parseFloat", "isNaN", "isFinite", "escape", "unescape",
        "encodeURI", "decodeURI", "encodeURIComponent", "decodeURIComponent", "console",
    };

    private static readonly ParserOptions ParserOptions = new() { EcmaVersion = EcmaVersion.Latest };

    /// <summary>
    /// Checks <paramref name="expression"/>. With <paramref name="knownNames"/> (field keys and variables) every other
    /// free name is an error; without it, free names are only collected and resolved when the expression runs.
    /// </summary>
    public static CheckedExpression Check(string expression, IReadOnlySet<string>? knownNames, ExpressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (string.IsNullOrWhiteSpace(expression))
        {
            return new CheckedExpression([new ExpressionError(1, 1, "The expression is empty")], []);
        }

        if (expression.Length > options.MaxLength)
        {
            return new CheckedExpression([new ExpressionError(1, 1, $"The expression is longer than {options.MaxLength} characters")], []);
        }

        Expression root;
        try
        {
            root = new Parser(ParserOptions).ParseExpression(expression, null, true);
        }
        catch (ParseErrorException e)
        {
            return new CheckedExpression([new ExpressionError(e.LineNumber, e.Column + 1, e.Description)], []);
        }
        catch (InsufficientExecutionStackException)
        {
            return new CheckedExpression([new ExpressionError(1, 1, "The expression is nested too deeply")], []);
        }

        var walker = new ExpressionWalker(knownNames, options.MaxNesting);
        walker.Visit(root, 0);
        return new CheckedExpression(walker.Errors, walker.FreeNames);
    }
}
