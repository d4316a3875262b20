using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Forms.Processing;

/// <summary>Describes a form version's record data as a JSON Schema, for clients.</summary>
internal interface ISchemaExporter
{
    /// <summary>The JSON Schema document.</summary>
    string Export(PublishedForm form);
}
