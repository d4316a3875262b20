namespace Platform.Contracts;

/// <summary>
/// Marks an assembly as a Platform contract package. The host reports every marked assembly it carries,
/// with its package version, as a contract it provides; plugins state the ranges they need in <c>plugin.json</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PlatformContractAttribute : Attribute
{
}
