using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.Apps.Api;
using Platform.Apps.Api.News;
using Platform.Contracts.Errors;

namespace Platform.Host.Tests.News;

/// <summary>
/// The <c>Platform.Apps.Api</c> request other apps send (Documents publishing an approved document), sent here as
/// another app does — through the host's mediator, in a scope acting for a member — with the category's review rule honoured.
/// </summary>
public sealed class PublishNewsArticleTests
{
    private NewsWorld _world = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _world = await NewsWorld.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _world.DisposeAsync();

    [Test]
    public async Task Into_a_category_without_review_the_article_is_published_with_its_source()
    {
        var result = await SendAsync(new PublishNewsArticle("Document 12 approved", "Full text.", new SourceReference("documents", "doc-12")) { Category = "open" });

        Assert.That(result.Status, Is.EqualTo("published"));
        var article = await _world.ArticleAsync(_world.Reader, result.ArticleId);
        Assert.That(article.GetProperty("category").GetString(), Is.EqualTo("open"));
        Assert.That(article.GetProperty("source").GetProperty("app").GetString(), Is.EqualTo("documents"));
        Assert.That(article.GetProperty("source").GetProperty("id").GetString(), Is.EqualTo("doc-12"));
        Assert.That(article.GetProperty("authorId").GetString(), Is.EqualTo(_world.ColleagueId), "written on behalf of the member the sending app acts for");
    }

    [Test]
    public async Task Into_a_reviewed_category_the_article_waits_in_review_and_is_published_on_approval()
    {
        var result = await SendAsync(new PublishNewsArticle("Document 13 approved", "Full text.", new SourceReference("documents", "doc-13")) { Category = "reviewed" });

        Assert.That(result.Status, Is.EqualTo("in_review"));
        var instanceId = (await _world.ArticleAsync(_world.Editor, result.ArticleId)).GetProperty("reviewInstanceId").GetString();
        var todos = await _world.Reviewer.GetFromJsonAsync<JsonElement>("/api/workflow/my/todos?app=news");
        var item = todos.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == instanceId).GetProperty("id").GetString();
        await _world.Reviewer.PostAsJsonAsync($"/api/workflow/work-items/{item}/actions", new { kind = "approve" });
        Assert.That((await _world.ArticleAsync(_world.Reader, result.ArticleId)).GetProperty("status").GetString(), Is.EqualTo("published"));
    }

    [Test]
    public async Task Without_a_category_the_article_goes_to_general()
    {
        var result = await SendAsync(new PublishNewsArticle("Plain notice", "Text.", new SourceReference("documents", "doc-14")));

        Assert.That(result.Status, Is.EqualTo("published"));
        Assert.That((await _world.ArticleAsync(_world.Reader, result.ArticleId)).GetProperty("category").GetString(), Is.EqualTo("general"));
    }

    [Test]
    public async Task An_unknown_category_is_a_clear_error_and_nothing_is_written()
    {
        var before = (await NewsWorld.TitlesAsync(_world.Admin, "?status=draft")).Length;

        var error = Assert.ThrowsAsync<PlatformException>(() => SendAsync(new PublishNewsArticle("Lost", "Text.", new SourceReference("documents", "doc-15")) { Category = "nowhere" }));

        Assert.That((error!.Code, error.Kind), Is.EqualTo(("news.category_not_found", ErrorKind.Validation)));
        Assert.That(error.Errors.Single().Field, Is.EqualTo("category"));
        Assert.That((await NewsWorld.TitlesAsync(_world.Admin, "?status=draft")).Length, Is.EqualTo(before));
        Assert.That(await NewsWorld.TitlesAsync(_world.Admin, "?category=general"), Does.Not.Contain("Lost"));
    }

    private async Task<PublishedNewsArticle> SendAsync(PublishNewsArticle request)
    {
        await using var scope = _world.Host.App.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, _world.ColleagueId)], "test");
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = scope.ServiceProvider };
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
