namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Handling figures for one group.</summary>
/// <param name="Group">Node id, member id or department id.</param>
/// <param name="Completed">Work items done.</param>
/// <param name="Open">Work items still open.</param>
/// <param name="Overdue">Items done after their deadline plus open items past it.</param>
/// <param name="AverageMinutes">Mean minutes from assignment to completion over done items; null when none.</param>
/// <param name="MedianMinutes">Median of the same; null when none.</param>
public sealed record HandlingFigure(string Group, int Completed, int Open, int Overdue, double? AverageMinutes, double? MedianMinutes);
