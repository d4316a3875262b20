using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Apps.Api.Demo;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Import;
using Platform.Host.Cli;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.News;

/// <summary>A scheduled publication survives a restart; the demo data handler creates categories and articles once.</summary>
public sealed class RestartAndDemoTests
{
    [Test]
    public async Task A_publication_scheduled_before_a_restart_happens_after_it()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news"));
        string id;
        await using (var first = await RunningHost.StartAsync(folder, null, "--Modules:scheduler:PollInterval=00:00:30"))
        {
            var created = await first.Client.PostAsJsonAsync("/api/news/articles", new { title = "After the restart", body = "Text." });
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var submitted = await first.Client.PostAsJsonAsync($"/api/news/articles/{id}/submit", new { publishAt = TimeProvider.System.GetUtcNow().AddSeconds(2) });
            Assert.That((await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("scheduled"));
        }

        await using var second = await RunningHost.StartAsync(folder, null, "--Modules:scheduler:PollInterval=00:00:00.100");
        var until = TimeProvider.System.GetUtcNow().AddSeconds(20);
        string? status;
        do
        {
            await Task.Delay(200);
            status = (await second.Client.GetFromJsonAsync<JsonElement>($"/api/news/articles/{id}")).GetProperty("status").GetString();
        }
        while (status != "published" && TimeProvider.System.GetUtcNow() < until);

        Assert.That(status, Is.EqualTo("published"));
    }

    [Test]
    public async Task Demo_data_creates_the_review_process_categories_and_articles_once()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news"));
        await using var host = await RunningHost.StartAsync(folder);
        var seed = await ImportDemoOrganisationAsync(host);

        await PublishAsync(host, seed);
        await PublishAsync(host, seed);

        var categories = await host.Client.GetFromJsonAsync<JsonElement>("/api/news/categories");
        Assert.That(categories.EnumerateArray().Select(c => c.GetProperty("key").GetString()), Is.EqualTo(new[] { "announcements", "general", "it-notices", "news" }));
        var news = categories.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "news");
        Assert.That(news.GetProperty("reviewProcessKey").GetString(), Is.EqualTo("news-review"));
        Assert.That((await host.Client.GetAsync("/api/workflow/definitions/news-review")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var titles = await NewsWorld.TitlesAsync(host.Client, "");
        Assert.That(titles, Has.Length.EqualTo(4), "a second run adds nothing");
        var pinned = (await host.Client.GetFromJsonAsync<JsonElement>("/api/news/articles?category=announcements"))[0];
        Assert.That(pinned.GetProperty("pinned").GetBoolean(), Is.True);
    }

    private static async Task<SeedDemoData> ImportDemoOrganisationAsync(RunningHost host)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IOrganizationImporter>().ImportAsync(DemoCommand.Organization, false, null, CancellationToken.None);
        Assert.That(report.Errors, Is.Empty);
        var directory = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
        var structure = scope.ServiceProvider.GetRequiredService<IOrgStructure>();
        var members = DemoCommand.Organization.Members!.ToDictionary(m => m.Login!, m => directory.FindByLogin(m.Login!)!.Id);
        var departments = members.Values.Select(id => structure.FindDepartment(directory.FindMember(id)!.Primary.DepartmentId)!).DistinctBy(d => d.Id).ToDictionary(d => d.Code, d => d.Id);
        return new SeedDemoData(structure.FindDepartment(departments.Values.First())!.UnitId, departments, members);
    }

    private static async Task PublishAsync(RunningHost host, SeedDemoData seed)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(seed);
    }
}
