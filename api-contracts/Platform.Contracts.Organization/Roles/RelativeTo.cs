namespace Platform.Contracts.Organization.Roles;

/// <summary>Which department a relative role is resolved against, starting from a given department.</summary>
public enum RelativeTo
{
    /// <summary>The department itself.</summary>
    Self,

    /// <summary>Its parent department.</summary>
    Parent,

    /// <summary>The department itself, else the nearest ancestor that has a holder.</summary>
    NearestUp,
}
