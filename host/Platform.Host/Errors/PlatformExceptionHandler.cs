using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;

namespace Platform.Host.Errors;

/// <summary>
/// Turns exceptions into problem details: a <see cref="PlatformException"/> keeps its code, kind and field errors;
/// unreadable input becomes <c>http.bad_request</c> naming the field; a lost optimistic-concurrency race becomes
/// <c>data.concurrency_conflict</c>; anything else is logged and answered with <c>internal_error</c> — never a stack trace.
/// </summary>
internal sealed class PlatformExceptionHandler(IProblemDetailsService problems, ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var error = Translate(exception);
        if (error.Kind == ErrorKind.Internal)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        var status = ProblemDetailsSetup.StatusOf(error.Kind);
        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleOf(error.Kind),
            Detail = error.Message,
            Type = $"urn:platform:error:{error.Code}",
        };
        problem.Extensions["code"] = error.Code;
        if (error.Errors.Count > 0)
        {
            problem.Extensions["errors"] = error.Errors;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static PlatformException Translate(Exception exception) => exception switch
    {
        PlatformException platform => platform,
        BadHttpRequestException { InnerException: JsonException json } => new PlatformException(
            ErrorCodes.BadRequest,
            "The request body is not valid JSON for this endpoint.",
            ErrorKind.Validation,
            [new FieldError(FieldOf(json.Path), "invalid_json", json.Message.Split(" Path:")[0])]),
        BadHttpRequestException bad => new PlatformException(ErrorCodes.BadRequest, bad.Message, ErrorKind.Validation),
        JsonException json => new PlatformException(ErrorCodes.BadRequest, "The request body is not valid JSON.", ErrorKind.Validation, [new FieldError(FieldOf(json.Path), "invalid_json", json.Message.Split(" Path:")[0])]),
        DbUpdateConcurrencyException => new PlatformException(ErrorCodes.ConcurrencyConflict, "The data was changed by someone else since you read it. Reload and try again.", ErrorKind.Conflict),
        _ => new PlatformException(ErrorCodes.Internal, "An unexpected error occurred. The trace id finds it in the server log.", ErrorKind.Internal),
    };

    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "" : jsonPath.TrimStart('$', '.');

    private static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => "The input is not valid.",
        ErrorKind.Unauthenticated => "Sign-in required.",
        ErrorKind.Forbidden => "Not allowed.",
        ErrorKind.NotFound => "Not found.",
        ErrorKind.Conflict => "Conflict.",
        ErrorKind.Rule => "The operation is not allowed now.",
        ErrorKind.Unavailable => "A required part is not available.",
        _ => "Unexpected error.",
    };
}
