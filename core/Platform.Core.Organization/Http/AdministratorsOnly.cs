using Microsoft.AspNetCore.Http;
using Platform.Contracts.Errors;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Organization.Http;

/// <summary>
/// Lets only holders of the administrator role through. Checked against the organisation as it is now, not against
/// the claims in the token, so taking the role away takes effect at once.
/// </summary>
/// <param name="user">The current user.</param>
/// <param name="roles">Role lookups.</param>
public sealed class AdministratorsOnly(ICurrentUser user, IRoleResolver roles) : IEndpointFilter
{
    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Demand(user, roles);
        return next(context);
    }

    /// <summary>Whether the current user holds the administrator role.</summary>
    /// <param name="user">The current user.</param>
    /// <param name="roles">Role lookups.</param>
    public static bool IsAdministrator(ICurrentUser user, IRoleResolver roles) =>
        user.UserId is { } id && roles.HoldersOf(WellKnownRoles.Administrator).Contains(id, StringComparer.Ordinal);

    /// <summary>Throws unless the current user is an administrator.</summary>
    /// <param name="user">The current user.</param>
    /// <param name="roles">Role lookups.</param>
    public static void Demand(ICurrentUser user, IRoleResolver roles)
    {
        if (!user.IsAuthenticated)
        {
            throw new PlatformException(ErrorCodes.Unauthenticated, "Sign in first.", ErrorKind.Unauthenticated);
        }

        if (!IsAdministrator(user, roles))
        {
            throw new PlatformException(ErrorCodes.Forbidden, "Only administrators may do this.", ErrorKind.Forbidden);
        }
    }

    /// <summary>Throws unless the current user is <paramref name="memberId"/> or an administrator.</summary>
    /// <param name="user">The current user.</param>
    /// <param name="roles">Role lookups.</param>
    /// <param name="memberId">The member the operation is about.</param>
    public static void DemandSelfOrAdministrator(ICurrentUser user, IRoleResolver roles, string memberId)
    {
        if (user.UserId != memberId)
        {
            Demand(user, roles);
        }
    }
}
