using Platform.Contracts.Errors;

namespace Platform.Apps.Documents;

/// <summary>The app's stable error codes (<c>documents.*</c>).</summary>
internal static class DocumentErrors
{
    public static PlatformException TypeNotFound(string key) =>
        PlatformException.NotFound("documents.type.not_found", $"There is no document type '{key}'.");

    public static PlatformException DocumentNotFound(string id) =>
        PlatformException.NotFound("documents.document.not_found", $"There is no document '{id}'.");

    public static PlatformException Forbidden(string message) =>
        new("auth.forbidden", message, ErrorKind.Forbidden);

    public static PlatformException WrongState(string id, string status, string wanted) =>
        PlatformException.Conflict("documents.document.wrong_state", $"Document '{id}' is {status}; this needs it {wanted}.");

    public static PlatformException ReadOnly(string id) =>
        PlatformException.Conflict("documents.document.read_only", $"Document '{id}' is archived and read-only.");
}
