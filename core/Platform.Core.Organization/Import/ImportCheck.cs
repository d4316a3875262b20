using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>
/// What every validation rule needs: the document, where its codes are, the stored organisation, and the errors found
/// so far. Rules add errors and carry on, so one run reports every problem.
/// </summary>
internal sealed class ImportCheck(OrgDocument document, DocumentIndex index, ExistingOrg existing)
{
    private readonly List<FieldError> _errors = [];

    public OrgDocument Document { get; } = document;

    public DocumentIndex Index { get; } = index;

    public ExistingOrg Existing { get; } = existing;

    public IReadOnlyList<FieldError> Errors => _errors;

    public void Add(string path, string code, string message) => _errors.Add(new FieldError(path, code, message));

    /// <summary>An item of a list that is <c>null</c>.</summary>
    public void MissingItem(ItemPath path) => Add(path.ToString(), ImportErrorCodes.Required, "An item is required here, not null.");

    /// <summary>Checks presence and length; returns whether the value is there.</summary>
    public bool Text(ItemPath path, string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(path.At(field), ImportErrorCodes.Required, $"'{field}' is required.");
            }

            return false;
        }

        if (value.Length > maxLength)
        {
            Add(path.At(field), ImportErrorCodes.TooLong, $"'{field}' is {value.Length} characters long; at most {maxLength} are allowed.");
        }

        return true;
    }

    /// <summary>Checks presence only (references: a too long code simply names nothing).</summary>
    public bool Required(ItemPath path, string field, string? value) => Text(path, field, value, int.MaxValue, required: true);

    /// <summary>Reports a code used by an earlier item of the same list.</summary>
    public void UniqueCode(ItemPath path, string? code, Dictionary<string, int> firstIndex)
    {
        if (ImportText.Clean(code) is { } key && firstIndex.TryGetValue(key, out var first) && first != path.Index)
        {
            Add(path.At("code"), ImportErrorCodes.Duplicate, $"Code '{key}' is already used by {path.Section}[{first}].");
        }
    }

    /// <summary>Checks that an optional reference, when given, names something; returns the code when it does.</summary>
    public string? Reference(ItemPath path, string field, string? code, string kind, Dictionary<string, int> inDocument, Func<string, bool> inDatabase)
    {
        if (ImportText.Clean(code) is not { } key)
        {
            return null;
        }

        if (inDocument.ContainsKey(key) || inDatabase(key))
        {
            return key;
        }

        Add(path.At(field), ImportErrorCodes.UnknownReference, $"No {kind} with code '{key}' in the document or the database.");
        return null;
    }

    public string? Unit(ItemPath path, string field, string? code) =>
        Reference(path, field, code, "unit", Index.Units, Existing.Units.HasCode);

    public string? Department(ItemPath path, string field, string? code) =>
        Reference(path, field, code, "department", Index.Departments, Existing.Departments.HasCode);

    public string? Post(ItemPath path, string field, string? code) =>
        Reference(path, field, code, "post", Index.Posts, Existing.Posts.HasCode);

    public string? Level(ItemPath path, string field, string? code) =>
        Reference(path, field, code, "level", Index.Levels, Existing.Levels.HasCode);

    public string? Member(ItemPath path, string field, string? code) =>
        Reference(path, field, code, "member", Index.Members, Existing.Members.HasCode);
}
