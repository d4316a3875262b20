using System.Text.RegularExpressions;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Expressions;
using Platform.Core.Forms.Expressions;
using Platform.Core.Forms.Processing;

namespace Platform.Core.Forms.Definitions;

/// <summary>
/// Checks a definition before it is published (docs/forms.md, "Definition errors"): keys, labels, options, limits,
/// patterns, expressions (syntax with line:column, unknown names), computed fields without cycles, one level of
/// sub-tables, queryable fields, rules. Every problem is reported, each with its path.
/// </summary>
internal sealed partial class DefinitionChecker(IExpressionEngine expressions) : IDefinitionChecker
{
    private static readonly HashSet<FieldType> ResultTypes = [FieldType.Number, FieldType.Money, FieldType.Text, FieldType.Date, FieldType.Boolean];

    private static readonly HashSet<FieldType> QueryableTypes =
    [
        FieldType.Text, FieldType.Number, FieldType.Money, FieldType.Date, FieldType.DateTime, FieldType.SingleSelect,
        FieldType.Boolean, FieldType.Member, FieldType.Department, FieldType.Computed,
    ];

    public IReadOnlyList<FieldError> Check(FormDefinition definition)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(definition.Key) || !FormKey().IsMatch(definition.Key))
        {
            errors.Add(new FieldError("key", DefinitionErrorCodes.InvalidKey, "A form key is lower case letters, digits, dots and dashes, starting with a letter."));
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            errors.Add(new FieldError("name", DefinitionErrorCodes.Required, "The form needs a name."));
        }

        var fields = definition.Fields ?? [];
        if (fields.Count == 0)
        {
            errors.Add(new FieldError("fields", DefinitionErrorCodes.Required, "The form needs at least one field."));
        }

        var names = Names.Of(fields);
        CheckFields(fields, "fields", table: null, names, errors);
        CheckCycles(fields, "fields", errors);
        foreach (var (field, index) in fields.Select((f, i) => (f, i)))
        {
            if (field.Type == FieldType.SubTable && field.Columns is { } columns)
            {
                CheckCycles(columns, $"fields[{index}].columns", errors);
            }
        }

        CheckRules(definition.Rules ?? [], names, errors);
        return errors;
    }

    private void CheckFields(IReadOnlyList<FieldDefinition> fields, string at, FieldDefinition? table, Names names, List<FieldError> errors)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var path = $"{at}[{i}]";
            if (string.IsNullOrEmpty(field.Key) || !FieldKey().IsMatch(field.Key))
            {
                errors.Add(new FieldError($"{path}.key", DefinitionErrorCodes.InvalidKey, "A field key is letters, digits and underscores, starting with a letter."));
            }
            else if (ExpressionFunctions.Names.Contains(field.Key))
            {
                errors.Add(new FieldError($"{path}.key", DefinitionErrorCodes.ReservedKey, $"'{field.Key}' is the name of an expression function; expressions could not read it."));
            }
            else if (!keys.Add(field.Key))
            {
                errors.Add(new FieldError($"{path}.key", DefinitionErrorCodes.DuplicateKey, $"The key '{field.Key}' is used twice."));
            }

            if (string.IsNullOrWhiteSpace(field.Label))
            {
                errors.Add(new FieldError($"{path}.label", DefinitionErrorCodes.Required, "A field needs a label."));
            }

            CheckOptions(field, path, errors);
            CheckLimits(field, path, errors);
            if (field.Queryable && (table is not null || !QueryableTypes.Contains(field.Type)))
            {
                errors.Add(new FieldError($"{path}.queryable", DefinitionErrorCodes.NotQueryable, "Only top-level fields of a single plain value can be queryable."));
            }

            if (field.Type == FieldType.Computed)
            {
                CheckComputed(field, path, table, names, errors);
            }
            else if (field.Type == FieldType.SubTable)
            {
                if (table is not null)
                {
                    errors.Add(new FieldError($"{path}.type", DefinitionErrorCodes.NestedSubTable, "A sub-table cannot hold another sub-table."));
                }
                else if (field.Columns is not { Count: > 0 } columns)
                {
                    errors.Add(new FieldError($"{path}.columns", DefinitionErrorCodes.Required, "A sub-table needs at least one column."));
                }
                else
                {
                    CheckFields(columns, $"{path}.columns", field, names, errors);
                }

                CheckRange(field.MinRows, field.MaxRows, $"{path}.minRows", errors);
            }
        }
    }

    private static void CheckOptions(FieldDefinition field, string path, List<FieldError> errors)
    {
        if (field.Type is not (FieldType.SingleSelect or FieldType.MultiSelect))
        {
            return;
        }

        if (field.Options is not { Count: > 0 } options)
        {
            errors.Add(new FieldError($"{path}.options", DefinitionErrorCodes.Required, "A select field needs options."));
            return;
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < options.Count; j++)
        {
            if (string.IsNullOrEmpty(options[j].Value))
            {
                errors.Add(new FieldError($"{path}.options[{j}].value", DefinitionErrorCodes.Required, "An option needs a value."));
            }
            else if (!values.Add(options[j].Value))
            {
                errors.Add(new FieldError($"{path}.options[{j}].value", DefinitionErrorCodes.DuplicateOption, $"The option '{options[j].Value}' is listed twice."));
            }
        }
    }

    private static void CheckLimits(FieldDefinition field, string path, List<FieldError> errors)
    {
        if (field.Precision is { } precision && (precision < 0 || precision > 8))
        {
            errors.Add(new FieldError($"{path}.precision", DefinitionErrorCodes.InvalidPrecision, "Precision is 0 to 8 decimal places."));
        }

        if (field.Type == FieldType.Money && field.Currency is { } currency && !Currency().IsMatch(currency))
        {
            errors.Add(new FieldError($"{path}.currency", DefinitionErrorCodes.InvalidCurrency, "A currency is an ISO 4217 code of three capital letters."));
        }

        if (!string.IsNullOrEmpty(field.Pattern))
        {
            try
            {
                _ = new Regex(field.Pattern, RegexOptions.CultureInvariant, FieldPlan.PatternTimeout);
            }
            catch (ArgumentException exception)
            {
                errors.Add(new FieldError($"{path}.pattern", DefinitionErrorCodes.InvalidPattern, exception.Message));
            }
        }

        CheckRange(field.MinLength, field.MaxLength, $"{path}.minLength", errors);
        if (field.Min is null && field.Max is null)
        {
            return;
        }

        IComparable? min = null, max = null;
        var ok = true;
        foreach (var (text, name) in new[] { (field.Min, "min"), (field.Max, "max") })
        {
            if (text is null)
            {
                continue;
            }

            IComparable? parsed = field.Type switch
            {
                FieldType.Number or FieldType.Money => FieldPlan.ParseDecimal(text),
                FieldType.Date => FieldPlan.ParseDate(text),
                FieldType.DateTime => FieldPlan.ParseInstant(text),
                _ => null,
            };
            if (parsed is null)
            {
                ok = false;
                errors.Add(new FieldError($"{path}.{name}", DefinitionErrorCodes.InvalidLimit, $"'{text}' is not a limit a {field.Type} field can have."));
            }
            else if (name == "min")
            {
                min = parsed;
            }
            else
            {
                max = parsed;
            }
        }

        if (ok && min is not null && max is not null && min.CompareTo(max) > 0)
        {
            errors.Add(new FieldError($"{path}.min", DefinitionErrorCodes.InvalidRange, "The minimum is larger than the maximum."));
        }
    }

    private static void CheckRange(int? min, int? max, string path, List<FieldError> errors)
    {
        if (min < 0 || max < 0 || (min is { } a && max is { } b && a > b))
        {
            errors.Add(new FieldError(path, DefinitionErrorCodes.InvalidRange, "Limits cannot be negative, and the minimum cannot exceed the maximum."));
        }
    }

    private void CheckComputed(FieldDefinition field, string path, FieldDefinition? table, Names names, List<FieldError> errors)
    {
        if (field.ResultType is not { } resultType || !ResultTypes.Contains(resultType))
        {
            errors.Add(new FieldError($"{path}.resultType", DefinitionErrorCodes.InvalidResultType, "A computed field yields Number, Money, Text, Date or Boolean."));
        }

        if (string.IsNullOrWhiteSpace(field.Expression))
        {
            errors.Add(new FieldError($"{path}.expression", DefinitionErrorCodes.Required, "A computed field needs an expression."));
            return;
        }

        CheckExpression(field.Expression, $"{path}.expression", table is null ? names : names.RowOf(table), errors);
    }

    private void CheckExpression(string expression, string path, Names names, List<FieldError> errors)
    {
        var syntax = expressions.Check(expression);
        foreach (var problem in syntax)
        {
            errors.Add(new FieldError(path, DefinitionErrorCodes.ExpressionSyntax, $"{problem.Line}:{problem.Column}: {problem.Message}"));
        }

        if (syntax.Count > 0)
        {
            return;
        }

        // Names the form does not have, with their positions (the engine's own check knows arrow parameters and functions).
        if (expressions is ExpressionEngine engine)
        {
            foreach (var problem in engine.Check(expression, names.Known))
            {
                errors.Add(new FieldError(path, DefinitionErrorCodes.UnknownName, $"{problem.Line}:{problem.Column}: {problem.Message}"));
            }
        }

        foreach (var (name, member) in ExpressionNames.Of(expression))
        {
            if (names.UnknownColumn(name, member) is { } unknown)
            {
                errors.Add(new FieldError(path, DefinitionErrorCodes.UnknownName, $"'{unknown}' is not a column of the sub-table."));
            }
        }
    }

    private static void CheckCycles(IReadOnlyList<FieldDefinition> fields, string at, List<FieldError> errors)
    {
        var computed = new Dictionary<string, (int Index, string[] Uses)>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Type == FieldType.Computed && fields[i].Expression is { } expression && !string.IsNullOrEmpty(fields[i].Key))
            {
                computed.TryAdd(fields[i].Key, (i, ExpressionNames.Of(expression).Select(n => n.Name).ToArray()));
            }
        }

        // 0 = unvisited, 1 = on the current path, 2 = done.
        var state = computed.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in computed.Keys)
        {
            Visit(key, []);
        }

        void Visit(string key, List<string> trail)
        {
            if (state[key] == 2)
            {
                return;
            }

            if (state[key] == 1)
            {
                var cycle = trail.SkipWhile(k => k != key).Append(key).ToArray();
                if (reported.Add(key))
                {
                    errors.Add(new FieldError($"{at}[{computed[key].Index}].expression", DefinitionErrorCodes.ComputedCycle, $"Computed fields depend on each other in a cycle: {string.Join(" → ", cycle)}."));
                }

                return;
            }

            state[key] = 1;
            trail.Add(key);
            foreach (var use in computed[key].Uses)
            {
                if (computed.ContainsKey(use))
                {
                    Visit(use, trail);
                }
            }

            trail.RemoveAt(trail.Count - 1);
            state[key] = 2;
        }
    }

    private void CheckRules(IReadOnlyList<FormRule> rules, Names names, List<FieldError> errors)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var path = $"rules[{i}]";
            if (string.IsNullOrWhiteSpace(rule.Expression))
            {
                errors.Add(new FieldError($"{path}.expression", DefinitionErrorCodes.Required, "A rule needs an expression."));
            }
            else
            {
                CheckExpression(rule.Expression, $"{path}.expression", names, errors);
            }

            if (string.IsNullOrEmpty(rule.Code) || !RuleCode().IsMatch(rule.Code))
            {
                errors.Add(new FieldError($"{path}.code", DefinitionErrorCodes.InvalidCode, "A rule code is lower case letters, digits, underscores and dots."));
            }

            if (string.IsNullOrWhiteSpace(rule.Message))
            {
                errors.Add(new FieldError($"{path}.message", DefinitionErrorCodes.Required, "A rule needs a message."));
            }

            if (rule.Field is { } field && !names.IsField(field))
            {
                errors.Add(new FieldError($"{path}.field", DefinitionErrorCodes.UnknownField, $"The form has no field '{field}'."));
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FormKey();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldKey();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Currency();

    [GeneratedRegex("^[a-z][a-z0-9_.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleCode();
}
