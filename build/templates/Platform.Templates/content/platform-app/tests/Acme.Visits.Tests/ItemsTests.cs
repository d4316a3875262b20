using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Platform.Contracts.Modules;
using Platform.Testing;

namespace Acme.Visits.Tests;

/// <summary>The plugin as the host runs it: real engines, a temporary SQLite database, HTTP on a loopback port.</summary>
public sealed class ItemsTests
{
    /// <summary>The plugin's build output (see the project file): plugin.json and Acme.Visits.dll.</summary>
    private static readonly string PluginFolder = typeof(ItemsTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "PluginFolder").Value!;

    [Test]
    public async Task The_plugin_loads()
    {
        await using var host = await PluginTestHost.StartAsync(PluginFolder);

        var module = host.Modules.Single(m => m.Id == "visits");
        Assert.That(module.State, Is.EqualTo(ModuleState.Loaded), module.Reason);
    }

    [Test]
    public async Task A_created_item_is_listed_and_can_be_read()
    {
        await using var host = await PluginTestHost.StartAsync(PluginFolder);

        using var created = await host.Client.PostAsJsonAsync("/api/visits/items", new { title = "First visit" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var item = await created.Content.ReadFromJsonAsync<ItemDto>();

        var listed = await host.Client.GetFromJsonAsync<ItemDto[]>("/api/visits/items");
        var read = await host.Client.GetFromJsonAsync<ItemDto>(created.Headers.Location);
        Assert.Multiple(() =>
        {
            Assert.That(listed!.Select(i => i.Title), Is.EqualTo(new[] { "First visit" }));
            Assert.That(read, Is.EqualTo(item));
            Assert.That(item!.CreatedBy, Is.Not.Null, "the signed-in administrator created it");
        });
    }

    [Test]
    public async Task An_item_without_a_title_is_refused_with_the_field_named()
    {
        await using var host = await PluginTestHost.StartAsync(PluginFolder);

        using var response = await host.Client.PostAsJsonAsync("/api/visits/items", new { title = "" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(problem.RootElement.GetProperty("code").GetString(), Is.EqualTo("validation.failed"));
            Assert.That(problem.RootElement.GetProperty("errors")[0].GetProperty("field").GetString(), Is.EqualTo("title"));
        });
    }

    [Test]
    public async Task Items_need_a_signed_in_member()
    {
        await using var host = await PluginTestHost.StartAsync(PluginFolder);
        using var anonymous = host.CreateAnonymousClient();

        using var response = await anonymous.GetAsync("/api/visits/items");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private sealed record ItemDto(string Id, string Title, string? CreatedBy);
}
