using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Workflow.Definitions;

/// <summary>What a definition may say about its form: field keys with their types, and sub-table columns.</summary>
internal sealed class FormFacts
{
    /// <summary>Names a condition may read besides form fields.</summary>
    public const string Applicant = "applicant";

    private readonly Dictionary<string, FieldDefinition> _fields;

    private FormFacts(string key, int version, IEnumerable<FieldDefinition> fields)
    {
        Key = key;
        Version = version;
        _fields = fields.Where(f => f.Key is not null).GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public string Key { get; }

    public int Version { get; }

    public static FormFacts Of(PublishedForm form) => new(form.Key, form.Version, form.Definition.Fields);

    /// <summary>Whether <paramref name="path"/> is a field key or a <c>table.column</c> of a sub-table.</summary>
    public bool HasPath(string path) => At(path) is not null;

    /// <summary>The field with key <paramref name="path"/>, or the column for <c>table.column</c>; null when there is none.</summary>
    public FieldDefinition? At(string path)
    {
        if (_fields.TryGetValue(path, out var field))
        {
            return field;
        }

        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && _fields.TryGetValue(path[..dot], out var table) && table.Type == FieldType.SubTable
            ? (table.Columns ?? []).FirstOrDefault(c => c.Key == path[(dot + 1)..])
            : null;
    }

    /// <summary>Why a condition may not read <paramref name="name"/> (with <paramref name="member"/>), or null when it may.</summary>
    public string? Unknown(string name, string? member)
    {
        if (!_fields.TryGetValue(name, out var field))
        {
            return $"'{name}' is not a field of form '{Key}' (version {Version}); conditions may read the form's fields and '{Applicant}'.";
        }

        if (field.Type == FieldType.SubTable && member is not null && member != "length" && !(field.Columns ?? []).Any(c => c.Key == member))
        {
            return $"'{member}' is not a column of sub-table '{name}' of form '{Key}'.";
        }

        return null;
    }
}
