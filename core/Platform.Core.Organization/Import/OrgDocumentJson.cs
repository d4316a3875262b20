using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>
/// Reads and writes the <see cref="OrgDocument"/> JSON format (docs/org-import.md): camelCase names, enum values as
/// camelCase strings (<c>"fixed"</c>, <c>"relative"</c>), unknown properties rejected — a misspelt field must not pass
/// silently — and absent values left out when writing.
/// </summary>
public static partial class OrgDocumentJson
{
    /// <summary>The serializer options of the format (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads a document from a stream (streamed, so large files are fine).</summary>
    /// <param name="stream">UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="PlatformException">
    /// The JSON is malformed or does not fit the format: a <see cref="ErrorCodes.ValidationFailed"/> failure with one
    /// error, code <c>invalid_json</c>, whose field is the JSON path (<c>members[3].departmnet</c>) and whose message gives
    /// the line and position.
    /// </exception>
    public static Task<OrgDocument> ReadAsync(Stream stream, CancellationToken cancellationToken) =>
        ReadAsync<OrgDocument>(stream, cancellationToken);

    /// <summary>Reads one part of the format — a document or a single record — with the same rules and errors.</summary>
    /// <typeparam name="T">What to read, e.g. <see cref="OrgDocument"/> or <see cref="MemberRecord"/>.</typeparam>
    /// <param name="stream">UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="PlatformException">The JSON is malformed or does not fit the format (see <see cref="ReadAsync(Stream, CancellationToken)"/>).</exception>
    public static async Task<T> ReadAsync<T>(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, Options, cancellationToken)
                ?? throw ParseError("", "The body is null; an object is expected.");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : ex.Path.TrimStart('$', '.');
            throw ParseError(path, Describe(ex.Message) + where);
        }
    }

    /// <summary>Writes a document as indented JSON.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public static Task WriteAsync(Stream stream, OrgDocument document, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, document, Options, cancellationToken);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static PlatformException ParseError(string path, string message) =>
        PlatformException.Validation([new FieldError(path, ImportErrorCodes.InvalidJson, message)]);

    /// <summary>
    /// The serializer's message without its "Path: … | LineNumber: …" tail (the error carries those already), and an
    /// unknown property said plainly rather than with .NET type names.
    /// </summary>
    private static string Describe(string message)
    {
        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            return $"Unknown property '{unknown.Groups[1].Value}' (misspelt?); the format is in docs/org-import.md.";
        }

        return message.IndexOf(" Path: ", StringComparison.Ordinal) is var cut and > 0 ? message[..cut] : message;
    }

    [GeneratedRegex("^The JSON property '(.*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownProperty();
}
