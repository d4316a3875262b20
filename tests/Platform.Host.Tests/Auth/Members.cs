using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Organization.Authentication;
using Platform.Contracts.Organization.Directory;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Auth;

/// <summary>Members for sign-in tests: written through the organisation API as the administrator, passwords set through the engine contract.</summary>
internal static class Members
{
    /// <summary>The department the first-start administrator sits in.</summary>
    public const string Department = "administration";

    /// <summary>Creates (or updates) a member in the administrator's department; returns its id.</summary>
    public static async Task<string> PutAsync(RunningHost host, string login, bool enabled = true)
    {
        var response = await host.Client.PutAsJsonAsync($"/api/org/members/{login}", new { login, name = $"Member {login}", department = Department, enabled });
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return host.App.Services.GetRequiredService<IMemberDirectory>().FindByLogin(login)!.Id;
    }

    /// <summary>Creates a member with a password; returns its id.</summary>
    public static async Task<string> AddAsync(RunningHost host, string login, string password)
    {
        var id = await PutAsync(host, login);
        await using var scope = host.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMemberAuthenticator>().SetPasswordAsync(id, password, CancellationToken.None);
        return id;
    }

    public static async Task<HttpResponseMessage> SignInAsync(RunningHost host, string login, string password)
    {
        using var anonymous = host.AnonymousClient();
        return await anonymous.PostAsJsonAsync("/api/auth/token", new { login, password });
    }
}
