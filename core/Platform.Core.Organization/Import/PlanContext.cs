using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>What the planners share: the document, its index, the stored organisation, ids, and the plan they fill.</summary>
internal sealed record PlanContext(OrgDocument Document, DocumentIndex Index, ExistingOrg Existing, ImportIds Ids, ImportPlan Plan)
{
    /// <summary>
    /// The items of a list the plan acts on: the first item with each code. Null items, items without a code and later
    /// duplicates are errors the validator reports; they are skipped so counts can still be given.
    /// </summary>
    public static IEnumerable<(T Item, string Code)> Firsts<T>(IReadOnlyList<T?>? items, Dictionary<string, int> index, Func<T, string?> code)
        where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is { } item && ImportText.Clean(code(item)) is { } key && index[key] == i)
            {
                yield return (item, key);
            }
        }
    }
}
