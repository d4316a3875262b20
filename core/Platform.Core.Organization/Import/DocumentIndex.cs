using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>Where each code first appears in the document, per kind. References resolve here first, then in the database.</summary>
internal sealed class DocumentIndex
{
    public DocumentIndex(OrgDocument document)
    {
        Units = Index(document.Units, u => u.Code);
        Departments = Index(document.Departments, d => d.Code);
        Posts = Index(document.Posts, p => p.Code);
        Levels = Index(document.Levels, l => l.Code);
        Members = Index(document.Members, m => m.Code);
        Roles = Index(document.Roles, r => r.Code);
        Groups = Index(document.Groups, g => g.Code);
    }

    public Dictionary<string, int> Units { get; }

    public Dictionary<string, int> Departments { get; }

    public Dictionary<string, int> Posts { get; }

    public Dictionary<string, int> Levels { get; }

    public Dictionary<string, int> Members { get; }

    public Dictionary<string, int> Roles { get; }

    public Dictionary<string, int> Groups { get; }

    private static Dictionary<string, int> Index<T>(IReadOnlyList<T?>? items, Func<T, string?> code)
        where T : class
    {
        var index = new Dictionary<string, int>(items?.Count ?? 0, StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is { } item && ImportText.Clean(code(item)) is { } key)
            {
                index.TryAdd(key, i);
            }
        }

        return index;
    }
}
