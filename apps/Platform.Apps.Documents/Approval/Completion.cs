using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Drafting;
using Platform.Apps.Documents.Persistence;
using Platform.Apps.Documents.Signing;
using Platform.Apps.Documents.Types;
using Platform.Contracts.Organization.Directory;

namespace Platform.Apps.Documents.Approval;

/// <summary>
/// What approval does to a document: the next number of its type and year (per-type, per-year sequence row, raised in
/// the approving transaction — so numbers are neither repeated nor skipped), then the electronic signature. Runs inside
/// the caller's unit of work; does nothing when the document already has its number.
/// </summary>
internal sealed class Completion(DocumentsDbContext db, IOrgStructure structure, ContentSigner signer, TimeProvider clock)
{
    public async Task<bool> ApproveAsync(Document document, string approverId, CancellationToken cancellationToken)
    {
        if (document.Number is not null)
        {
            return false;
        }

        var type = await db.GetTypeAsync(document.TypeKey, cancellationToken);
        var now = clock.GetUtcNow();
        var year = TimeZoneInfo.ConvertTime(now, clock.LocalTimeZone).Year;
        var sequence = await db.NumberSequences.FirstOrDefaultAsync(s => s.TypeKey == type.Key && s.Year == year, cancellationToken);
        if (sequence is null)
        {
            sequence = new NumberSequence { TypeKey = type.Key, Year = year };
            db.NumberSequences.Add(sequence);
        }

        sequence.Last++;
        var unit = structure.FindUnit(type.UnitId);
        var unitShort = unit is null ? type.UnitId : string.IsNullOrEmpty(unit.ShortName) ? unit.Name : unit.ShortName;
        document.Number = NumberPattern.Format(type.NumberPattern, unitShort, year, sequence.Last);
        document.NumberYear = year;
        document.NumberSequence = sequence.Last;
        document.ApprovedAt = now;
        document.ApproverId = approverId;
        document.Status = DocumentStatus.Approved;
        document.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await signer.SignAsync(document, type, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
