namespace Platform.Core.Organization.Import;

/// <summary>The stable codes an import reports in <c>ImportReport.Errors</c> (documented in docs/org-import.md).</summary>
internal static class ImportErrorCodes
{
    /// <summary>A required field (or list item) is missing or blank.</summary>
    public const string Required = "required";

    /// <summary>A code, login, rank or list entry appears twice.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A code names nothing in the document or the database.</summary>
    public const string UnknownReference = "unknown_reference";

    /// <summary>A department and its parent (or its sub-departments) are in different units.</summary>
    public const string WrongUnit = "wrong_unit";

    /// <summary>A unit or department would be its own ancestor.</summary>
    public const string Cycle = "cycle";

    /// <summary>A holder of a relative role names no department.</summary>
    public const string DepartmentRequired = "department_required";

    /// <summary>A holder of a fixed role names a department.</summary>
    public const string DepartmentNotAllowed = "department_not_allowed";

    /// <summary>A role changes kind but its holders are not listed, so the existing ones would no longer fit.</summary>
    public const string HoldersRequired = "holders_required";

    /// <summary>A value is longer than its column allows.</summary>
    public const string TooLong = "too_long";

    /// <summary>A value has the wrong shape (an e-mail address without <c>@</c> …).</summary>
    public const string Format = "format";

    /// <summary>The document is not valid JSON for the format (syntax error, unknown property, wrong type); the same code the HTTP endpoints use.</summary>
    public const string InvalidJson = "invalid_json";
}
