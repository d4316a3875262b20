namespace Platform.Core.Forms.Expressions;

/// <summary>A name an expression reads from its scope, and where.</summary>
/// <param name="Name">The name.</param>
/// <param name="Line">Line, from 1.</param>
/// <param name="Column">Column, from 1.</param>
internal sealed record FreeName(string Name, int Line, int Column);
