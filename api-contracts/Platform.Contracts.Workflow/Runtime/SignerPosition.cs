namespace Platform.Contracts.Workflow.Runtime;

/// <summary>Where added signers go relative to the holder who adds them.</summary>
public enum SignerPosition
{
    /// <summary>前加签: they act first; the holder's work waits and comes back when they have approved.</summary>
    Before,

    /// <summary>后加签: they act after the holder approves, before the node completes.</summary>
    After,

    /// <summary>并加签: they act alongside the holder; the node also waits for them.</summary>
    Parallel,
}
