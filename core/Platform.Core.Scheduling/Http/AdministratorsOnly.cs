using Microsoft.AspNetCore.Http;
using Platform.Contracts.Errors;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Scheduling.Http;

/// <summary>Lets only holders of the administrator role through, asked of the organization engine through its contract.</summary>
internal sealed class AdministratorsOnly(ICurrentUser user, IRoleResolver roles) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!user.IsAuthenticated)
        {
            throw new PlatformException(ErrorCodes.Unauthenticated, "Sign in first.", ErrorKind.Unauthenticated);
        }

        if (user.UserId is not { } id || !roles.HoldersOf(WellKnownRoles.Administrator).Contains(id, StringComparer.Ordinal))
        {
            throw new PlatformException(ErrorCodes.Forbidden, "Only administrators may look at scheduled jobs.", ErrorKind.Forbidden);
        }

        return next(context);
    }
}
