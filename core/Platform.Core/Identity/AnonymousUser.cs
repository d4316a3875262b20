using Platform.Contracts.Identity;

namespace Platform.Core.Identity;

/// <summary>The current user outside any signed-in request: nobody.</summary>
internal sealed class AnonymousUser : ICurrentUser
{
    public bool IsAuthenticated => false;

    public string? UserId => null;

    public string? Name => null;

    public bool IsInRole(string role) => false;
}
