using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Organization.Authentication;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Persistence.Entities;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Authentication;

/// <summary>Sign-in helpers: each call runs in a scope of its own, as each HTTP request does.</summary>
internal static class SignIns
{
    public static async Task<SignInResult> SignInAsync(this OrgHarness harness, string login, string password)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMemberAuthenticator>().SignInAsync(login, password, CancellationToken.None);
    }

    public static async Task SetPasswordAsync(this OrgHarness harness, string memberId, string password)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMemberAuthenticator>().SetPasswordAsync(memberId, password, CancellationToken.None);
    }

    public static async Task<CredentialRow?> CredentialAsync(this OrgHarness harness, string memberId)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrgDbContext>().Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.MemberId == memberId);
    }

    public static async Task<T> QueryAsync<T>(this OrgHarness harness, Func<OrgDbContext, Task<T>> query)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrgDbContext>());
    }
}
