namespace Qari.Trading.Risk;

/// <summary>Whether new entries are halted, why, and until when (null = until released by hand).</summary>
public readonly record struct KillSwitchStatus(bool Tripped, string Reason, DateTimeOffset? Until)
{
    /// <summary>Not tripped.</summary>
    public static KillSwitchStatus Clear => new(false, "", null);
}
