namespace Qari.Trading.Risk;

/// <summary>Who engaged a manual kill switch; each actor's switch is released only by that actor.</summary>
public enum KillActor
{
    /// <summary>The account's owner.</summary>
    User,
    /// <summary>The platform operator.</summary>
    Operator,
}
