using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts.Messaging;

namespace Platform.Core.Tests.Fixtures.Alpha;

/// <summary>Saves an item and announces it.</summary>
public sealed record CreateAlphaItem([property: Required, StringLength(20)] string Name) : ICommand<int>;

/// <summary>Saves an item, announces it, then fails: nothing of it may survive.</summary>
public sealed record CreateAlphaItemThenFail(string Name) : ICommand<int>;

/// <summary>Saves an Alpha item, then sends a Beta command inside the same unit of work.</summary>
public sealed record CallBetaInsideAlphaTransaction : ICommand;

/// <summary>
/// Saves and announces an Alpha item, then sends a Beta command that writes, announces and fails; with
/// <see cref="CatchFailure"/> Alpha catches that failure and carries on.
/// </summary>
public sealed record CallFailingBeta(bool CatchFailure) : ICommand;

/// <summary>A notification Alpha raises after saving an item.</summary>
public sealed record AlphaItemCreated(int Id, string Name) : INotification;
