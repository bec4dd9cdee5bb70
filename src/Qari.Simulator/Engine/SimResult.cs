namespace Qari.Simulator.Engine;

/// <summary>The engine's answer to a place or cancel: the order, or the reason it was refused (with a detail for messages).</summary>
public readonly record struct SimResult(SimOrder? Order, SimReject? Reject, string Detail = "")
{
    /// <summary>True when the request was carried out.</summary>
    public bool IsSuccess => Reject is null && Order is not null;

    /// <summary>A success.</summary>
    public static SimResult Ok(SimOrder order) => new(order, null);

    /// <summary>A refusal.</summary>
    public static SimResult Fail(SimReject reason, string detail = "") => new(null, reason, detail);
}
