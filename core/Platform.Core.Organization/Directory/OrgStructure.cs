using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Model;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Directory;

internal sealed class OrgStructure(OrgSnapshotHolder holder) : IOrgStructure
{
    private OrgModel Model => holder.Current.Model;

    public OrgUnit? FindUnit(string id) => Model.Units.GetValueOrDefault(id);

    public Department? FindDepartment(string id) => Model.Departments.GetValueOrDefault(id);

    public IReadOnlyList<Department> AncestorsOf(string departmentId) => Model.AncestorsOf(departmentId);

    public IReadOnlyList<Department> SubtreeOf(string departmentId) => Model.SubtreeOf(departmentId);

    public IReadOnlyList<Department> TopDepartmentsOf(string unitId) => Model.TopDepartments.GetValueOrDefault(unitId, []);

    public Post? FindPost(string id) => Model.Posts.GetValueOrDefault(id);

    public JobLevel? FindLevel(string id) => Model.Levels.GetValueOrDefault(id);
}
