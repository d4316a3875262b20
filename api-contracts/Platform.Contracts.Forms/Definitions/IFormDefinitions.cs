namespace Platform.Contracts.Forms.Definitions;

/// <summary>Publishes and reads form definitions. Publishing never changes an existing version.</summary>
public interface IFormDefinitions
{
    /// <summary>
    /// Checks the definition — keys, types, options, limits, expressions (syntax errors with their position), computed
    /// fields without cycles — and publishes it as the next version. Every problem is reported together as a validation error.
    /// </summary>
    /// <param name="definition">The definition.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<PublishedForm> PublishAsync(FormDefinition definition, CancellationToken cancellationToken);

    /// <summary>A version of a form, the latest when <paramref name="version"/> is null; <see langword="null"/> when there is none.</summary>
    /// <param name="key">Form key.</param>
    /// <param name="version">Version number, or null for the latest.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<PublishedForm?> FindAsync(string key, int? version, CancellationToken cancellationToken);

    /// <summary>The latest version of every form.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IReadOnlyList<PublishedForm>> ListAsync(CancellationToken cancellationToken);

    /// <summary>A JSON Schema (draft 2020-12) of a version's record data, for clients.</summary>
    /// <param name="key">Form key.</param>
    /// <param name="version">Version number, or null for the latest.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<string> JsonSchemaAsync(string key, int? version, CancellationToken cancellationToken);
}
