using Microsoft.AspNetCore.Http;
using Platform.Contracts.Errors;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Workflow.Http;

/// <summary>
/// Lets only holders of the administrator role through, asked of the organization engine through its contract, so
/// taking the role away takes effect at once. (The same filter as the form engine's; engines share no implementation.)
/// </summary>
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
            throw new PlatformException(ErrorCodes.Forbidden, "Only administrators may do this: publish, check or import definitions, change the working calendar, migrate instances or read figures.", ErrorKind.Forbidden);
        }

        return next(context);
    }
}
