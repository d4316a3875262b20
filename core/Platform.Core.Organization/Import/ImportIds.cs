namespace Platform.Core.Organization.Import;

/// <summary>
/// Turns codes into ids: an item of the document keeps its stored id when its code is stored, else gets a new one;
/// a code not in the document resolves to the stored item. Unknown codes give <see langword="null"/>.
/// </summary>
internal sealed class ImportIds
{
    private readonly ExistingOrg _existing;
    private readonly Dictionary<string, string> _units;
    private readonly Dictionary<string, string> _departments;
    private readonly Dictionary<string, string> _posts;
    private readonly Dictionary<string, string> _levels;
    private readonly Dictionary<string, string> _members;
    private readonly Dictionary<string, string> _roles;
    private readonly Dictionary<string, string> _groups;

    public ImportIds(DocumentIndex index, ExistingOrg existing, Func<string> newId)
    {
        _existing = existing;
        _units = Assign(index.Units, c => existing.Units.ByCode(c)?.Id, newId);
        _departments = Assign(index.Departments, c => existing.Departments.ByCode(c)?.Id, newId);
        _posts = Assign(index.Posts, c => existing.Posts.ByCode(c)?.Id, newId);
        _levels = Assign(index.Levels, c => existing.Levels.ByCode(c)?.Id, newId);
        _members = Assign(index.Members, c => existing.Members.ByCode(c)?.Id, newId);
        _roles = Assign(index.Roles, c => existing.Roles.ByCode(c)?.Id, newId);
        _groups = Assign(index.Groups, c => existing.Groups.ByCode(c)?.Id, newId);
    }

    public string? Unit(string? code) => Find(_units, code) ?? _existing.Units.ByCode(code)?.Id;

    public string? Department(string? code) => Find(_departments, code) ?? _existing.Departments.ByCode(code)?.Id;

    public string? Post(string? code) => Find(_posts, code) ?? _existing.Posts.ByCode(code)?.Id;

    public string? Level(string? code) => Find(_levels, code) ?? _existing.Levels.ByCode(code)?.Id;

    public string? Member(string? code) => Find(_members, code) ?? _existing.Members.ByCode(code)?.Id;

    public string Role(string code) => _roles[code];

    public string Group(string code) => _groups[code];

    private static string? Find(Dictionary<string, string> ids, string? code) =>
        ImportText.Clean(code) is { } key && ids.TryGetValue(key, out var id) ? id : null;

    private static Dictionary<string, string> Assign(Dictionary<string, int> codes, Func<string, string?> stored, Func<string> newId)
    {
        var ids = new Dictionary<string, string>(codes.Count, StringComparer.Ordinal);
        foreach (var code in codes.Keys)
        {
            ids[code] = stored(code) ?? newId();
        }

        return ids;
    }
}
