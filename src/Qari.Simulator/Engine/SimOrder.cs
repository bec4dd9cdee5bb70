using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Simulator.Engine;

/// <summary>An order inside the simulator. Dialects read it to render their wire shape; only the engine changes it.</summary>
public sealed class SimOrder
{
    private readonly List<SimFill> _fills = [];

    internal SimOrder(long id, SimOrderRequest request, long createdMs)
    {
        Id = id;
        AccountId = request.AccountId;
        ClientOrderId = request.ClientOrderId;
        Symbol = request.Symbol;
        Side = request.Side;
        Type = request.Type;
        TimeInForce = request.TimeInForce;
        Price = request.Price;
        StopPrice = request.StopPrice;
        Quantity = request.Quantity;
        QuoteAmount = request.QuoteAmount;
        CreatedMs = createdMs;
        UpdatedMs = createdMs;
        IsWorking = request.Type is OrderType.Limit or OrderType.Market;
        WorkingMs = IsWorking ? createdMs : null;
    }

    /// <summary>The exchange order id (a sequence number).</summary>
    public long Id { get; }

    /// <summary>The owning account.</summary>
    public string AccountId { get; }

    /// <summary>The client order id as given (or generated).</summary>
    public string ClientOrderId { get; }

    /// <summary>The instrument.</summary>
    public Symbol Symbol { get; }

    /// <summary>Buy or sell.</summary>
    public OrderSide Side { get; }

    /// <summary>The type as placed (a triggered stop keeps its type).</summary>
    public OrderType Type { get; }

    /// <summary>Time in force of limit orders.</summary>
    public TimeInForce TimeInForce { get; }

    /// <summary>Limit price (limit and stop-limit).</summary>
    public decimal? Price { get; }

    /// <summary>Trigger price (stops).</summary>
    public decimal? StopPrice { get; }

    /// <summary>Base quantity ordered; null for a market buy sized in quote.</summary>
    public decimal? Quantity { get; }

    /// <summary>Quote amount for a market buy by quote.</summary>
    public decimal? QuoteAmount { get; }

    /// <summary>Base quantity filled so far.</summary>
    public decimal Executed { get; internal set; }

    /// <summary>Quote value filled so far.</summary>
    public decimal CumulativeQuote { get; internal set; }

    /// <summary>Current status.</summary>
    public OrderStatus Status { get; internal set; } = OrderStatus.New;

    /// <summary>False for a stop waiting for its trigger.</summary>
    public bool IsWorking { get; internal set; }

    /// <summary>When the order started working (placed, or its stop triggered).</summary>
    public long? WorkingMs { get; internal set; }

    /// <summary>Creation time (ms).</summary>
    public long CreatedMs { get; }

    /// <summary>Last change (ms).</summary>
    public long UpdatedMs { get; internal set; }

    /// <summary>The fills of this order, oldest first.</summary>
    public IReadOnlyList<SimFill> Fills => _fills;

    /// <summary>True while new or partially filled.</summary>
    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled;

    /// <summary>Base quantity still to fill (zero for a quote-sized market order once done).</summary>
    public decimal Remaining => Quantity is { } q ? q - Executed : 0m;

    /// <summary>Quote amount still to spend (market buy by quote).</summary>
    public decimal RemainingQuote => QuoteAmount is { } q ? q - CumulativeQuote : 0m;

    // Time priority among resting orders; set when the order starts resting.
    internal long Sequence { get; set; }

    // Funds reserved for this order: the asset, the amount still locked, and how much is locked per base unit.
    internal string LockedAsset { get; set; } = "";
    internal decimal Locked { get; set; }
    internal decimal LockPerUnit { get; set; }

    internal void AddFill(SimFill fill) => _fills.Add(fill);
}
