namespace Platform.Core.Licensing;

/// <summary>
/// The id of this host installation (<c>&lt;data&gt;/installation-id</c>), generated once. Licences name it, so a licence
/// file copied to another installation is refused.
/// </summary>
public static class InstallationId
{
    /// <summary>The file name in the data directory.</summary>
    public const string FileName = "installation-id";

    /// <summary>What commands that only look report before the id exists (no licence names it).</summary>
    public const string NotCreated = "(not created yet)";

    /// <summary>Reads the installation id without creating it; <see cref="NotCreated"/> when there is none yet.</summary>
    /// <param name="dataDirectory">The host's data directory.</param>
    public static string Find(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, FileName);
        return File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } existing ? existing : NotCreated;
    }

    /// <summary>Reads the installation id, creating it on first use.</summary>
    /// <param name="dataDirectory">The host's data directory.</param>
    public static string GetOrCreate(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, FileName);
        if (File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(dataDirectory);
        var id = Guid.NewGuid().ToString("D");
        try
        {
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(id + "\n");
            return id;
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another process created it first: use theirs.
            return File.ReadAllText(file).Trim();
        }
    }
}
