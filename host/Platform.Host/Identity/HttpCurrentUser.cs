using System.Security.Claims;
using Platform.Contracts.Identity;

namespace Platform.Host.Identity;

/// <summary>The signed-in member of the current HTTP request, read from its claims.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) ?? Principal!.FindFirstValue("sub") : null;

    public string? Name => IsAuthenticated ? Principal!.Identity!.Name : null;

    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);
}
