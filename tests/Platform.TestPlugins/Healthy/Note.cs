namespace Platform.TestPlugins.Healthy;

internal sealed class Note
{
    public int Id { get; set; }

    public required string Text { get; set; }
}
