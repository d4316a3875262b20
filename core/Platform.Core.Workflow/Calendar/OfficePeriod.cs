namespace Platform.Core.Workflow.Calendar;

/// <summary>One stretch of office hours in a working day, e.g. 09:00–12:00.</summary>
internal sealed record OfficePeriod(TimeOnly Start, TimeOnly End)
{
    public override string ToString() => $"{Start:HH\\:mm}-{End:HH\\:mm}";
}
