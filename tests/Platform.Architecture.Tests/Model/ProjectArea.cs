namespace Platform.Architecture.Tests.Model;

/// <summary>The top-level folder a project lives in; each has its own dependency rules.</summary>
internal enum ProjectArea
{
    /// <summary>Outside the folders below, or not resolvable.</summary>
    Other,

    /// <summary><c>api-contracts/</c>: what plugins compile against.</summary>
    Contracts,

    /// <summary><c>core/</c>: the kernel (<c>Platform.Core</c>) and the engines (<c>Platform.Core.X</c>).</summary>
    Core,

    /// <summary><c>apps/</c>: plugins loaded by the host at run time.</summary>
    Apps,

    /// <summary><c>host/</c>: composes everything.</summary>
    Host,

    /// <summary><c>tests/</c>: may reference anything.</summary>
    Tests,
}
