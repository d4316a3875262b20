namespace Platform.Core.Organization.Persistence.Entities;

internal sealed class PostRow
{
    public required string Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }
}
