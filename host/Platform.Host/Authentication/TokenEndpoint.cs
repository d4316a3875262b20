using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Authentication;
using Platform.Core.Organization.Authentication;

namespace Platform.Host.Authentication;

/// <summary>
/// <c>POST /api/auth/token</c> (anonymous): login + password → a bearer token. Wrong login or password → 401
/// <c>auth.invalid_credentials</c>; locked login → 429 <c>auth.locked_out</c> with <c>Retry-After</c>; disabled member →
/// 403 <c>auth.member_disabled</c>; missing fields → 400 <c>validation.failed</c>.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/api/auth/token";
    private const int MaxFieldLength = 1024;

    public static RouteHandlerBuilder MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, IssueAsync)
            .AllowAnonymous()
            .WithName("IssueToken")
            .WithTags("Authentication")
            .WithSummary("Signs a member in and returns a bearer token.")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> IssueAsync(TokenRequest request, HttpContext http, TokenIssuer issuer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (login, password) = Validate(request);
        var authenticator = http.RequestServices.GetService<IMemberAuthenticator>()
            ?? throw new PlatformException(AuthErrorCodes.Unavailable, "Sign-in is unavailable: the organization engine is not loaded.", ErrorKind.Unavailable);
        var result = await authenticator.SignInAsync(login, password, cancellationToken);
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                var member = result.Member!;
                var roles = http.RequestServices.GetRequiredService<ISignedInMembers>().FixedRolesOf(member.Id) ?? [];
                var token = issuer.Issue(member, roles);
                return TypedResults.Ok(new TokenResponse(token.AccessToken, "Bearer", (int)token.Lifetime.TotalSeconds, new TokenMember(member.Id, member.Login, member.Name)));
            case SignInOutcome.LockedOut:
                var wait = Math.Max(1, (int)Math.Ceiling((result.LockedUntil!.Value - clock.GetUtcNow()).TotalSeconds));
                http.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Problem(StatusCodes.Status429TooManyRequests, AuthErrorCodes.LockedOut, "Too many failed sign-ins.", $"The login is locked until {result.LockedUntil:O}; try again in {wait} seconds.", result.LockedUntil);
            case SignInOutcome.Disabled:
                return Problem(StatusCodes.Status403Forbidden, AuthErrorCodes.MemberDisabled, "Not allowed.", "The member is disabled and cannot sign in.");
            default:
                return Problem(StatusCodes.Status401Unauthorized, AuthErrorCodes.InvalidCredentials, "Sign-in failed.", "The login or password is wrong.");
        }
    }

    private static (string Login, string Password) Validate(TokenRequest request)
    {
        var errors = new List<FieldError>();
        Check("login", request.Login, errors);
        Check("password", request.Password, errors);
        return errors.Count == 0 ? (request.Login!.Trim(), request.Password!) : throw PlatformException.Validation(errors);
    }

    private static void Check(string field, string? value, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "required", $"The {field} is required."));
        }
        else if (value.Length > MaxFieldLength)
        {
            errors.Add(new FieldError(field, "too_long", $"The {field} must have at most {MaxFieldLength} characters."));
        }
    }

    private static ProblemHttpResult Problem(int status, string code, string title, string detail, DateTimeOffset? lockedUntil = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"urn:platform:error:{code}" };
        problem.Extensions["code"] = code;
        if (lockedUntil is { } until)
        {
            problem.Extensions["lockedUntil"] = until;
        }

        return TypedResults.Problem(problem);
    }
}
