namespace Platform.Core.Packaging;

/// <summary>A plugin package, key, licence or bundle that cannot be used; the message says why and what to do.</summary>
public sealed class PackagingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for the person running the command.</param>
    public PackagingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PackagingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
