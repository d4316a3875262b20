using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Apps;

/// <summary><c>platform demo seed</c> as a real process on a temporary data directory, then the host serving the result.</summary>
public sealed class DemoSeedCommandTests
{
    private const string DemoPassword = "demo-password-1";

    [Test]
    public async Task Seeding_creates_the_organisation_and_the_apps_demo_data_and_a_demo_member_can_draft_and_submit()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("documents")).Add(RepoPaths.BuiltPlugin("news"));

        string output;
        Environment.SetEnvironmentVariable("PLATFORM_ADMIN_PASSWORD", RunningHost.AdminPassword); // inherited by the command's process
        try
        {
            output = await PlatformProcess.RunOkAsync("demo", "seed", "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);
            await PlatformProcess.RunOkAsync("demo", "seed", "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PLATFORM_ADMIN_PASSWORD", null);
        }

        Assert.That(output, Does.Contain(DemoPassword).And.Contain("zhang").And.Contain("documents").And.Contain("Administrator 'admin' created"));

        await using var host = await RunningHost.StartAsync(folder);
        var types = await host.Client.GetFromJsonAsync<JsonElement>("/api/documents/types");
        Assert.That(types.EnumerateArray().Select(t => t.GetProperty("key").GetString()), Is.EquivalentTo(new[] { "dispatch", "receipt" }), "a second run adds nothing");
        var dispatch = types.EnumerateArray().Single(t => t.GetProperty("key").GetString() == "dispatch");
        Assert.That(dispatch.GetProperty("newsCategory").GetString(), Is.EqualTo("announcements"));

        using var zhang = host.ClientWithToken(await host.TokenForAsync("zhang", DemoPassword));
        using var director = host.ClientWithToken(await host.TokenForAsync("director", DemoPassword));
        var created = await zhang.PostAsJsonAsync("/api/documents/documents", new { typeKey = "dispatch", title = "示范发文", body = "正文", data = new { urgency = "normal" } });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var submitted = await zhang.PostAsync($"/api/documents/documents/{id}/submit", null);
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await submitted.Content.ReadAsStringAsync());
        var instanceId = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString();
        var todos = await director.GetFromJsonAsync<JsonElement>("/api/workflow/my/todos?app=documents");
        var item = todos.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == instanceId);
        var approved = await director.PostAsJsonAsync($"/api/documents/documents/{id}/actions", new { workItemId = item.GetProperty("id").GetString(), kind = "approve" });
        var answer = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(answer.GetProperty("number").GetString(), Does.StartWith("示府办发〔").And.EndWith("〕001号"));
        var document = await zhang.GetFromJsonAsync<JsonElement>($"/api/documents/documents/{id}");
        Assert.That(document.GetProperty("newsState").GetString(), Is.EqualTo("published"), document.ToString());
    }
}
