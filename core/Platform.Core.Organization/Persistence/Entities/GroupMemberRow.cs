namespace Platform.Core.Organization.Persistence.Entities;

internal sealed class GroupMemberRow
{
    public required string GroupId { get; set; }

    public required string MemberId { get; set; }
}
