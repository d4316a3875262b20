using System.Runtime.CompilerServices;
using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Forms.Processing;

/// <summary>
/// A definition compiled for processing records: fields by key, patterns compiled, limits parsed, computed fields in
/// dependency order. Built once per definition instance and cached beside it (published definitions are immutable).
/// </summary>
internal sealed class FormPlan
{
    private static readonly ConditionalWeakTable<FormDefinition, FormPlan> Cache = new();

    private FormPlan(FormDefinition definition)
    {
        Fields = definition.Fields.Select(f => new FieldPlan(f, null)).ToArray();
        FieldsByKey = Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        Computed = DependencyOrder(Fields);
        Rules = definition.Rules ?? [];
        FieldKeys = Fields.Select(f => f.Key).ToArray();
        Tables = Fields.Where(f => f.Type == FieldType.SubTable).ToArray();
        Money = Fields.Where(f => f.IsMoney).ToArray();
        TablesWithMoney = Fields.Where(f => f.Columns.Any(c => c.IsMoney)).ToArray();
        Evaluates = Computed.Count > 0 || Rules.Count > 0 || Fields.Any(f => f.ComputedColumns.Count > 0);
    }

    /// <summary>The sub-tables.</summary>
    public IReadOnlyList<FieldPlan> Tables { get; }

    /// <summary>Top-level money fields, computed ones included.</summary>
    public IReadOnlyList<FieldPlan> Money { get; }

    /// <summary>Sub-tables with a money column.</summary>
    public IReadOnlyList<FieldPlan> TablesWithMoney { get; }

    /// <summary>Whether records of this form run any expression (computed fields, computed columns, rules).</summary>
    public bool Evaluates { get; }

    /// <summary>Every top-level key: names an expression reads as null when the record has no value.</summary>
    public IReadOnlyList<string> FieldKeys { get; }

    public IReadOnlyList<FieldPlan> Fields { get; }

    public IReadOnlyDictionary<string, FieldPlan> FieldsByKey { get; }

    /// <summary>Top-level computed fields, dependencies first.</summary>
    public IReadOnlyList<FieldPlan> Computed { get; }

    public IReadOnlyList<FormRule> Rules { get; }

    public static FormPlan For(FormDefinition definition) => Cache.GetValue(definition, static d => new FormPlan(d));

    /// <summary>The computed fields among <paramref name="fields"/>, each after the computed fields it reads (cycles are refused on publish).</summary>
    public static IReadOnlyList<FieldPlan> DependencyOrder(IReadOnlyList<FieldPlan> fields)
    {
        var computed = fields.Where(f => f.Type == FieldType.Computed).ToDictionary(f => f.Key, StringComparer.Ordinal);
        if (computed.Count == 0)
        {
            return [];
        }

        var ordered = new List<FieldPlan>(computed.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var field in computed.Values)
        {
            Visit(field);
        }

        return ordered;

        void Visit(FieldPlan field)
        {
            if (state.ContainsKey(field.Key))
            {
                return;
            }

            state[field.Key] = false;
            foreach (var name in field.Dependencies)
            {
                if (computed.TryGetValue(name, out var dependency))
                {
                    Visit(dependency);
                }
            }

            state[field.Key] = true;
            ordered.Add(field);
        }
    }
}
