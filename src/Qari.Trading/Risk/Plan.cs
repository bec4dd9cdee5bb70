namespace Qari.Trading.Risk;

/// <summary>The subscription plans of SPEC §7 (self-hosted installs run without limits).</summary>
public enum Plan
{
    /// <summary>90-day trial, 5 concurrent positions.</summary>
    Trial,
    /// <summary>Pro, 10 concurrent positions.</summary>
    Pro,
    /// <summary>Premium, 20 concurrent positions.</summary>
    Premium,
    /// <summary>A self-hosted single-user install: no cap, no subscription.</summary>
    SelfHosted,
}
