using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts.Messaging;

namespace Platform.Core.Tests.Fixtures.Alpha;

/// <summary>Saves an item and announces it.</summary>
public sealed record CreateAlphaItem([property: Required, StringLength(20)] string Name) : ICommand<int>;

/// <summary>Saves an item, announces it, then fails: nothing of it may survive.</summary>
public sealed record CreateAlphaItemThenFail(string Name) : ICommand<int>;

/// <summary>Opens Alpha's transaction and sends a Beta command inside it.</summary>
public sealed record CallBetaInsideAlphaTransaction : ICommand;

/// <summary>A notification Alpha raises after saving an item.</summary>
public sealed record AlphaItemCreated(int Id, string Name) : INotification;
