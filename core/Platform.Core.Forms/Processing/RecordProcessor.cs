using System.Text.Json.Nodes;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Organization.Directory;

namespace Platform.Core.Forms.Processing;

/// <summary>
/// The rules a record goes through on every write (docs/forms.md, "Records"): a submit is the whole document — an
/// editable field left out is cleared; hidden and read-only fields keep their stored values; computed fields and rules
/// run once every input is valid.
/// </summary>
internal sealed class RecordProcessor(IExpressionEngine expressions, IMemberDirectory members, IOrgStructure structure) : IRecordProcessor
{
    private readonly FieldValues values = new(members, structure);

    public JsonObject Process(FormDefinition definition, JsonObject? stored, JsonObject submitted, FieldPermissionProfile profile)
    {
        var plan = FormPlan.For(definition);
        var errors = new List<FieldError>();
        foreach (var (key, _) in submitted)
        {
            if (!plan.FieldsByKey.ContainsKey(key))
            {
                errors.Add(new FieldError(key, FieldErrorCodes.UnknownField, $"The form has no field '{key}'."));
            }
        }

        var result = new JsonObject();
        foreach (var field in plan.Fields)
        {
            var access = AccessResolver.Of(profile, field);
            var present = submitted.TryGetPropertyValue(field.Key, out var value);
            JsonNode? old = null;
            stored?.TryGetPropertyValue(field.Key, out old);
            var path = FieldPath.Of(field.Key);
            var output = field.Type switch
            {
                FieldType.Computed => ComputedInput(present, value, old, path, errors),
                FieldType.SubTable => Table(field, access, present, value, old, profile, errors),
                _ => Scalar(field, access, present, value, old, path, errors),
            };
            result[field.Key] = output;
        }

        if (errors.Count == 0 && plan.Evaluates)
        {
            // Expressions see a sub-table without rows as an empty list, so that sum(items.amount) is 0.
            foreach (var table in plan.Tables)
            {
                result[table.Key] ??= new JsonArray();
            }

            MoneyValues.AsNumbers(plan, result);
            ComputeAndCheckRules(plan, result, errors);
            MoneyValues.AsText(plan, result);
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        RemoveNulls(result);
        return result;
    }

    public JsonObject Redact(FormDefinition definition, JsonObject data, FieldPermissionProfile profile)
    {
        var plan = FormPlan.For(definition);
        var result = new JsonObject();
        foreach (var (key, value) in data)
        {
            if (!plan.FieldsByKey.TryGetValue(key, out var field))
            {
                continue;
            }

            var access = AccessResolver.Of(profile, field);
            if (access == FieldAccess.Hidden)
            {
                continue;
            }

            if (field.Type == FieldType.SubTable && value is JsonArray rows)
            {
                var hidden = field.Columns.Where(c => AccessResolver.OfColumn(profile, access, c) == FieldAccess.Hidden).Select(c => c.Key).ToArray();
                if (hidden.Length > 0)
                {
                    result[key] = WithoutColumns(rows, hidden);
                    continue;
                }
            }

            result[key] = value?.DeepClone();
        }

        return result;
    }

    private static JsonArray WithoutColumns(JsonArray rows, string[] hidden)
    {
        var copy = new JsonArray();
        foreach (var row in rows)
        {
            var clone = row?.DeepClone();
            if (clone is JsonObject cells)
            {
                foreach (var column in hidden)
                {
                    cells.Remove(column);
                }
            }

            copy.Add(clone);
        }

        return copy;
    }

    private static JsonNode? ComputedInput(bool present, JsonNode? value, JsonNode? old, FieldPath path, List<FieldError> errors)
    {
        // Echoing back the stored result (a read-modify-write client) is fine; any other value is an attempt to set it.
        if (present && !FieldValues.IsEmpty(value) && !JsonNode.DeepEquals(value, old))
        {
            errors.Add(new FieldError(path.ToString(), FieldErrorCodes.Computed, "This field is computed by the server and cannot be set."));
        }

        return null;
    }

    private JsonNode? Scalar(FieldPlan field, FieldAccess access, bool present, JsonNode? value, JsonNode? old, FieldPath path, List<FieldError> errors)
    {
        switch (access)
        {
            case FieldAccess.Hidden:
                if (present)
                {
                    errors.Add(new FieldError(path.ToString(), FieldErrorCodes.Hidden, "This field is hidden here and cannot be submitted."));
                }

                return old?.DeepClone();
            case FieldAccess.ReadOnly:
                if (present && !Unchanged(field, value, old, path))
                {
                    errors.Add(new FieldError(path.ToString(), FieldErrorCodes.ReadOnly, "This field is read-only here and cannot be changed."));
                }

                return old?.DeepClone();
            default:
                if (!present || FieldValues.IsEmpty(value))
                {
                    if (field.Definition.Required || access == FieldAccess.Required)
                    {
                        errors.Add(new FieldError(path.ToString(), FieldErrorCodes.Required, "A value is required."));
                    }

                    return null;
                }

                return values.Normalize(field, value!, old, path, errors);
        }
    }

    /// <summary>Whether a submitted value for a read-only field equals the stored one, after normalisation.</summary>
    private bool Unchanged(FieldPlan field, JsonNode? value, JsonNode? old, FieldPath path)
    {
        if (FieldValues.IsEmpty(value) || FieldValues.IsEmpty(old))
        {
            return FieldValues.IsEmpty(value) && FieldValues.IsEmpty(old);
        }

        if (JsonNode.DeepEquals(value, old))
        {
            return true;
        }

        var normalized = values.Normalize(field, value!, old, path, []);
        return normalized is not null && JsonNode.DeepEquals(normalized, old);
    }

    private JsonNode? Table(FieldPlan table, FieldAccess access, bool present, JsonNode? value, JsonNode? old, FieldPermissionProfile profile, List<FieldError> errors)
    {
        var path = table.Key;
        if (access == FieldAccess.Hidden)
        {
            if (present)
            {
                errors.Add(new FieldError(path, FieldErrorCodes.Hidden, "This sub-table is hidden here and cannot be submitted."));
            }

            return old?.DeepClone();
        }

        var oldRows = old as JsonArray;
        if (access == FieldAccess.ReadOnly && !present)
        {
            return old?.DeepClone();
        }

        if (value is not null and not JsonArray)
        {
            errors.Add(new FieldError(path, FieldErrorCodes.Type, "Expected a list of rows."));
            return null;
        }

        var rows = value as JsonArray;
        var count = rows?.Count ?? 0;
        if (access == FieldAccess.ReadOnly && count != (oldRows?.Count ?? 0))
        {
            errors.Add(new FieldError(path, FieldErrorCodes.ReadOnly, "Rows cannot be added or removed here."));
            return old?.DeepClone();
        }

        if (count == 0 && (table.Definition.Required || access == FieldAccess.Required))
        {
            errors.Add(new FieldError(path, FieldErrorCodes.Required, "At least one row is required."));
        }
        else if (table.Definition.MinRows is { } minRows && count < minRows)
        {
            errors.Add(new FieldError(path, FieldErrorCodes.TooFewRows, $"At least {minRows} rows."));
        }

        if (table.Definition.MaxRows is { } maxRows && count > maxRows)
        {
            errors.Add(new FieldError(path, FieldErrorCodes.TooManyRows, $"At most {maxRows} rows."));
        }

        if (rows is null || count == 0)
        {
            return null;
        }

        var columns = table.Columns;
        var columnAccess = new FieldAccess[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            columnAccess[c] = AccessResolver.OfColumn(profile, access, columns[c]);
        }

        var result = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            if (rows[i] is not JsonObject row)
            {
                errors.Add(new FieldError(FieldPath.RowOf(table.Key, i).ToString(), FieldErrorCodes.Type, "Expected a row object."));
                continue;
            }

            var oldRow = oldRows is not null && i < oldRows.Count ? oldRows[i] as JsonObject : null;
            var cells = new JsonObject();
            var known = 0;
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                var cellPresent = row.TryGetPropertyValue(column.Key, out var cell);
                known += cellPresent ? 1 : 0;
                JsonNode? oldCell = null;
                oldRow?.TryGetPropertyValue(column.Key, out oldCell);
                var cellPath = FieldPath.CellOf(table.Key, i, column.Key);
                cells[column.Key] = column.Type == FieldType.Computed
                    ? ComputedInput(cellPresent, cell, oldCell, cellPath, errors)
                    : Scalar(column, columnAccess[c], cellPresent, cell, oldCell, cellPath, errors);
            }

            if (row.Count > known)
            {
                UnknownColumns(table, row, i, errors);
            }

            result.Add(cells);
        }

