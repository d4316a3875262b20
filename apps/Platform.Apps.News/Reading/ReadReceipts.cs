using Microsoft.EntityFrameworkCore;
using Platform.Apps.News.Persistence;
using Platform.Contracts.Persistence;

namespace Platform.Apps.News.Reading;

/// <summary>A member's read receipt as the API returns it.</summary>
internal sealed record ReadReceipt(string MemberId, DateTimeOffset ReadAt);

/// <summary>
/// Records that a member read an article: once per member (later reads change nothing), with the article's read count
/// raised in the same unit of work — so the count always equals the number of receipts.
/// </summary>
internal sealed class ReadReceipts(NewsDbContext db, IUnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>Records the receipt; <see langword="true"/> when this was the member's first read.</summary>
    public async Task<bool> RecordAsync(string articleId, string memberId, CancellationToken cancellationToken)
    {
        try
        {
            return await RecordOnceAsync(articleId, memberId, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent first read of the same member won (the primary key refused the second receipt): not the first read.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private Task<bool> RecordOnceAsync(string articleId, string memberId, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async ct =>
        {
            // On SQLite writers queue at the start of the unit (BEGIN IMMEDIATE), so the check sees any earlier receipt.
            if (await db.Reads.AnyAsync(r => r.ArticleId == articleId && r.MemberId == memberId, ct))
            {
                return false;
            }

            db.Reads.Add(new ArticleRead { ArticleId = articleId, MemberId = memberId, ReadAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
            await db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReadCount, a => a.ReadCount + 1), ct);
            return true;
        }, cancellationToken);
}
