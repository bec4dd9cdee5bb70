using Qari.Model.Ids;

namespace Qari.Trading.Execution;

/// <summary>
/// One order's state machine. Changes only through <see cref="OrderTracker"/>, which applies venue events via the
/// single transition function <see cref="OrderStateMachine.Next"/>.
/// </summary>
public sealed class TrackedOrder
{
    internal TrackedOrder(OrderSpec spec, DateTimeOffset submittedAt)
    {
        Spec = spec;
        SubmittedAt = submittedAt;
        LastAskedAt = submittedAt;
    }

    /// <summary>What was ordered.</summary>
    public OrderSpec Spec { get; }

    /// <summary>The client order id.</summary>
    public ClientOrderId Id => Spec.Id;

    /// <summary>When the place command was emitted.</summary>
    public DateTimeOffset SubmittedAt { get; }

    /// <summary>When the venue was last asked about this order (placed, cancelled or queried).</summary>
    public DateTimeOffset LastAskedAt { get; internal set; }

    /// <summary>The current state.</summary>
    public OrderState State { get; internal set; } = OrderState.PendingSubmit;

    /// <summary>Where a cancel request stands.</summary>
    public CancelState Cancel { get; internal set; } = CancelState.None;

    /// <summary>The venue's id once known.</summary>
    public ExchangeOrderId? ExchangeOrder { get; internal set; }

    /// <summary>Quantity filled as far as the engine counts it (max of distinct fills and reported cumulative).</summary>
    public decimal Filled { get; internal set; }

    /// <summary>Sum of distinct fills seen by trade id.</summary>
    internal decimal FilledByFills { get; set; }

    /// <summary>Quote value of <see cref="Filled"/> (for the average price).</summary>
    public decimal FilledNotional { get; internal set; }

    /// <summary>Average fill price, 0 when nothing filled.</summary>
    public decimal AveragePrice => Filled > 0 ? FilledNotional / Filled : 0m;

    /// <summary>Quantity not filled yet.</summary>
    public decimal Remaining => Math.Max(0m, Spec.Quantity - Filled);

    /// <summary>The last rejection or anomaly reason.</summary>
    public string? Reason { get; internal set; }

    /// <summary>True while the order may be live on the venue.</summary>
    public bool IsLive => State.IsLive();

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Spec.Leg} {Spec.Side} {Spec.Quantity} {State} filled {Filled}";
}
