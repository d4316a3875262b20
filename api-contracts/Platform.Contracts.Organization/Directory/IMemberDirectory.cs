using Platform.Contracts.Organization.Model;
using Platform.Contracts.Paging;

namespace Platform.Contracts.Organization.Directory;

/// <summary>Finds members. Answers from memory.</summary>
public interface IMemberDirectory
{
    /// <summary>The member with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">Member id.</param>
    Member? FindMember(string id);

    /// <summary>The member who signs in as <paramref name="login"/> (case-insensitive), or <see langword="null"/>.</summary>
    /// <param name="login">Login.</param>
    Member? FindByLogin(string login);

    /// <summary>
    /// Members holding a position (primary or concurrent) in the department — or, with
    /// <paramref name="includeSubDepartments"/>, anywhere below it. Each member once, ordered by name.
    /// </summary>
    /// <param name="departmentId">Department id.</param>
    /// <param name="includeSubDepartments">Whether to include the departments below.</param>
    /// <param name="includeDisabled">Whether to include disabled members.</param>
    IReadOnlyList<Member> MembersOf(string departmentId, bool includeSubDepartments, bool includeDisabled = false);

    /// <summary>Members holding a post in any of their positions (primary or concurrent), each once, ordered by name.</summary>
    /// <param name="postId">Post id.</param>
    /// <param name="includeDisabled">Whether to include disabled members.</param>
    IReadOnlyList<Member> MembersWithPost(string postId, bool includeDisabled = false);

    /// <summary>Members whose name, login or code contains <paramref name="text"/> (case-insensitive), ordered by name.</summary>
    /// <param name="text">What to look for.</param>
    /// <param name="page">Which page.</param>
    Page<Member> Search(string text, PageRequest page);
}
