using Platform.Contracts.Errors;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Authentication;
using Platform.Contracts.Organization.Directory;

namespace Platform.Host.Authentication;

/// <summary>
/// <c>POST /api/auth/password</c>: the signed-in member changes their own password, proving the current one (a wrong
/// current password counts towards the lockout like a failed sign-in). 204 when changed.
/// </summary>
internal static class PasswordEndpoint
{
    public const string Path = "/api/auth/password";

    public static RouteHandlerBuilder MapPasswordEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, ChangeAsync)
            .WithName("ChangePassword")
            .WithTags("Authentication")
            .WithSummary("Changes the signed-in member's password.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<IResult> ChangeAsync(ChangePasswordRequest request, ICurrentUser user, HttpContext http, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            throw PlatformException.Validation([new FieldError("currentPassword", "required", "The current password is required.")]);
        }

        var services = http.RequestServices;
        var member = services.GetService<IMemberDirectory>()?.FindMember(user.UserId ?? "")
            ?? throw new PlatformException(ErrorCodes.Unauthenticated, "Sign in first.", ErrorKind.Unauthenticated);
        var authenticator = services.GetRequiredService<IMemberAuthenticator>();
        var check = await authenticator.SignInAsync(member.Login, request.CurrentPassword, cancellationToken);
        if (check.Outcome != SignInOutcome.Succeeded)
        {
            throw PlatformException.Validation([new FieldError("currentPassword", check.Outcome == SignInOutcome.LockedOut ? "locked_out" : "invalid", check.Outcome == SignInOutcome.LockedOut
                ? $"Too many failed attempts; the login is locked until {check.LockedUntil:O}."
                : "The current password is wrong.")]);
        }

        try
        {
            await authenticator.SetPasswordAsync(member.Id, request.NewPassword ?? "", cancellationToken);
        }
        catch (PlatformException ex) when (ex.Kind == ErrorKind.Validation)
        {
            throw PlatformException.Validation(ex.Errors.Select(e => e with { Field = "newPassword" }));
        }

        return TypedResults.NoContent();
    }
}
