using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Host.Tests.News;

/// <summary>A publish time: the article waits as <c>scheduled</c>, and the scheduler's poller publishes it once when due.</summary>
public sealed class SchedulingTests
{
    private NewsWorld _world = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _world = await NewsWorld.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _world.DisposeAsync();

    [Test]
    public async Task A_scheduled_article_is_published_once_when_its_time_comes()
    {
        var id = (await _world.CreateDraftAsync(_world.Editor, "open", "Tomorrow's notice")).GetProperty("id").GetString()!;
        var publishAt = TimeProvider.System.GetUtcNow().AddSeconds(1.5);

        var scheduled = await _world.SubmitAsync(id, new { publishAt });
        Assert.That(scheduled.GetProperty("status").GetString(), Is.EqualTo("scheduled"));
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=open"), Does.Not.Contain("Tomorrow's notice"));
        Assert.That(await NewsWorld.TitlesAsync(_world.Editor, "?status=scheduled"), Does.Contain("Tomorrow's notice"));

        var article = await WaitForStatusAsync(id, "published", TimeSpan.FromSeconds(20));
        Assert.That(article.GetProperty("publishedAt").GetDateTimeOffset(), Is.GreaterThanOrEqualTo(publishAt.AddMilliseconds(-1)));
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=open"), Does.Contain("Tomorrow's notice"));

        await Task.Delay(500);
        var done = await _world.Admin.GetFromJsonAsync<JsonElement>("/api/scheduler/jobs?state=done");
        var jobs = done.GetProperty("items").EnumerateArray().Where(j => j.GetProperty("key").GetString() == id).ToList();
        Assert.That(jobs, Has.Count.EqualTo(1), "one job for the article");
        Assert.That((jobs[0].GetProperty("kind").GetString(), jobs[0].GetProperty("attempts").GetInt32()), Is.EqualTo(("news.publish", 1)));
    }

    [Test]
    public async Task Withdrawing_a_scheduled_article_cancels_its_publication()
    {
        var id = (await _world.CreateDraftAsync(_world.Editor, "open", "Cancelled notice")).GetProperty("id").GetString()!;
        await _world.SubmitAsync(id, new { publishAt = TimeProvider.System.GetUtcNow().AddHours(1) });
        Assert.That(await PendingJobKeysAsync(), Does.Contain(id));

        var withdrawn = await _world.Reviewer.PostAsync($"/api/news/articles/{id}/withdraw", null);

        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withdrawn.Content.ReadAsStringAsync());
        Assert.That((await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("withdrawn"));
        Assert.That(await PendingJobKeysAsync(), Does.Not.Contain(id));
    }

    [Test]
    public async Task A_reviewed_article_approved_before_its_publish_time_waits_for_it()
    {
        var id = (await _world.CreateDraftAsync(_world.Editor, "reviewed", "Approved early")).GetProperty("id").GetString()!;
        var submitted = await _world.SubmitAsync(id, new { publishAt = TimeProvider.System.GetUtcNow().AddHours(2) });
        var instanceId = submitted.GetProperty("reviewInstanceId").GetString();
        var todos = await _world.Reviewer.GetFromJsonAsync<JsonElement>("/api/workflow/my/todos?app=news");
        var item = todos.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == instanceId).GetProperty("id").GetString();

        await _world.Reviewer.PostAsJsonAsync($"/api/workflow/work-items/{item}/actions", new { kind = "approve" });

        Assert.That((await _world.ArticleAsync(_world.Editor, id)).GetProperty("status").GetString(), Is.EqualTo("scheduled"));
        Assert.That(await PendingJobKeysAsync(), Does.Contain(id));
    }

    private async Task<List<string?>> PendingJobKeysAsync()
    {
        var pending = await _world.Admin.GetFromJsonAsync<JsonElement>("/api/scheduler/jobs?state=pending&limit=200");
        return [.. pending.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("key").GetString())];
    }

    private async Task<JsonElement> WaitForStatusAsync(string id, string status, TimeSpan timeout)
    {
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (true)
        {
            var article = await _world.ArticleAsync(_world.Editor, id);
            if (article.GetProperty("status").GetString() == status || TimeProvider.System.GetUtcNow() > until)
            {
                Assert.That(article.GetProperty("status").GetString(), Is.EqualTo(status), "within the timeout");
                return article;
            }

            await Task.Delay(100);
        }
    }
}
