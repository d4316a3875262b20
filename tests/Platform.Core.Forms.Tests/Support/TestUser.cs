using Platform.Contracts.Identity;

namespace Platform.Core.Forms.Tests.Support;

/// <summary>A current user the test sets: nobody until <see cref="UserId"/> is given.</summary>
internal sealed class TestUser : ICurrentUser
{
    public string? UserId { get; set; }

    public bool IsAuthenticated => UserId is not null;

    public string? Name => UserId;

    public bool IsInRole(string role) => false;
}
