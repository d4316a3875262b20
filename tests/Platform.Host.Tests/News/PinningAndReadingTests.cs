using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.News;

/// <summary>Pinned articles come first; reading leaves one receipt per member; covers are checked and stored by content.</summary>
public sealed class PinningAndReadingTests
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private NewsWorld _world = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _world = await NewsWorld.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _world.DisposeAsync();

    [Test]
    public async Task A_pinned_article_comes_before_newer_ones_until_unpinned()
    {
        await _world.PutCategoryAsync("pins", new { name = "Pins", editors = new[] { $"member:{_world.EditorId}" }, reviewers = new[] { $"member:{_world.ReviewerId}" } });
        var oldest = (await _world.PublishedAsync("pins", "First")).GetProperty("id").GetString();
        await _world.PublishedAsync("pins", "Second");
        await _world.PublishedAsync("pins", "Third");
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=pins"), Is.EqualTo(new[] { "Third", "Second", "First" }), "newest first");

        var byReader = await Problem.ReadAsync(await _world.Reader.PutAsync($"/api/news/articles/{oldest}/pin", null));
        Assert.That((byReader.Status, byReader.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));
        var pinned = await _world.Reviewer.PutAsync($"/api/news/articles/{oldest}/pin", null);
        Assert.That(pinned.StatusCode, Is.EqualTo(HttpStatusCode.OK), await pinned.Content.ReadAsStringAsync());
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=pins"), Is.EqualTo(new[] { "First", "Third", "Second" }));

        var unpinned = await _world.Reviewer.DeleteAsync($"/api/news/articles/{oldest}/pin");
        Assert.That(unpinned.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=pins"), Is.EqualTo(new[] { "Third", "Second", "First" }));

        var draft = (await _world.CreateDraftAsync(_world.Editor, "pins", "Not yet")).GetProperty("id").GetString();
        Assert.That((await Problem.ReadAsync(await _world.Reviewer.PutAsync($"/api/news/articles/{draft}/pin", null))).Code, Is.EqualTo("news.article_not_published"));
    }

    [Test]
    public async Task Each_member_leaves_one_read_receipt_and_the_count_follows()
    {
        var id = (await _world.PublishedAsync("open", "Read me")).GetProperty("id").GetString()!;

        var first = await _world.ArticleAsync(_world.Reader, id);
        var second = await _world.ArticleAsync(_world.Reader, id);
        var third = await _world.ArticleAsync(_world.Colleague, id);

        Assert.That((first.GetProperty("readCount").GetInt32(), second.GetProperty("readCount").GetInt32(), third.GetProperty("readCount").GetInt32()), Is.EqualTo((1, 1, 2)));
        var reads = await _world.Reviewer.GetFromJsonAsync<JsonElement>($"/api/news/articles/{id}/reads");
        Assert.That(reads.EnumerateArray().Select(r => r.GetProperty("memberId").GetString()), Is.EqualTo(new[] { _world.ReaderId, _world.ColleagueId }));
        Assert.That(reads[0].GetProperty("readAt").GetDateTimeOffset(), Is.LessThanOrEqualTo(reads[1].GetProperty("readAt").GetDateTimeOffset()));
        Assert.That((await Problem.ReadAsync(await _world.Reader.GetAsync($"/api/news/articles/{id}/reads"))).Code, Is.EqualTo("auth.forbidden"));
    }

    [Test]
    public async Task Parallel_first_reads_of_one_member_count_once()
    {
        var id = (await _world.PublishedAsync("open", "Read in parallel")).GetProperty("id").GetString()!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _world.Reader.GetAsync($"/api/news/articles/{id}")));

        Assert.That(answers.Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That((await _world.ArticleAsync(_world.Editor, id)).GetProperty("readCount").GetInt32(), Is.EqualTo(2), "the reader once, then the editor");
    }

    [Test]
    public async Task A_cover_is_an_image_of_the_declared_type_within_the_limit_and_is_served_back()
    {
        var id = (await _world.CreateDraftAsync(_world.Editor, "open", "With a cover")).GetProperty("id").GetString()!;

        var notAnImage = await Problem.ReadAsync(await _world.Editor.PutAsync($"/api/news/articles/{id}/cover", Content("image/png", "GIF89a......"u8.ToArray())));
        var wrongType = await Problem.ReadAsync(await _world.Editor.PutAsync($"/api/news/articles/{id}/cover", Content("image/svg+xml", "<svg/>"u8.ToArray())));
        var tooLarge = await Problem.ReadAsync(await _world.Editor.PutAsync($"/api/news/articles/{id}/cover", Content("image/png", [.. Png, .. new byte[2 * 1024 * 1024]])));
        Assert.That(new[] { notAnImage.Errors.Single(), tooLarge.Errors.Single() }, Is.EqualTo(new[] { ("cover", "news.cover_type"), ("cover", "news.cover_too_large") }));
        Assert.That((wrongType.Status, wrongType.Code), Is.EqualTo((HttpStatusCode.UnsupportedMediaType, "http.unsupported_media_type")));

        var set = await _world.Editor.PutAsync($"/api/news/articles/{id}/cover", Content("image/png", Png));
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK), await set.Content.ReadAsStringAsync());
        var coverUrl = (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("coverUrl").GetString();
        Assert.That(coverUrl, Is.EqualTo($"/api/news/articles/{id}/cover"));
        Assert.That((await _world.Reader.GetAsync(coverUrl)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a draft's cover is not shown to readers");

        await _world.SubmitAsync(id);
        using var cover = await _world.Reader.GetAsync(coverUrl);
        Assert.That(cover.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That(await cover.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
        var stored = Directory.GetFiles(Path.Combine(_world.DataDirectory, "modules", "news"), "*", SearchOption.AllDirectories);
        Assert.That(stored.Select(Path.GetFileName), Does.Contain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png))));
    }

    private static ByteArrayContent Content(string type, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        return content;
    }
}
