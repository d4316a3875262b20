namespace Platform.Core.Tests.Fixtures.Alpha;

public sealed class AlphaItem
{
    public int Id { get; set; }

    public required string Name { get; set; }
}
