namespace Platform.Contracts.Modules;

/// <summary>One thing a module needs — a contract package or another module — and what the host has of it.</summary>
/// <param name="Name">Contract package id or module id.</param>
/// <param name="Required">The version range the module asks for.</param>
/// <param name="Available">The version the host provides or has installed, or <see langword="null"/> when it has none.</param>
/// <param name="Satisfied">Whether <paramref name="Available"/> meets the requirement.</param>
public sealed record VersionRequirement(string Name, string Required, string? Available, bool Satisfied);
