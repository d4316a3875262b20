using Platform.Contracts.Organization.Model;

namespace Platform.Contracts.Organization.Directory;

/// <summary>Units, departments, posts and levels, and the shape of the department tree. Answers from memory.</summary>
public interface IOrgStructure
{
    /// <summary>The unit with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">Unit id.</param>
    OrgUnit? FindUnit(string id);

    /// <summary>The department with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">Department id.</param>
    Department? FindDepartment(string id);

    /// <summary>The department's ancestors, nearest first (parent, grandparent … top of the unit).</summary>
    /// <param name="departmentId">Department id.</param>
    IReadOnlyList<Department> AncestorsOf(string departmentId);

    /// <summary>The department and every department below it, parents before children.</summary>
    /// <param name="departmentId">Department id.</param>
    IReadOnlyList<Department> SubtreeOf(string departmentId);

    /// <summary>The top-level departments of a unit.</summary>
    /// <param name="unitId">Unit id.</param>
    IReadOnlyList<Department> TopDepartmentsOf(string unitId);

    /// <summary>The post with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">Post id.</param>
    Post? FindPost(string id);

    /// <summary>The job level with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">Level id.</param>
    JobLevel? FindLevel(string id);
}
