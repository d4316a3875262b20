namespace Platform.Contracts.Workflow.Definitions;

/// <summary>Where a relative role is looked up from a department.</summary>
public enum RelativeScope
{
    /// <summary>In the department itself only.</summary>
    Self,

    /// <summary>In its parent department.</summary>
    Parent,

    /// <summary>In the department, else the nearest ancestor that has a holder.</summary>
    NearestUp,
}
