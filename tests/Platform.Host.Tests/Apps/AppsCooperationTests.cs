using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Modules;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Apps;

/// <summary>
/// The real News and Documents plugin folders on the real host, loaded side by side; neither references the other.
/// Their cooperation (an approved document published as news through Platform.Apps.Api, and the same without News) is
/// exercised end to end in <see cref="DocumentsEndToEndTests"/>.
/// </summary>
public sealed class AppsCooperationTests
{
    [Test]
    public async Task Both_apps_load_with_the_engines_they_depend_on()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news")).Add(RepoPaths.BuiltPlugin("documents"));
        await using var host = await RunningHost.StartAsync(folder);

        Assert.That((await host.ModuleAsync("news")).State, Is.EqualTo(ModuleState.Loaded));
        Assert.That((await host.ModuleAsync("documents")).State, Is.EqualTo(ModuleState.Loaded));
    }

    [Test]
    public async Task Invalid_input_is_a_validation_problem_naming_every_field_and_nothing_is_saved()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news")).Add(RepoPaths.BuiltPlugin("documents"));
        await using var host = await RunningHost.StartAsync(folder);

        var problem = await Problem.ReadAsync(await host.Client.PostAsJsonAsync("/api/documents/documents", new { title = "" }));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Code, Is.EqualTo("validation.failed"));
        Assert.That(problem.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "typeKey", "title", "body" }));
        Assert.That((await host.Client.GetFromJsonAsync<JsonElement>("/api/documents/documents")).GetArrayLength(), Is.Zero);
        var unknownType = await Problem.ReadAsync(await host.Client.PostAsJsonAsync("/api/documents/documents", new { typeKey = "nope", title = "x", body = "" }));
        Assert.That((unknownType.Status, unknownType.Code), Is.EqualTo((HttpStatusCode.NotFound, "documents.type.not_found")));
    }

    [Test]
    public async Task Data_survives_a_restart_on_the_same_data_directory()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news")).Add(RepoPaths.BuiltPlugin("documents"));
        await using (var first = await RunningHost.StartAsync(folder))
        {
            var response = await first.Client.PutAsJsonAsync("/api/news/categories/kept", new { name = "Kept across restarts" });
            Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        }

        await using var second = await RunningHost.StartAsync(folder);
        var category = await second.Client.GetFromJsonAsync<JsonElement>("/api/news/categories/kept");
        Assert.That(category.GetProperty("name").GetString(), Is.EqualTo("Kept across restarts"));
        Assert.That((await second.Client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
