namespace Platform.Core.Workflow.Calendar;

/// <summary>The working calendar's stable error codes (the first is the problem's code, the others its fields').</summary>
internal static class CalendarErrors
{
    public const string Invalid = "workflow.calendar.invalid";

    public const string YearOutOfRange = "workflow.calendar.year_out_of_range";

    public const string OutsideYear = "workflow.calendar.outside_year";

    public const string Duplicate = "workflow.calendar.duplicate_date";

    public const string HolidayAndMakeUpDay = "workflow.calendar.holiday_and_make_up_day";

    public const string MakeUpDayNotWeekend = "workflow.calendar.make_up_day_not_weekend";

    public const string Required = "workflow.calendar.required";

    public const int FirstYear = 2000;

    public const int LastYear = 2200;
}
