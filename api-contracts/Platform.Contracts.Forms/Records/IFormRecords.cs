using System.Text.Json.Nodes;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Paging;

namespace Platform.Contracts.Forms.Records;

/// <summary>
/// Records of forms. Writes validate every field and rule, compute computed fields, and enforce the permission profile
/// on the server; every problem comes back together as one validation error with the path of each field
/// (<c>items[3].amount</c>). Unknown fields are rejected.
/// </summary>
public interface IFormRecords
{
    /// <summary>Creates a record on the latest version of the form.</summary>
    /// <param name="formKey">Form key.</param>
    /// <param name="data">Submitted values.</param>
    /// <param name="profile">Permissions of the submitter; everything editable when null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<FormRecord> CreateAsync(string formKey, JsonObject data, FieldPermissionProfile? profile, CancellationToken cancellationToken);

    /// <summary>Reads a record, with hidden fields removed; <see langword="null"/> when there is none.</summary>
    /// <param name="id">Record id.</param>
    /// <param name="profile">Permissions of the reader; everything visible when null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<FormRecord?> FindAsync(string id, FieldPermissionProfile? profile, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the record's values with <paramref name="data"/> (hidden fields keep their stored values). Fails with
    /// <c>data.concurrency_conflict</c> when the record is no longer at <paramref name="expectedRevision"/>.
    /// </summary>
    /// <param name="id">Record id.</param>
    /// <param name="expectedRevision">The revision the change was based on.</param>
    /// <param name="data">Submitted values.</param>
    /// <param name="profile">Permissions of the submitter; everything editable when null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<FormRecord> UpdateAsync(string id, long expectedRevision, JsonObject data, FieldPermissionProfile? profile, CancellationToken cancellationToken);

    /// <summary>Every change of a record, oldest first.</summary>
    /// <param name="id">Record id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IReadOnlyList<FormRecordChange>> HistoryAsync(string id, CancellationToken cancellationToken);

    /// <summary>Lists records filtered and sorted by queryable fields.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<Page<FormRecord>> QueryAsync(RecordQuery query, CancellationToken cancellationToken);
}
