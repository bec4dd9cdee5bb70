namespace Qari.Vault.Rotation;

/// <summary>Points inside a rotation where a test hook may simulate a crash.</summary>
public enum RotationStep
{
    /// <summary>Before anything is read.</summary>
    Started,
    /// <summary>A batch of keys to rewrap has been read.</summary>
    BatchLoaded,
    /// <summary>One data key is rewrapped in memory, not yet written.</summary>
    Rewrapped,
    /// <summary>One rewrapped key has been written.</summary>
    Written,
    /// <summary>A batch is finished.</summary>
    BatchDone,
    /// <summary>Every key has been visited; the final counts are about to be read.</summary>
    Finishing,
}
