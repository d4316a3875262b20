namespace Platform.Contracts.Organization.Model;

/// <summary>A member (人员): a person who signs in and works in the organisation.</summary>
/// <param name="Id">Stable id; also the user id of the signed-in member.</param>
/// <param name="Code">External key (e.g. staff number), unique among members.</param>
/// <param name="Login">Sign-in name, unique, case-insensitive.</param>
/// <param name="Name">Display name.</param>
/// <param name="IsEnabled">Disabled members cannot sign in and are not resolved as assignees; their history stays.</param>
/// <param name="Primary">The primary position.</param>
/// <param name="Concurrent">Concurrent posts (兼职), in other departments or the same one.</param>
public sealed record Member(string Id, string Code, string Login, string Name, bool IsEnabled, MemberPosition Primary, IReadOnlyList<MemberPosition> Concurrent)
{
    /// <summary>E-mail address, if known.</summary>
    public string? Email { get; init; }

    /// <summary>Mobile number, if known.</summary>
    public string? Mobile { get; init; }

    /// <summary>The primary position followed by every concurrent one.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<MemberPosition> Positions => Concurrent.Prepend(Primary);
}
