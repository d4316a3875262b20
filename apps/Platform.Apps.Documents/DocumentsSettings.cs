using Microsoft.Extensions.Configuration;
using Platform.Contracts.Modules;

namespace Platform.Apps.Documents;

/// <summary>
/// Where the app keeps its files and what it accepts as attachments. Configuration: <c>Modules:documents:Attachments:MaxBytes</c>
/// (default 20 MiB) and <c>Modules:documents:Attachments:AllowedExtensions</c> (comma-separated, e.g. <c>.pdf,.docx</c>).
/// </summary>
internal sealed record DocumentsSettings(string DataDirectory, long MaxAttachmentBytes, IReadOnlySet<string> AllowedExtensions)
{
    public const long DefaultMaxAttachmentBytes = 20 * 1024 * 1024;

    public const string DefaultAllowedExtensions = ".pdf,.ofd,.doc,.docx,.wps,.xls,.xlsx,.et,.ppt,.pptx,.txt,.csv,.png,.jpg,.jpeg,.zip";

    public static DocumentsSettings From(IModuleContext context)
    {
        var section = context.Configuration.GetSection("Attachments");
        var maxBytes = section.GetValue<long?>("MaxBytes") ?? DefaultMaxAttachmentBytes;
        if (maxBytes <= 0)
        {
            throw new InvalidOperationException("Modules:documents:Attachments:MaxBytes must be a positive number of bytes.");
        }

        var extensions = (section["AllowedExtensions"] ?? DefaultAllowedExtensions)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => (e.StartsWith('.') ? e : "." + e).ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        return new DocumentsSettings(context.DataDirectory, maxBytes, extensions);
    }
}
