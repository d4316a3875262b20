using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Modules;
using Platform.Core.Modules;
using Platform.Host.Hosting;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Packaging;

/// <summary>
/// A bundle from <c>bundle.json</c> to a running distribution: two fixture plugins packed with a fresh vendor key (the
/// bundle takes one of them),
/// <c>platform bundle lock</c>, <c>check</c>, <c>build</c>, then the distribution's own <c>run.sh</c>.
/// </summary>
public sealed class BundleBuildTests
{
    private const string AdminPassword = "bundle-tests-admin-password";

    private string _root = null!;
    private string _bundle = null!;

    [OneTimeSetUp]
    public async Task CreateBundleAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), "platform-host-tests", "bundle-" + Guid.NewGuid().ToString("N"));
        _bundle = Path.Combine(_root, "bundle");
        var keys = Path.Combine(_root, "keys");
        await PlatformProcess.RunOkAsync("keys", "create", "--out", keys, "--id", "bundle-vendor");
        using var source = new PluginsFolder().AddFixture("acme.notes", "Healthy.HealthyModule").AddFixture("acme.extra", "Empty.EmptyModule");
        foreach (var plugin in new[] { "acme.notes", "acme.extra" })
        {
            await PlatformProcess.RunOkAsync("plugin", "pack", Path.Combine(source.PluginsDirectory, plugin), "--key", Path.Combine(keys, "bundle-vendor.private.pem"), "--out", Path.Combine(_bundle, "packages"));
        }

        Directory.CreateDirectory(Path.Combine(_bundle, "trust", "plugins"));
        File.Copy(Path.Combine(keys, "bundle-vendor.pub.pem"), Path.Combine(_bundle, "trust", "plugins", "bundle-vendor.pub.pem"));
        var host = ContractCatalog.VersionOf(typeof(PlatformApplication).Assembly)!;
        await File.WriteAllTextAsync(Path.Combine(_bundle, "bundle.json"), new JsonObject
        {
            ["name"] = "portal-test",
            ["version"] = "1.0.0",
            ["host"] = $"[{host.Major}.0.0, {host.Major + 1}.0.0)",
            ["modules"] = new JsonObject { ["org"] = "[0.0.1, )", ["acme.notes"] = "[1.0.0, 2.0.0)" },
            ["settings"] = new JsonObject { ["Platform:AdminPassword"] = AdminPassword },
        }.ToJsonString());
    }

    [OneTimeTearDown]
    public void Clean()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    [Test]
    public async Task A_built_bundle_runs_with_exactly_its_modules()
    {
        var locked = await PlatformProcess.RunOkAsync("bundle", "lock", _bundle);
        var checkedOk = await PlatformProcess.RunOkAsync("bundle", "check", _bundle);
        var output = Path.Combine(_root, "dist");
        await PlatformProcess.RunOkAsync("bundle", "build", _bundle, "-o", output);

        Assert.That(locked, Does.Contain("acme.notes\t1.0.0\tapp\tacme.notes-1.0.0.platform-plugin").And.Not.Contain("acme.extra"));
        Assert.That(checkedOk, Does.Contain("Bundle portal-test 1.0.0: OK (2 modules)"));
        Assert.That(Directory.GetDirectories(Path.Combine(output, "plugins")).Select(Path.GetFileName), Is.EqualTo(new[] { "acme.notes" }));

        var port = FreePort();
        var start = new ProcessStartInfo(Path.Combine(output, "run.sh")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        using var process = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilLiveAsync(client, process, log);
            using var token = await client.PostAsJsonAsync("/api/auth/token", new { login = "admin", password = AdminPassword });
            Assert.That(token.StatusCode, Is.EqualTo(HttpStatusCode.OK), await token.Content.ReadAsStringAsync());
            var accessToken = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);

            var modules = (await client.GetFromJsonAsync<List<ModuleInfo>>("/api/modules", RunningHost.Json))!;

            Assert.That(modules.Where(m => m.Kind == ModuleKind.App).Select(m => (m.Id, m.State)), Is.EqualTo(new[] { ("acme.notes", ModuleState.Loaded) }));
            Assert.That(modules.Select(m => m.Id), Does.Contain("org"));
            Assert.That(File.Exists(Path.Combine(output, "data", "platform.db")), Is.True, "the distribution keeps its data beside it");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Test]
    public async Task A_bundle_whose_package_was_swapped_after_locking_fails_the_check_and_is_not_built()
    {
        var copy = Path.Combine(_root, "swapped");
        CopyFolder(_bundle, copy);
        await PlatformProcess.RunOkAsync("bundle", "lock", copy);
        await using (var stream = File.OpenWrite(Path.Combine(copy, "packages", "acme.notes-1.0.0.platform-plugin")))
        {
            stream.Seek(0, SeekOrigin.End);
            stream.WriteByte(0);
        }

        var (checkExit, checkOutput, _) = await PlatformProcess.RunAsync("bundle", "check", copy);
        var (buildExit, buildOutput, buildErrors) = await PlatformProcess.RunAsync("bundle", "build", copy, "-o", Path.Combine(_root, "never"));

        Assert.That(checkExit, Is.EqualTo(1));
        Assert.That(checkOutput, Does.Contain("acme.notes: acme.notes-1.0.0.platform-plugin is not the locked package (SHA-256 differs)"));
        Assert.That(buildExit, Is.EqualTo(1));
        Assert.That(buildOutput + buildErrors, Does.Contain("Not built"));
        Assert.That(Directory.Exists(Path.Combine(_root, "never")), Is.False);
    }

    private static async Task WaitUntilLiveAsync(HttpClient client, Process process, System.Text.StringBuilder log)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                Assert.Fail($"run.sh exited with {process.ExitCode}:\n{log}");
            }

            try
            {
                using var response = await client.GetAsync("/health/live");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        Assert.Fail($"The distribution did not start within 90 s:\n{log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
