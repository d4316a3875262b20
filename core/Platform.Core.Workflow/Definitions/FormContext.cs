namespace Platform.Core.Workflow.Definitions;

/// <summary>The form a definition runs on, as far as the checks know it.</summary>
/// <param name="Declared">Whether the definition names a form (<c>formKey</c>).</param>
/// <param name="Facts">The form's latest published version; null when none is named or the named one is not published.</param>
internal sealed record FormContext(bool Declared, FormFacts? Facts)
{
    /// <summary>Field checks can run: either against the form, or knowing that there is none.</summary>
    public bool Known => Facts is not null || !Declared;
}
