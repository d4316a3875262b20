using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Organization.Authentication;
using Platform.Contracts.Organization.Directory;
using Platform.Host.Tests.Auth;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.News;

/// <summary>
/// The real host with the real News plugin folder, a small organisation and three categories:
/// <c>open</c> (no review, everyone reads), <c>reviewed</c> (review process <c>news-review-test</c>: the reviewer
/// approves) and <c>newsroom-only</c> (read only by the newsroom department). The editor sits in the newsroom, the
/// reader in finance. The scheduler polls every 100 ms.
/// </summary>
internal sealed class NewsWorld : IAsyncDisposable
{
    public const string ReviewProcess = "news-review-test";

    private readonly PluginsFolder _folder;

    private NewsWorld(PluginsFolder folder, RunningHost host)
    {
        _folder = folder;
        Host = host;
    }

    public RunningHost Host { get; }

    public string DataDirectory => _folder.DataDirectory;

    public HttpClient Admin => Host.Client;

    public HttpClient Editor { get; private set; } = null!;

    public HttpClient Reviewer { get; private set; } = null!;

    public HttpClient Reader { get; private set; } = null!;

    public HttpClient Colleague { get; private set; } = null!;

    public string EditorId { get; private set; } = "";

    public string ReviewerId { get; private set; } = "";

    public string ReaderId { get; private set; } = "";

    public string ColleagueId { get; private set; } = "";

    public string NewsroomId { get; private set; } = "";

    public static async Task<NewsWorld> StartAsync()
    {
        var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news"));
        var host = await RunningHost.StartAsync(folder, null, "--Modules:scheduler:PollInterval=00:00:00.100");
        var world = new NewsWorld(folder, host);
        try
        {
            await world.PrepareAsync();
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }

        return world;
    }

    public async Task<JsonElement> CreateDraftAsync(HttpClient client, string category, string title, string body = "Body text.")
    {
        var response = await client.PostAsJsonAsync("/api/news/articles", new { category, title, body });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> SubmitAsync(string id, object? body = null)
    {
        var response = await Editor.PostAsJsonAsync($"/api/news/articles/{id}/submit", body ?? new { });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> PublishedAsync(string category, string title)
    {
        var draft = await CreateDraftAsync(Editor, category, title);
        var published = await SubmitAsync(draft.GetProperty("id").GetString()!);
        Assert.That(published.GetProperty("status").GetString(), Is.EqualTo("published"));
        return published;
    }

    public async Task<JsonElement> ArticleAsync(HttpClient client, string id) => await client.GetFromJsonAsync<JsonElement>($"/api/news/articles/{id}");

    public static async Task<string[]> TitlesAsync(HttpClient client, string query)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/news/articles{query}");
        return [.. list.EnumerateArray().Select(a => a.GetProperty("title").GetString()!)];
    }

    public async Task PutCategoryAsync(string key, object body)
    {
        var response = await Admin.PutAsJsonAsync($"/api/news/categories/{key}", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Editor?.Dispose();
        Reviewer?.Dispose();
        Reader?.Dispose();
        Colleague?.Dispose();
        await Host.DisposeAsync();
        _folder.Dispose();
    }

    private async Task PrepareAsync()
    {
        Assert.That((await Host.ModuleAsync("news")).State, Is.EqualTo(ModuleState.Loaded), (await Host.ModuleAsync("news")).Reason);
        await PutOrgAsync("departments/newsroom", new { name = "Newsroom", unit = "root", parent = Members.Department });
        await PutOrgAsync("departments/finance", new { name = "Finance", unit = "root", parent = Members.Department });
        (Editor, EditorId) = await MemberAsync("editor", "newsroom");
        (Reviewer, ReviewerId) = await MemberAsync("reviewer", Members.Department);
        (Reader, ReaderId) = await MemberAsync("reader", "finance");
        (Colleague, ColleagueId) = await MemberAsync("colleague", "newsroom");
        NewsroomId = Host.App.Services.GetRequiredService<IMemberDirectory>().FindMember(EditorId)!.Primary.DepartmentId;

        var process = new
        {
            key = ReviewProcess,
            name = "News review",
            app = "news",
            nodes = new object[]
            {
                new { id = "start", name = "Submit", type = "start" },
                new { id = "review", name = "Review", type = "approval", approval = new { assignees = new[] { new { kind = "member", value = ReviewerId } } } },
                new { id = "end", name = "Published", type = "end" },
            },
            flows = new[] { new { id = "f1", from = "start", to = "review" }, new { id = "f2", from = "review", to = "end" } },
        };
        var published = await Admin.PostAsJsonAsync("/api/workflow/definitions", process);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Created), await published.Content.ReadAsStringAsync());

        string[] editors = [$"member:{EditorId}"];
        string[] reviewers = [$"member:{ReviewerId}"];
        await PutCategoryAsync("open", new { name = "Open", editors, reviewers });
        await PutCategoryAsync("reviewed", new { name = "Reviewed", editors, reviewers, readers = new[] { "everyone" }, reviewProcessKey = ReviewProcess });
        await PutCategoryAsync("newsroom-only", new { name = "Newsroom only", editors, reviewers, readers = new[] { $"dept-tree:{NewsroomId}" } });
    }

    private async Task PutOrgAsync(string path, object body)
    {
        var response = await Admin.PutAsJsonAsync($"/api/org/{path}", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpClient Client, string Id)> MemberAsync(string login, string department)
    {
        await PutOrgAsync($"members/{login}", new { login, name = $"Member {login}", department });
        var id = Host.App.Services.GetRequiredService<IMemberDirectory>().FindByLogin(login)!.Id;
        await using (var scope = Host.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMemberAuthenticator>().SetPasswordAsync(id, $"{login}-password-1", CancellationToken.None);
        }

        return (Host.ClientWithToken(await Host.TokenForAsync(login, $"{login}-password-1")), id);
    }
}
