using Acornima;
using Acornima.Ast;
using Platform.Contracts.Forms.Expressions;

namespace Platform.Core.Forms.Expressions;

/// <summary>
/// Walks a parsed expression and collects what the language does not allow, and the free names it reads
/// (docs/expressions.md, "What may be written"). Used once per check; not thread-safe.
/// </summary>
/// <param name="knownNames">When given, every other free name is an error.</param>
/// <param name="maxNesting">Deepest nesting accepted.</param>
internal sealed class ExpressionWalker(IReadOnlySet<string>? knownNames, int maxNesting)
{
    private readonly List<HashSet<string>> _parameters = [];

    public List<ExpressionError> Errors { get; } = [];

    public List<FreeName> FreeNames { get; } = [];

    public void Visit(Node node, int depth)
    {
        if (depth > maxNesting)
        {
            Error(node, "The expression is nested too deeply");
            return;
        }

        var next = depth + 1;
        switch (node)
        {
            case StringLiteral or NumericLiteral or BooleanLiteral or NullLiteral:
                return;
            case RegExpLiteral:
                Error(node, "Regular expressions are not allowed");
                return;
            case BigIntLiteral:
                Error(node, "BigInt numbers are not allowed");
                return;
            case Identifier identifier:
                Name(identifier);
                return;
            case TemplateLiteral template:
                foreach (var part in template.Expressions)
                {
                    Visit(part, next);
                }

                return;
            case MemberExpression member:
                Member(member, next);
                return;
            case ChainExpression chain:
                Visit(chain.Expression, next);
                return;
            case CallExpression call:
                Call(call, next);
                return;
            case ArrayExpression array:
                foreach (var element in array.Elements)
                {
                    if (element is null)
                    {
                        Error(node, "Empty array slots are not allowed");
                    }
                    else
                    {
                        Visit(element, next);
                    }
                }

                return;
            case ObjectExpression obj:
                ObjectLiteral(obj, next);
                return;
            case UpdateExpression:
                Error(node, Forbidden(node));
                return;
            case UnaryExpression unary:
                if (unary.Operator is Operator.LogicalNot or Operator.UnaryNegation or Operator.UnaryPlus or Operator.TypeOf)
                {
                    Visit(unary.Argument, next);
                }
                else
                {
                    Error(node, $"The operator '{OperatorText(unary.Operator)}' is not allowed");
                }

                return;
            case LogicalExpression logical:
                Visit(logical.Left, next);
                Visit(logical.Right, next);
                return;
            case BinaryExpression binary:
                if (!IsAllowedBinary(binary.Operator))
                {
                    Error(node, $"The operator '{OperatorText(binary.Operator)}' is not allowed");
                }

                Visit(binary.Left, next);
                Visit(binary.Right, next);
                return;
            case ConditionalExpression conditional:
                Visit(conditional.Test, next);
                Visit(conditional.Consequent, next);
                Visit(conditional.Alternate, next);
                return;
            case ArrowFunctionExpression:
                Error(node, "An arrow function is allowed only as an argument, e.g. items.filter(r => r.amount > 0)");
                return;
            case ParenthesizedExpression parenthesized:
                Visit(parenthesized.Expression, next);
                return;
            default:
                Error(node, Forbidden(node));
                return;
        }
    }

    private void Name(Identifier identifier)
    {
        var name = identifier.Name;
        if (_parameters.Any(p => p.Contains(name)) || ExpressionFunctions.Names.Contains(name))
        {
            return;
        }

        if (knownNames is not null)
        {
            if (!knownNames.Contains(name))
            {
                Error(identifier, $"Unknown name '{name}'");
            }

            return;
        }

        if (ExpressionChecker.BlockedGlobals.Contains(name))
        {
            Error(identifier, $"'{name}' is not available in expressions");
            return;
        }

        var start = identifier.Location.Start;
        FreeNames.Add(new FreeName(name, start.Line, start.Column + 1));
    }

    private void Member(MemberExpression member, int depth)
    {
        Visit(member.Object, depth);
        if (!member.Computed)
        {
            var name = ((Identifier)member.Property).Name;
            if (ExpressionChecker.ForbiddenProperties.Contains(name))
            {
                Error(member.Property, $"The property '{name}' is not allowed");
            }

            return;
        }

        switch (member.Property)
        {
            case NumericLiteral:
                return;
            case StringLiteral text when ExpressionChecker.ForbiddenProperties.Contains(text.Value):
                Error(member.Property, $"The property '{text.Value}' is not allowed");
                return;
            case StringLiteral:
                return;
            default:
                Error(member.Property, "Only a number or a quoted name may stand inside [ ], e.g. items[0] or row['unit price']");
                return;
        }
    }

