namespace Platform.Contracts.Errors;

/// <summary>The kind of a failure; the host maps each kind to one HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The input is malformed or breaks a field rule (400).</summary>
    Validation,

    /// <summary>The caller is not authenticated (401).</summary>
    Unauthenticated,

    /// <summary>The caller may not do this (403).</summary>
    Forbidden,

    /// <summary>The thing asked for does not exist (404).</summary>
    NotFound,

    /// <summary>The state changed underneath the caller, or the thing already exists (409).</summary>
    Conflict,

    /// <summary>The input is well-formed but the operation is not allowed in the current state (422).</summary>
    Rule,

    /// <summary>A part the operation needs is not installed or not reachable (503).</summary>
    Unavailable,

    /// <summary>An unexpected fault; details are logged, never shown (500).</summary>
    Internal,
}
