namespace Platform.Contracts.Forms.Permissions;

/// <summary>What a person may do with a field at one workflow node.</summary>
public enum FieldAccess
{
    /// <summary>Not returned; a submitted value is an error.</summary>
    Hidden,

    /// <summary>Returned; a changed value is an error (not silently ignored).</summary>
    ReadOnly,

    /// <summary>Returned and may be changed.</summary>
    Editable,

    /// <summary>Editable and must be filled at this node.</summary>
    Required,
}
