namespace Platform.Contracts.Errors;

/// <summary>Error codes the kernel and host raise. Codes never change meaning once published.</summary>
public static class ErrorCodes
{
    /// <summary>The input broke one or more field rules; the errors list each field.</summary>
    public const string ValidationFailed = "validation.failed";

    /// <summary>The request could not be read (malformed JSON, wrong content type, bad parameter).</summary>
    public const string BadRequest = "http.bad_request";

    /// <summary>No endpoint at this address.</summary>
    public const string RouteNotFound = "http.not_found";

    /// <summary>The endpoint exists but not for this HTTP method.</summary>
    public const string MethodNotAllowed = "http.method_not_allowed";

    /// <summary>The caller is not authenticated.</summary>
    public const string Unauthenticated = "auth.unauthenticated";

    /// <summary>The caller may not do this.</summary>
    public const string Forbidden = "auth.forbidden";

    /// <summary>An inter-app request was sent but no installed module handles it.</summary>
    public const string NoHandler = "messaging.no_handler";

    /// <summary>
    /// Formerly raised when a command of another module was sent while a module's transaction was open. No longer
    /// raised by the kernel: such a command now joins the running unit of work
    /// (<see cref="Persistence.IUnitOfWork"/>). Kept so that code matching on it still compiles.
    /// </summary>
    public const string CrossModuleTransaction = "messaging.cross_module_transaction";

    /// <summary>The data was changed by someone else since it was read.</summary>
    public const string ConcurrencyConflict = "data.concurrency_conflict";

    /// <summary>An unexpected fault; the trace id in the response finds it in the logs.</summary>
    public const string Internal = "internal_error";
}
