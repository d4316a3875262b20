namespace Platform.Contracts.Organization.Import;

/// <summary>Bulk import and export of the organisation in the <see cref="OrgDocument"/> format.</summary>
public interface IOrganizationImporter
{
    /// <summary>
    /// Creates or updates every item by code, all-or-nothing. Items absent from the document are left alone (disable
    /// members with <c>enabled: false</c>). Running the same document twice changes nothing the second time.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="dryRun">Validate and count, but write nothing.</param>
    /// <param name="progress">Receives progress, if given.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    Task<ImportReport> ImportAsync(OrgDocument document, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken cancellationToken);

    /// <summary>The whole organisation as a document that imports back unchanged.</summary>
    /// <param name="cancellationToken">Cancels the export.</param>
    Task<OrgDocument> ExportAsync(CancellationToken cancellationToken);
}
