using Platform.Contracts.Organization.Model;

namespace Platform.Contracts.Organization.Directory;

/// <summary>Finds groups.</summary>
public interface IGroupDirectory
{
    /// <summary>The group with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">Group id.</param>
    Group? FindGroup(string id);

    /// <summary>The groups a member belongs to.</summary>
    /// <param name="memberId">Member id.</param>
    IReadOnlyList<Group> GroupsOf(string memberId);
}
