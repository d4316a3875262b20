using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>Checks a whole document against itself and the stored organisation; returns every problem, in document order.</summary>
internal static class ImportValidator
{
    public static IReadOnlyList<FieldError> Validate(OrgDocument document, DocumentIndex index, ExistingOrg existing)
    {
        var check = new ImportCheck(document, index, existing);
        UnitChecks.Run(check);
        DepartmentChecks.Run(check);
        CatalogChecks.Run(check);
        MemberChecks.Run(check);
        RoleChecks.Run(check);
        GroupChecks.Run(check);
        return check.Errors;
    }
}
