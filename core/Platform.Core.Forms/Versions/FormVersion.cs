using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Forms.Versions;

/// <summary>A published version with what the engine keeps beside it: the projection slot of each queryable field.</summary>
/// <param name="Published">The version as the contract shows it.</param>
/// <param name="Slots">Queryable field key → slot (1..8).</param>
internal sealed record FormVersion(PublishedForm Published, IReadOnlyDictionary<string, int> Slots)
{
    private readonly Dictionary<string, FieldDefinition> _fields =
        Published.Definition.Fields.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public string Key => Published.Key;

    public int Version => Published.Version;

    public FormDefinition Definition => Published.Definition;

    /// <summary>A top-level field by key, or <see langword="null"/>.</summary>
    public FieldDefinition? Field(string key) => _fields.GetValueOrDefault(key);
}
