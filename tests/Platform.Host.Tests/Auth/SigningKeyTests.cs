using System.Net;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Auth;

/// <summary>Where the signing key comes from: a generated file in the data directory, or shared configuration for a cluster.</summary>
public sealed class SigningKeyTests
{
    [Test]
    public async Task The_generated_key_is_private_to_the_owner_and_tokens_survive_a_restart()
    {
        using var folder = new PluginsFolder();
        string token;
        await using (var first = await RunningHost.StartAsync(folder))
        {
            token = await first.TokenForAsync("admin", RunningHost.AdminPassword);
        }

        var keyFile = Path.Combine(folder.DataDirectory, "keys", "token-signing.key");
        Assert.That(File.Exists(keyFile), Is.True);
        Assert.That(Convert.FromBase64String(await File.ReadAllTextAsync(keyFile)), Has.Length.EqualTo(32));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(keyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        await using var second = await RunningHost.StartAsync(folder);
        using var client = second.ClientWithToken(token);
        Assert.That((await client.GetAsync("/api/modules")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Nodes_sharing_a_configured_key_accept_each_others_tokens_and_a_rotated_key_still_accepts_the_previous_one()
    {
        var old = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var next = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        using var folder = new PluginsFolder();
        string token;
        await using (var node = await RunningHost.StartAsync(folder, null, $"--Platform:Auth:SigningKey={old}"))
        {
            token = await node.TokenForAsync("admin", RunningHost.AdminPassword);
        }

        Assert.That(File.Exists(Path.Combine(folder.DataDirectory, "keys", "token-signing.key")), Is.False, "a configured key is not written to disk");
        await using (var sameKey = await RunningHost.StartAsync(folder, null, $"--Platform:Auth:SigningKey={old}"))
        {
            using var client = sameKey.ClientWithToken(token);
            Assert.That((await client.GetAsync("/api/modules")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await using (var rotating = await RunningHost.StartAsync(folder, null, $"--Platform:Auth:SigningKey={next}", $"--Platform:Auth:PreviousSigningKey={old}"))
        {
            using var client = rotating.ClientWithToken(token);
            Assert.That((await client.GetAsync("/api/modules")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await using var rotated = await RunningHost.StartAsync(folder, null, $"--Platform:Auth:SigningKey={next}");
        using var stale = rotated.ClientWithToken(token);
        Assert.That((await stale.GetAsync("/api/modules")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
