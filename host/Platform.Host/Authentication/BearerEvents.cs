using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts.Errors;
using Platform.Core.Organization.Authentication;

namespace Platform.Host.Authentication;

/// <summary>
/// Checks each valid token against the organisation as it is now — a disabled or deleted member's token stops working,
/// and the <c>role</c> claims are replaced by the roles the member holds now — and answers a failed or missing token
/// with problem details (<c>auth.unauthenticated</c>) instead of an empty 401.
/// </summary>
internal sealed class BearerEvents(IProblemDetailsService problems) : JwtBearerEvents
{
    private const string Inactive = "The member this token was issued to is disabled or no longer exists.";

    public override Task TokenValidated(TokenValidatedContext context)
    {
        var identity = context.Principal?.Identity as ClaimsIdentity;
        var memberId = identity?.FindFirst(AuthClaims.Subject)?.Value;
        var roles = memberId is null ? null : context.HttpContext.RequestServices.GetService<ISignedInMembers>()?.FixedRolesOf(memberId);
        if (identity is null || roles is null)
        {
            context.Fail(Inactive);
            return Task.CompletedTask;
        }

        foreach (var claim in identity.FindAll(AuthClaims.Role).ToList())
        {
            identity.RemoveClaim(claim);
        }

        identity.AddClaims(roles.Select(role => new Claim(AuthClaims.Role, role)));
        return Task.CompletedTask;
    }

    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = "Sign-in required.",
            Detail = context.AuthenticateFailure switch
            {
                null => $"Send a bearer token (from POST {TokenEndpoint.Path}) in the Authorization header.",
                SecurityTokenExpiredException => "The token has expired; sign in again.",
                SecurityTokenException => "The token is not valid; sign in again.",
                { Message: Inactive } => Inactive,
                _ => "The token is not valid; sign in again.",
            },
            Type = $"urn:platform:error:{ErrorCodes.Unauthenticated}",
        };
        problem.Extensions["code"] = ErrorCodes.Unauthenticated;
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = problem });
    }
}
