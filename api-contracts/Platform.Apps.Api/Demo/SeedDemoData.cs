using MediatR;

namespace Platform.Apps.Api.Demo;

/// <summary>
/// Published by <c>platform demo seed</c> after it imported the demo organisation: each installed app that handles it
/// creates its own demo data (document types, news categories, a few items). Handlers should be idempotent — the
/// command may be run again on the same data directory — and must not fail when their data already exists.
/// </summary>
/// <param name="UnitId">Id of the demo organisation unit.</param>
/// <param name="Departments">The demo departments: code → id.</param>
/// <param name="Members">The demo members: login → id.</param>
public sealed record SeedDemoData(string UnitId, IReadOnlyDictionary<string, string> Departments, IReadOnlyDictionary<string, string> Members) : INotification;
