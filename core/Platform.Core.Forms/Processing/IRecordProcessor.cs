using System.Text.Json.Nodes;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;

namespace Platform.Core.Forms.Processing;

/// <summary>The rules a record's data goes through on every write and read — the place the form's meaning lives.</summary>
internal interface IRecordProcessor
{
    /// <summary>
    /// Turns submitted values into the values to store: rejects unknown fields, values for hidden fields and changes to
    /// read-only ones (compared with <paramref name="stored"/>; on create, with absence); keeps hidden fields' stored
    /// values; validates every field, column, row count and rule (required at this node included); sanitises rich text;
    /// computes computed fields (a submitted value for one is an error). Throws one validation error listing every
    /// problem with its path (<c>items[3].amount</c>) and code.
    /// </summary>
    JsonObject Process(FormDefinition definition, JsonObject? stored, JsonObject submitted, FieldPermissionProfile profile);

    /// <summary>The data as a reader with <paramref name="profile"/> may see it: hidden fields and columns removed.</summary>
    JsonObject Redact(FormDefinition definition, JsonObject data, FieldPermissionProfile profile);
}
