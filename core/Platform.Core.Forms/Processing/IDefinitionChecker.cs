using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Forms.Processing;

/// <summary>Checks a definition before it is published: every problem, with the path of the field at fault.</summary>
internal interface IDefinitionChecker
{
    /// <summary>Every problem (paths such as <c>fields[2].options</c>, <c>fields[4].expression</c>); empty when sound.</summary>
    IReadOnlyList<FieldError> Check(FormDefinition definition);
}
