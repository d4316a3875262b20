namespace Platform.Testing;

/// <summary>A fresh directory under the system temp folder holding <c>data/</c> and <c>plugins/</c>; deleted on <see cref="Delete"/>.</summary>
internal sealed class TemporaryDirectory
{
    public TemporaryDirectory()
    {
        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(Plugins);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "platform-testing", Guid.NewGuid().ToString("N"));

    public string Data => Path.Combine(Root, "data");

    public string Plugins => Path.Combine(Root, "plugins");

    public void Delete()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // On Windows a loaded plugin assembly stays mapped while the process lives; the OS temp cleanup removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