        return result;
    }

    /// <summary>Computed columns row by row, then top-level computed fields in dependency order, then the rules.</summary>
    private static void UnknownColumns(FieldPlan table, JsonObject row, int index, List<FieldError> errors)
    {
        foreach (var (key, _) in row)
        {
            if (!table.ColumnsByKey.ContainsKey(key))
            {
                errors.Add(new FieldError(FieldPath.CellOf(table.Key, index, key).ToString(), FieldErrorCodes.UnknownField, $"The sub-table has no column '{key}'."));
            }
        }
    }

    private void ComputeAndCheckRules(FormPlan plan, JsonObject result, List<FieldError> errors)
    {
        foreach (var table in plan.Fields)
        {
            if (table.ComputedColumns.Count == 0 || result[table.Key] is not JsonArray rows || rows.Count == 0)
            {
                continue;
            }

            var scope = RecordScope.Create(expressions, new JsonObject(), table.ColumnKeys);
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i] is not JsonObject row)
                {
                    continue;
                }

                scope.Load(row, table.Columns);
                foreach (var column in table.ComputedColumns)
                {
                    scope.Set(column.Key, Evaluate(scope, column, FieldPath.CellOf(table.Key, i, column.Key), errors));
                }
            }
        }

        var record = RecordScope.Create(expressions, result, plan.FieldKeys);
        foreach (var field in plan.Computed)
        {
            record.Set(field.Key, Evaluate(record, field, FieldPath.Of(field.Key), errors));
        }

        if (errors.Count > 0)
        {
            return;
        }

        foreach (var rule in plan.Rules)
        {
            bool holds;
            try
            {
                holds = record.IsTrue(rule.Expression);
            }
            catch (PlatformException)
            {
                holds = false;
            }

            if (!holds)
            {
                errors.Add(new FieldError(rule.Field ?? "", rule.Code, rule.Message));
            }
        }
    }

    private static JsonNode? Evaluate(RecordScope scope, FieldPlan field, FieldPath path, List<FieldError> errors)
    {
        try
        {
            var raw = scope.Evaluate(field.Definition.Expression ?? "");
            if (ComputedValues.Convert(field, raw, out var converted))
            {
                return converted;
            }

            errors.Add(new FieldError(path.ToString(), FieldErrorCodes.ComputeFailed, $"The expression did not yield a {field.Definition.ResultType}."));
        }
        catch (PlatformException exception)
        {
            errors.Add(new FieldError(path.ToString(), FieldErrorCodes.ComputeFailed, exception.Message));
        }

        return null;
    }

    private static void RemoveNulls(JsonObject result)
    {
        List<string>? empty = null;
        foreach (var (key, value) in result)
        {
            if (value is null or JsonArray { Count: 0 })
            {
                (empty ??= []).Add(key);
            }
            else if (value is JsonArray rows)
            {
                foreach (var row in rows)
                {
                    if (row is JsonObject cells)
                    {
                        RemoveNulls(cells);
                    }
                }
            }
        }

        if (empty is not null)
        {
            foreach (var key in empty)
            {
                result.Remove(key);
            }
        }
    }
}