    private void Call(CallExpression call, int depth)
    {
        switch (call.Callee)
        {
            case Identifier function when ExpressionFunctions.Names.Contains(function.Name):
                break;
            case Identifier function:
                Error(function, $"'{function.Name}' is not a function of the expression language");
                break;
            case MemberExpression { Computed: false, Property: Identifier method } member:
                Visit(member.Object, depth);
                if (!ExpressionChecker.AllowedMethods.Contains(method.Name))
                {
                    Error(method, $"The method '{method.Name}' is not allowed");
                }

                break;
            default:
                Error(call.Callee, "Only the language's functions and the allowed methods may be called");
                break;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument is ArrowFunctionExpression arrow)
            {
                Arrow(arrow, depth);
            }
            else
            {
                Visit(argument, depth);
            }
        }
    }

    private void Arrow(ArrowFunctionExpression arrow, int depth)
    {
        if (arrow.Async || arrow.Body is not Expression body)
        {
            Error(arrow, "An arrow function must be a single expression, e.g. r => r.amount > 0");
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in arrow.Params)
        {
            if (parameter is Identifier p)
            {
                names.Add(p.Name);
            }
            else
            {
                Error(parameter, "Arrow function parameters must be plain names");
            }
        }

        _parameters.Add(names);
        Visit(body, depth);
        _parameters.RemoveAt(_parameters.Count - 1);
    }

    private void ObjectLiteral(ObjectExpression obj, int depth)
    {
        foreach (var property in obj.Properties)
        {
            if (property is not Property { Kind: PropertyKind.Init, Method: false, Computed: false } p)
            {
                Error(property, "Only plain 'name: value' entries are allowed in an object");
                continue;
            }

            var key = p.Key switch
            {
                Identifier id => id.Name,
                StringLiteral s => s.Value,
                _ => null,
            };
            if (key is not null && ExpressionChecker.ForbiddenProperties.Contains(key))
            {
                Error(p.Key, $"The property '{key}' is not allowed");
            }

            Visit(p.Value, depth);
        }
    }

    private void Error(Node node, string message)
    {
        var start = node.Location.Start;
        Errors.Add(new ExpressionError(start.Line, start.Column + 1, message));
    }

    private static bool IsAllowedBinary(Operator op) => op is Operator.Addition or Operator.Subtraction
        or Operator.Multiplication or Operator.Division or Operator.Remainder or Operator.Exponentiation
        or Operator.LessThan or Operator.LessThanOrEqual or Operator.GreaterThan or Operator.GreaterThanOrEqual
        or Operator.Equality or Operator.Inequality or Operator.StrictEquality or Operator.StrictInequality;

    private static string OperatorText(Operator op) => op switch
    {
        Operator.In => "in",
        Operator.InstanceOf => "instanceof",
        Operator.Delete => "delete",
        Operator.Void => "void",
        Operator.BitwiseNot => "~",
        Operator.BitwiseAnd => "&",
        Operator.BitwiseOr => "|",
        Operator.BitwiseXor => "^",
        Operator.LeftShift => "<<",
        Operator.RightShift => ">>",
        Operator.UnsignedRightShift => ">>>",
        _ => op.ToString(),
    };

    private static string Forbidden(Node node) => node switch
    {
        AssignmentExpression => "Assignment is not allowed; expressions have no side effects",
        UpdateExpression => "'++' and '--' are not allowed; expressions have no side effects",
        NewExpression => "'new' is not allowed",
        ThisExpression => "'this' is not allowed",
        FunctionExpression => "Functions are not allowed; pass an arrow function as an argument, e.g. items.filter(r => r.amount > 0)",
        ClassExpression => "Classes are not allowed",
        SequenceExpression => "The comma operator is not allowed; write one expression",
        SpreadElement => "Spread '...' is not allowed",
        TaggedTemplateExpression => "Tagged templates are not allowed",
        AwaitExpression or YieldExpression => "'await' and 'yield' are not allowed",
        ImportExpression => "'import' is not allowed",
        _ => $"'{node.TypeText}' is not allowed in expressions",
    };
}
