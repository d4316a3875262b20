using System.Xml;
using System.Xml.Linq;
using Platform.Contracts.Errors;

namespace Platform.Core.Workflow.Bpmn;

/// <summary>Reads a BPMN file into an XML tree with line numbers; no DTDs, no external entities.</summary>
internal static class BpmnReader
{
    public const string InvalidCode = "workflow.bpmn_invalid";

    /// <summary>Largest file accepted, in characters.</summary>
    public const long MaxCharacters = 20_000_000;

    public static async Task<XDocument> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            IgnoreWhitespace = false,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            document = await XDocument.LoadAsync(reader, LoadOptions.SetLineInfo, cancellationToken);
        }
        catch (XmlException ex)
        {
            // A refused DTD is reported without a position; the document type declaration comes first, so line 1.
            throw Invalid($"The file is not well-formed XML: {ex.Message}", Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), ex);
        }

        var root = document.Root!;
        if (root.Name != BpmnNames.Model + "definitions")
        {
            var info = (IXmlLineInfo)root;
            throw Invalid(
                $"The file is not a BPMN 2.0 model: its root element is '{root.Name.LocalName}' in '{root.Name.NamespaceName}', not 'definitions' in '{BpmnNames.Model.NamespaceName}'.",
                info.LineNumber,
                info.LinePosition);
        }

        return document;
    }

    public static PlatformException Invalid(string message, int line, int column, Exception? inner = null) =>
        new(InvalidCode, message, ErrorKind.Validation, [new FieldError("body", "bpmn_invalid", $"line {line}, column {column}: {message}")], inner);
}
