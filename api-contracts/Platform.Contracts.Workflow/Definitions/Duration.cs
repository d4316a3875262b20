namespace Platform.Contracts.Workflow.Definitions;

/// <summary>A length of time, either on the clock or on the working calendar.</summary>
/// <param name="Amount">How many units; positive.</param>
/// <param name="Unit">The unit.</param>
public sealed record Duration(int Amount, DurationUnit Unit);
