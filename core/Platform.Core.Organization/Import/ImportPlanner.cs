using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>Works out every row to write from a document and the stored organisation; writes nothing.</summary>
internal static class ImportPlanner
{
    public static ImportPlan Plan(OrgDocument document, DocumentIndex index, ExistingOrg existing, Func<string> newId)
    {
        var context = new PlanContext(document, index, existing, new ImportIds(index, existing, newId), new ImportPlan());
        StructurePlanner.Plan(context);
        CatalogPlanner.Plan(context);
        MemberPlanner.Plan(context);
        RolePlanner.Plan(context);
        GroupPlanner.Plan(context);
        return context.Plan;
    }
}
