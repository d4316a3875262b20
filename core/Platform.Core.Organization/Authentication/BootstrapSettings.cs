namespace Platform.Core.Organization.Authentication;

/// <summary>Names for the organisation created on first start (<c>Modules:org:RootUnitName</c>, default "Organisation").</summary>
internal sealed record BootstrapSettings(string RootUnitName);
