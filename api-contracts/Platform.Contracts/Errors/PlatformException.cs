namespace Platform.Contracts.Errors;

/// <summary>
/// A failure the caller should see: a stable <see cref="Code"/>, a <see cref="Kind"/> that fixes the HTTP status,
/// a message for a person and, for validation, every field at fault. The host turns it into RFC 9457 problem details.
/// </summary>
public class PlatformException : Exception
{
    /// <summary>Creates a failure.</summary>
    /// <param name="code">Stable code, dotted lower case (<c>news.article.not_found</c>).</param>
    /// <param name="message">What went wrong, for a person.</param>
    /// <param name="kind">The kind of failure.</param>
    /// <param name="errors">Fields at fault, if any.</param>
    /// <param name="innerException">The cause, if any; never shown to the caller.</param>
    public PlatformException(string code, string message, ErrorKind kind = ErrorKind.Rule, IEnumerable<FieldError>? errors = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Kind = kind;
        Errors = errors?.ToArray() ?? [];
    }

    /// <summary>Stable, machine-readable code.</summary>
    public string Code { get; }

    /// <summary>The kind of failure.</summary>
    public ErrorKind Kind { get; }

    /// <summary>Fields at fault; empty when the failure is not about fields.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>A validation failure listing every field at fault, with code <see cref="ErrorCodes.ValidationFailed"/>.</summary>
    /// <param name="errors">Fields at fault.</param>
    public static PlatformException Validation(IEnumerable<FieldError> errors) =>
        new(ErrorCodes.ValidationFailed, "The input is not valid; see errors for each field.", ErrorKind.Validation, errors);

    /// <summary>A missing thing.</summary>
    /// <param name="code">Stable code.</param>
    /// <param name="message">What was not found.</param>
    public static PlatformException NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    /// <summary>A lost race or a duplicate.</summary>
    /// <param name="code">Stable code.</param>
    /// <param name="message">What conflicted.</param>
    public static PlatformException Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);
}
