using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Apps.Api;
using Platform.Apps.Api.News;
using Platform.Contracts.Modules;
using Platform.Sdk.Tests.Support;
using Platform.Testing;

namespace Platform.Sdk.Tests.Testing;

/// <summary>
/// The test kit against built plugin folders: the News app (artifacts/plugins/news) and the well-behaved fixture
/// plugin (artifacts/test-plugins/test-plugins, a notes module with its own table and endpoints).
/// </summary>
public sealed class PluginTestHostTests
{
    private static string NewsFolder => RepoPaths.BuiltPlugin("news");

    [Test]
    public async Task Hosts_an_app_plugin_with_the_engines_and_a_signed_in_client()
    {
        await using var host = await PluginTestHost.StartAsync(NewsFolder);

        using var response = await host.Client.GetAsync("/api/news/articles");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(host.PluginIds, Is.EqualTo(new[] { "news" }));
            Assert.That(host.Modules.Single(m => m.Id == "news").State, Is.EqualTo(ModuleState.Loaded));
            Assert.That(host.Modules.Where(m => m.Kind == ModuleKind.Engine && m.State == ModuleState.Loaded).Select(m => m.Id), Is.SupersetOf(new[] { "kernel", "org", "forms" }));
            Assert.That(host.BaseAddress.IsLoopback, Is.True);
            Assert.That(File.Exists(Path.Combine(host.DataDirectory, "platform.db")), Is.True);
        });
    }

    [Test]
    public async Task Serves_the_plugins_endpoints_on_its_migrated_database()
    {
        await using var host = await PluginTestHost.StartAsync(RepoPaths.BuiltTestPlugins);

        using var created = await host.Client.PostAsJsonAsync("/api/test-plugins/notes", new { text = "Written through the kit." });
        var notes = await host.Client.GetFromJsonAsync<string[]>("/api/test-plugins/notes");

        Assert.Multiple(() =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(notes, Is.EqualTo(new[] { "Written through the kit." }));
        });
    }

    [Test]
    public async Task Sends_mediator_requests_through_the_kernel_pipeline()
    {
        await using var host = await PluginTestHost.StartAsync(NewsFolder);

        var published = await host.SendAsync(new PublishNewsArticle("From a request", "Sent with SendAsync.", new SourceReference("documents", "doc-1")));
        using var article = JsonDocument.Parse(await host.Client.GetStringAsync($"/api/news/articles/{published.ArticleId}"));

        Assert.That(article.RootElement.GetProperty("title").GetString(), Is.EqualTo("From a request"));
        var invalid = new PublishNewsArticle("", "", new SourceReference("documents", "doc-2"));
        var refused = Assert.ThrowsAsync<Platform.Contracts.Errors.PlatformException>(() => host.SendAsync(invalid));
        Assert.That(refused!.Code, Is.EqualTo("validation.failed"));
    }

    [Test]
    public async Task Anonymous_clients_are_refused_and_members_can_sign_in()
    {
        await using var host = await PluginTestHost.StartAsync(RepoPaths.BuiltTestPlugins);
        using var anonymous = host.CreateAnonymousClient();
        using var admin = await host.CreateClientAsync("admin", PluginTestHostOptions.DefaultAdminPassword);

        using var refused = await anonymous.GetAsync("/api/test-plugins/notes");
        using var allowed = await admin.GetAsync("/api/test-plugins/notes");

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
        Assert.ThrowsAsync<PluginTestHostException>(() => host.CreateClientAsync("admin", "wrong password"));
    }

    [Test]
    public async Task Disposing_deletes_the_temporary_data_directory()
    {
        var host = await PluginTestHost.StartAsync(RepoPaths.BuiltTestPlugins);
        var data = host.DataDirectory;
        Assert.That(Directory.Exists(data), Is.True);

        await host.DisposeAsync();

        Assert.That(Directory.Exists(data), Is.False);
    }

    [Test]
    public async Task A_plugin_that_does_not_load_fails_start_up_with_the_hosts_reason()
    {
        using var temp = new TempDirectory("kit-incompatible");
        var folder = CopyWithManifest(RepoPaths.BuiltTestPlugins, temp.Path, manifest => manifest["contracts"]!["Platform.Contracts"] = "[9.0.0, 10.0.0)");

        var failure = Assert.ThrowsAsync<PluginTestHostException>(() => PluginTestHost.StartAsync(folder));

        Assert.That(failure!.Message, Does.Contain("'test-plugins' is Incompatible").And.Contains("Platform.Contracts"));
        var options = new PluginTestHostOptions { RequireLoaded = false };
        options.PluginFolders.Add(folder);
        await using var host = await PluginTestHost.StartAsync(options);
        Assert.That(host.Modules.Single(m => m.Id == "test-plugins").State, Is.EqualTo(ModuleState.Incompatible));
    }

    [Test]
    public void A_folder_without_plugin_json_is_refused()
    {
        using var temp = new TempDirectory("kit-empty");

        var failure = Assert.ThrowsAsync<PluginTestHostException>(() => PluginTestHost.StartAsync(temp.Path));

        Assert.That(failure!.Message, Does.Contain("has no plugin.json"));
    }

    private static string CopyWithManifest(string source, string target, Action<JsonObject> edit)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var path = Path.Combine(target, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
        return target;
    }
}
