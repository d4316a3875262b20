using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Records;
using Platform.Core.Forms.Persistence.Entities;
using Platform.Core.Forms.Versions;

namespace Platform.Core.Forms.Records;

/// <summary>
/// Turns a <see cref="RecordQuery"/> into one indexed query on <c>forms_records</c>: each condition and ordering is on a
/// projection column (<c>q&lt;slot&gt;_text</c> or <c>q&lt;slot&gt;_num</c>), each indexed after the form key. Only fields the
/// latest version declares queryable are accepted; anything else is a validation error naming the field.
/// </summary>
/// <remarks>
/// With a filter on one field and an order on another, one index serves either the filter or the order, and SQLite's
/// planner guesses badly which (a range filter over most records is read whole and sorted; a filter matching a handful
/// of records is looked for by walking the whole order). So the plan decides: it counts, through the first filter's
/// index and at most <see cref="FewMatches"/> entries, how many records match. Few: the filter's index is used and the
/// matches sorted. Many: the order's index is walked and conditions checked on the way, which stops after the page.
/// The other side's columns are written so no index applies (<c>col + 0</c>, <c>col || ''</c>): the same SQL on every provider.
/// </remarks>
internal static class RecordQueryPlan
{
    public const string NotQueryable = "not_queryable";
    public const string UnknownOperator = "unknown_operator";
    public const string InvalidValue = "invalid_value";

    /// <summary>Below this many matches the filter's index leads; at or above it, the order's index.</summary>
    public const int FewMatches = 5000;

    private static readonly string[] Operators = ["eq", "ne", "lt", "le", "gt", "ge", "contains"];

    public static async Task<IQueryable<FormRecordRow>> ApplyAsync(IQueryable<FormRecordRow> rows, FormVersion latest, RecordQuery query, CancellationToken cancellationToken)
    {
        var plan = Check(latest, query);
        var ofForm = rows.Where(r => r.FormKey == latest.Key);
        var filterLeads = plan.Filters.Count > 0
            && await ofForm.Where(Condition(plan.Filters[0], indexed: true)).Take(FewMatches).CountAsync(cancellationToken) < FewMatches;
        var filtered = plan.Filters.Aggregate(ofForm, (q, f) => q.Where(Condition(f, indexed: filterLeads || plan.Filters.Count == 0)));
        return Order(filtered, plan.Sorts, indexed: !filterLeads);
    }

    /// <summary>The plan without the count: the order's index leads (what the benchmark's plan report shows).</summary>
    public static IQueryable<FormRecordRow> Apply(IQueryable<FormRecordRow> rows, FormVersion latest, RecordQuery query)
    {
        var plan = Check(latest, query);
        var filtered = plan.Filters.Aggregate(rows.Where(r => r.FormKey == latest.Key), (q, f) => q.Where(Condition(f, indexed: false)));
        return Order(filtered, plan.Sorts, indexed: true);
    }

    private static (List<Filter> Filters, List<Sort> Sorts) Check(FormVersion latest, RecordQuery query)
    {
        var errors = new List<FieldError>();
        var filters = new List<Filter>();
        for (var i = 0; i < query.Filters.Count; i++)
        {
            if (Column(latest, query.Filters[i].Field, $"filters[{i}].field", errors) is { } column && ToFilter(column, query.Filters[i], $"filters[{i}]", errors) is { } filter)
            {
                filters.Add(filter);
            }
        }

        var sorts = new List<Sort>();
        for (var i = 0; i < query.Sort.Count; i++)
        {
            if (Column(latest, query.Sort[i].Field, $"sort[{i}].field", errors) is { } column)
            {
                sorts.Add(new Sort(column, query.Sort[i].Descending));
            }
        }

        return errors.Count > 0 ? throw PlatformException.Validation(errors) : (filters, sorts);
    }

    private static ProjectionColumn? Column(FormVersion latest, string field, string path, List<FieldError> errors)
    {
        var definition = latest.Field(field);
        if (definition is { Queryable: true } && latest.Slots.TryGetValue(field, out var slot) && ProjectionKinds.Of(definition) is var kind && kind != ProjectionKind.None)
        {
            return new ProjectionColumn(kind == ProjectionKind.Text ? FormRecordRow.TextColumn(slot) : FormRecordRow.NumberColumn(slot), kind);
        }

        errors.Add(new FieldError(path, NotQueryable, $"'{field}' is not a queryable field of form '{latest.Key}' (version {latest.Version})."));
        return null;
    }

