namespace Platform.Testing;

/// <summary>A <see cref="PluginTestHost"/> could not start as asked: a plugin folder is unusable or a plugin did not load.</summary>
public sealed class PluginTestHostException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PluginTestHostException()
    {
    }

    /// <summary>Creates the exception with a message for the person running the test.</summary>
    /// <param name="message">What went wrong.</param>
    public PluginTestHostException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PluginTestHostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
