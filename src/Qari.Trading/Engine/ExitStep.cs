namespace Qari.Trading.Engine;

/// <summary>
/// The steps of the cancel-stop → sell → re-place-stop procedure. Each has a recovery action (docs/trading-engine.md).
/// </summary>
public enum ExitStep
{
    /// <summary>No procedure; the stop rests for everything held.</summary>
    None,
    /// <summary>Cancel of the resting stop sent; waiting until no stop is live (a stop fill ends the procedure).</summary>
    CancelingStop,
    /// <summary>Sell sent and, in the same step, the stop re-placed for what remains; waiting for the sell's outcome.</summary>
    Selling,
}
