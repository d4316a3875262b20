namespace Platform.Core.Organization.Import;

/// <summary>Maximum lengths, as declared in <c>OrgDbContext</c>.</summary>
internal static class ImportLimits
{
    public const int Code = 64;

    public const int Login = 64;

    public const int Name = 200;

    public const int Email = 200;

    public const int Mobile = 64;
}
