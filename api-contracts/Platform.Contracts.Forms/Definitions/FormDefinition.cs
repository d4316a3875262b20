namespace Platform.Contracts.Forms.Definitions;

/// <summary>A form definition, as published (docs/forms.md documents the JSON).</summary>
public sealed record FormDefinition
{
    /// <summary>Key, stable across versions: lower case letters, digits, dots and dashes.</summary>
    public required string Key { get; init; }

    /// <summary>Name shown to people.</summary>
    public required string Name { get; init; }

    /// <summary>The fields, in display order.</summary>
    public required IReadOnlyList<FieldDefinition> Fields { get; init; }

    /// <summary>Rules over the whole form.</summary>
    public IReadOnlyList<FormRule>? Rules { get; init; }
}
