namespace Platform.Core.Scheduling.Persistence;

/// <summary>Column sizes a job's fields must fit.</summary>
internal static class JobLimits
{
    public const int Kind = 100;

    public const int Key = 200;
}