    private static Filter? ToFilter(ProjectionColumn column, RecordFilter filter, string path, List<FieldError> errors)
    {
        var op = filter.Operator?.ToLowerInvariant() ?? "";
        if (!Operators.Contains(op) || (op == "contains" && column.Kind != ProjectionKind.Text))
        {
            errors.Add(new FieldError($"{path}.operator", UnknownOperator, $"'{filter.Operator}' is not an operator for field '{filter.Field}'; use eq, ne, lt, le, gt, ge{(column.Kind == ProjectionKind.Text ? " or contains" : "")}."));
            return null;
        }

        if (column.Kind == ProjectionKind.Text)
        {
            return new Filter(column, op, filter.Value is null ? null : Projection.Text(filter.Value), null);
        }

        var number = filter.Value is null ? null : Projection.Number(filter.Value, column.Kind);
        if (filter.Value is not null && number is null)
        {
            errors.Add(new FieldError($"{path}.value", InvalidValue, column.Kind == ProjectionKind.Time
                ? $"Field '{filter.Field}' is compared with a date (yyyy-MM-dd) or a time with offset."
                : $"Field '{filter.Field}' is compared with a number."));
            return null;
        }

        return new Filter(column, op, null, number);
    }

    private static Expression<Func<FormRecordRow, bool>> Condition(Filter filter, bool indexed)
    {
        var row = Expression.Parameter(typeof(FormRecordRow), "r");
        var column = ColumnOf(row, filter.Column, indexed);
        Expression body;
        if (filter.Column.Kind == ProjectionKind.Text)
        {
            var value = Expression.Property(Expression.Constant(new Box<string?>(filter.Text)), nameof(Box<string>.Value));
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, column, value);
            var zero = Expression.Constant(0);
            body = filter.Operator switch
            {
                "eq" => Expression.Equal(column, value),
                "ne" => Expression.NotEqual(column, value),
                "lt" => Expression.LessThan(compare, zero),
                "le" => Expression.LessThanOrEqual(compare, zero),
                "gt" => Expression.GreaterThan(compare, zero),
                "ge" => Expression.GreaterThanOrEqual(compare, zero),
                _ => Expression.AndAlso(
                    Expression.NotEqual(column, Expression.Constant(null, typeof(string))),
                    Expression.Call(column, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, Expression.Coalesce(value, Expression.Constant("")))),
            };
        }
        else
        {
            var value = Expression.Property(Expression.Constant(new Box<double?>(filter.Number)), nameof(Box<double?>.Value));
            body = filter.Operator switch
            {
                "eq" => Expression.Equal(column, value),
                "ne" => Expression.NotEqual(column, value),
                "lt" => Expression.LessThan(column, value),
                "le" => Expression.LessThanOrEqual(column, value),
                "gt" => Expression.GreaterThan(column, value),
                _ => Expression.GreaterThanOrEqual(column, value),
            };
        }

        return Expression.Lambda<Func<FormRecordRow, bool>>(body, row);
    }

    private static IOrderedQueryable<FormRecordRow> Order(IQueryable<FormRecordRow> rows, List<Sort> sorts, bool indexed)
    {
        IOrderedQueryable<FormRecordRow>? ordered = null;
        foreach (var sort in sorts)
        {
            ordered = sort.Column.Kind == ProjectionKind.Text
                ? Order(rows, ordered, Key<string?>(sort.Column, indexed), sort.Descending)
                : Order(rows, ordered, Key<double?>(sort.Column, indexed), sort.Descending);
        }

        // Ties in creation order — the row sequence, which ends every index, in the direction of the last sort so one
        // index serves the whole order (any other tie-breaker makes SQLite sort every match before taking the page).
        var descending = sorts.Count > 0 && sorts[^1].Descending;
        return Order<long>(rows, ordered, indexed || ordered is not null ? r => r.Seq : r => r.Seq + 0, descending);
    }

    private static Expression<Func<FormRecordRow, T>> Key<T>(ProjectionColumn column, bool indexed)
    {
        var row = Expression.Parameter(typeof(FormRecordRow), "r");
        return Expression.Lambda<Func<FormRecordRow, T>>(ColumnOf(row, column, indexed), row);
    }

    /// <summary><c>EF.Property(r, column)</c>; when it must not use an index, <c>column + 0</c> or <c>column || ''</c>.</summary>
    private static Expression ColumnOf(ParameterExpression row, ProjectionColumn column, bool indexed)
    {
        var type = column.Kind == ProjectionKind.Text ? typeof(string) : typeof(double?);
        Expression property = Expression.Call(typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(type), row, Expression.Constant(column.Name));
        if (indexed)
        {
            return property;
        }

        return column.Kind == ProjectionKind.Text
            ? Expression.Call(typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!, property, Expression.Constant(""))
            : Expression.Add(property, Expression.Constant(0.0, typeof(double?)));
    }

    private static IOrderedQueryable<FormRecordRow> Order<TKey>(IQueryable<FormRecordRow> rows, IOrderedQueryable<FormRecordRow>? ordered, Expression<Func<FormRecordRow, TKey>> key, bool descending) =>
        ordered is null
            ? descending ? rows.OrderByDescending(key) : rows.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

    private sealed record ProjectionColumn(string Name, ProjectionKind Kind);

    private sealed record Filter(ProjectionColumn Column, string Operator, string? Text, double? Number);

    private sealed record Sort(ProjectionColumn Column, bool Descending);

    /// <summary>Holds a query value so EF Core sends it as a parameter (one cached plan per query shape).</summary>
    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}
