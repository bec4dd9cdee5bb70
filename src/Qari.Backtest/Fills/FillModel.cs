using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Backtest.Fills;

/// <summary>
/// Decides, candle by candle, whether and how a simulated spot order fills. Pure and deterministic: no clock, no
/// randomness, all <c>decimal</c>. The rules (see docs/backtest-fills.md):
/// <list type="bullet">
/// <item>A resting limit fills only when the candle trades <em>through</em> its price (buy: low &lt; limit; sell:
/// high &gt; limit) — a touch is not enough, because at a touch the queue ahead may have taken all the volume.
/// It fills at the limit price as a maker.</item>
/// <item>A limit that is marketable when it arrives (first candle's open already beyond the limit after half the
/// spread) takes liquidity at that price (capped at the limit) and pays the taker fee; the rest rests.</item>
/// <item>A market order fills at the next candle's open plus half the spread plus slippage (minus for sells).</item>
/// <item>A stop triggers when the candle reaches the trigger and fills at the trigger, or at the open when the
/// candle opened beyond it (a gap), each less half the spread and slippage: the trigger price or worse.</item>
/// <item>All orders filling on one candle together take at most <see cref="FillSettings.MaxVolumeShare"/> of its
/// volume (the caller passes what earlier orders already took); the rest is carried to the following candles as
/// partial fills (market remainders at each next open).</item>
/// <item>Prices round against the trader to the tick, quantities down to the lot; orders breaking the instrument's
/// lot, tick, minimum quantity or minimum notional are rejected as the exchange would.</item>
/// </list>
/// </summary>
public sealed class FillModel
{
    private readonly InstrumentRules _rules;
    private readonly ExchangeFees _fees;
    private readonly FillSettings _settings;

    /// <summary>Creates a model for one instrument on one exchange.</summary>
    public FillModel(InstrumentRules rules, ExchangeFees fees, FillSettings? settings = null)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _fees = fees ?? throw new ArgumentNullException(nameof(fees));
        _settings = settings ?? FillSettings.Default;
    }

    /// <summary>
    /// Accepts or rejects an order as the exchange would. <paramref name="referencePrice"/> (the last price) values a
    /// market order for the minimum-notional check.
    /// </summary>
    public Result<OrderFillState> Submit(SimulatedOrder order, decimal referencePrice)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (OrderRules.ShapeProblem(order) is { } shape) return new Error(ErrorKind.Rejected, "order.shape", $"{order.Id.Value}: {shape}");
        if (order.QuoteAmount is { } quote)
        {
            if (quote < _rules.MinNotional)
                return new Error(ErrorKind.BelowMinimum, "order.min_notional", $"{order.Id.Value}: quote amount {quote} is below the minimum notional {_rules.MinNotional}");
        }
        else
        {
            var price = order.Type switch
            {
                OrderType.Limit or OrderType.StopLimit => order.LimitPrice!.Value,
                OrderType.StopMarket => order.TriggerPrice!.Value,
                _ => _rules.FloorPrice(referencePrice),
            };
            if (RuleViolation(order.Quantity!.Value, price, order.Type != OrderType.Market) is { } violation)
                return new Error(violation.Kind, "order.rules", $"{order.Id.Value}: {violation.Message}");
        }
        if (order.TriggerPrice is { } trigger && !_rules.IsOnTick(trigger))
            return new Error(ErrorKind.InvalidPrecision, "order.rules", $"{order.Id.Value}: trigger {trigger} is not a multiple of the tick size {_rules.TickSize}");
        return new OrderFillState(order, OrderStatus.New, 0m, 0m, order.QuoteAmount ?? 0m, false, false, 0);
    }

    /// <summary>Shows the order one candle (the next in time); returns its new state and the fills in that candle.</summary>
    public FillStep Process(OrderFillState state, Candle candle) => Process(state, candle, 0m);

    /// <summary>
    /// Shows the order one candle of which other orders already took <paramref name="alreadyTaken"/> (base quantity):
    /// the order gets at most what is left of the candle's volume share.
    /// </summary>
    public FillStep Process(OrderFillState state, Candle candle, decimal alreadyTaken)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (alreadyTaken < 0) throw new ArgumentOutOfRangeException(nameof(alreadyTaken), alreadyTaken, "A taken quantity cannot be negative.");
        var order = state.Order;
        if (state.Status.IsFinal() || candle.OpenTimeMs < order.SubmittedAtMs) return new FillStep(state, []);
        var cap = VolumeCap(candle, alreadyTaken);
        var first = state.CandlesSeen == 0;
        state = state with { CandlesSeen = state.CandlesSeen + 1 };
        // A resting stop the candle does not reach (most candles of an open trade) takes the switch's path that changes
        // nothing but the count and produces no fill: answered without the list.
        if (order.Type is OrderType.StopMarket or OrderType.StopLimit && !state.Triggered && !Reached(order, candle)) return new FillStep(state, []);
        var fills = new List<Fill>(1);
        switch (order.Type)
        {
            case OrderType.Market:
                state = Take(state, candle, cap, candle.Open, slippage: true, limit: null, fills);
                break;
            case OrderType.Limit:
                state = ProcessLimit(state, candle, cap, first, fills);
                break;
            case OrderType.StopMarket:
                if (state.Triggered)
                {
                    state = Take(state, candle, cap, candle.Open, slippage: true, limit: null, fills);
                }
                else if (Reached(order, candle))
                {
                    state = Take(state with { Triggered = true }, candle, cap, TriggerFillBase(order, candle), slippage: true, limit: null, fills);
                }
                break;
            case OrderType.StopLimit:
                if (state.Triggered)
                {
                    state = Rest(state, candle, cap, fills);
                }
                else if (Reached(order, candle))
                {
                    state = Take(state with { Triggered = true }, candle, cap, TriggerFillBase(order, candle), slippage: true, limit: order.LimitPrice, fills);
                    // Whatever the trigger candle could not take at or better than the limit rests from the next candle.
                    if (!state.Status.IsFinal()) state = state with { Resting = true };
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), order.Type, "Unknown order type.");
        }
        return new FillStep(state, fills);
    }

    /// <summary>Cancels a live order (keeping any partial fill); a final order is returned unchanged.</summary>
    public static OrderFillState Cancel(OrderFillState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status.IsFinal() ? state : state with { Status = OrderStatus.Canceled };
    }

    private OrderFillState ProcessLimit(OrderFillState state, Candle candle, decimal cap, bool first, List<Fill> fills)
    {
        var order = state.Order;
        if (!first || state.Resting) return Rest(state, candle, cap, fills);
        var marketable = IsMarketable(order, candle.Open);
        switch (order.TimeInForce)
        {
            case TimeInForce.PostOnly when marketable:
                // An exchange rejects a post-only order that would take liquidity (Binance LIMIT_MAKER: "would immediately match").
                return state with { Status = OrderStatus.Rejected };
            case TimeInForce.ImmediateOrCancel:
                state = marketable ? Take(state, candle, cap, candle.Open, slippage: false, limit: order.LimitPrice, fills) : state;
                return state.Status.IsFinal() ? state : state with { Status = OrderStatus.Expired };
            case TimeInForce.FillOrKill:
                if (!marketable || cap < order.Quantity!.Value) return state with { Status = OrderStatus.Expired };
                return Take(state, candle, cap, candle.Open, slippage: false, limit: order.LimitPrice, fills);
        }
        if (marketable)
        {
            state = Take(state, candle, cap, candle.Open, slippage: false, limit: order.LimitPrice, fills);
            return state.Status.IsFinal() ? state : state with { Resting = true };
        }
        return Rest(state with { Resting = true }, candle, cap, fills);
    }

    /// <summary>A resting limit: fills at its price, as maker, only when the candle trades through it.</summary>
    private OrderFillState Rest(OrderFillState state, Candle candle, decimal cap, List<Fill> fills)
    {
        var order = state.Order;
        var limit = order.LimitPrice!.Value;
        var through = order.Side == OrderSide.Buy ? candle.Low < limit : candle.High > limit;
        if (!through) return state;
        var quantity = Math.Min(state.RemainingQuantity, cap);
        return quantity > 0 ? Apply(state, candle, limit, quantity, isMaker: true, fills) : state;
    }

    /// <summary>Takes liquidity at <paramref name="basePrice"/> worsened by half the spread (and slippage), never beyond <paramref name="limit"/>.</summary>
    private OrderFillState Take(OrderFillState state, Candle candle, decimal cap, decimal basePrice, bool slippage, decimal? limit, List<Fill> fills)
    {
        var order = state.Order;
        var adverse = _settings.SpreadFraction / 2m + (slippage ? _settings.SlippageFraction : 0m);
        var price = order.Side == OrderSide.Buy
            ? _rules.CeilPrice(basePrice * (1m + adverse))
            : _rules.FloorPrice(basePrice * (1m - adverse));
        if (limit is { } l && (order.Side == OrderSide.Buy ? price > l : price < l)) return state;
        if (price <= 0) return state;
        decimal wanted;
        if (order.QuoteAmount is not null)
        {
            wanted = _rules.FloorQuantity(state.RemainingQuote / price);
            if (wanted <= 0)
            {
                // Not even one lot is affordable any more: the order is done (or never could fill).
                return state with { Status = state.FilledQuantity > 0 ? OrderStatus.Filled : OrderStatus.Expired };
            }
        }
        else
        {
            wanted = state.RemainingQuantity;
        }
        var quantity = Math.Min(wanted, cap);
        return quantity > 0 ? Apply(state, candle, price, quantity, isMaker: false, fills) : state;
    }

    private OrderFillState Apply(OrderFillState state, Candle candle, decimal price, decimal quantity, bool isMaker, List<Fill> fills)
    {
        var order = state.Order;
        var notional = price * quantity;
        var feeAsset = order.Side == OrderSide.Sell ? FeeAsset.Quote : _fees.BuyFeeAsset;
        var feeBase = feeAsset == FeeAsset.Quote ? notional : quantity;
        var fee = RoundUp(feeBase * _fees.Rate(isMaker), _settings.FeeDecimals);
        fills.Add(new Fill(order.Id, candle.OpenTimeMs, price, quantity, notional, fee, feeAsset, isMaker));
        var filled = state.FilledQuantity + quantity;
        var remainingQuote = order.QuoteAmount is not null ? state.RemainingQuote - notional : 0m;
        var done = order.QuoteAmount is not null
            ? _rules.FloorQuantity(remainingQuote / price) <= 0
            : filled >= order.Quantity!.Value;
        return state with
        {
            FilledQuantity = filled,
            FilledNotional = state.FilledNotional + notional,
            RemainingQuote = remainingQuote,
            Status = done ? OrderStatus.Filled : OrderStatus.PartiallyFilled,
        };
    }

    /// <summary>The exchange's filters in the order Binance applies them: lot and tick precision, then minimum/maximum quantity, then notional.</summary>
    private (ErrorKind Kind, string Message)? RuleViolation(decimal quantity, decimal price, bool priceIsOrderField)
    {
        if (!_rules.IsOnLot(quantity)) return (ErrorKind.InvalidPrecision, $"quantity {quantity} is not a multiple of the lot step {_rules.LotStep}");
        if (priceIsOrderField && !_rules.IsOnTick(price)) return (ErrorKind.InvalidPrecision, $"price {price} is not a multiple of the tick size {_rules.TickSize}");
        if (quantity < _rules.MinQuantity) return (ErrorKind.BelowMinimum, $"quantity {quantity} is below the minimum {_rules.MinQuantity}");
        if (_rules.MaxQuantity is { } max && quantity > max) return (ErrorKind.Rejected, $"quantity {quantity} is above the maximum {max}");
        if (quantity * price < _rules.MinNotional) return (ErrorKind.BelowMinimum, $"order value {quantity * price} is below the minimum notional {_rules.MinNotional}");
        return null;
    }

    /// <summary>What is left of the candle's volume share after the quantity other orders took on it (0 when none).</summary>
    private decimal VolumeCap(Candle candle, decimal taken) => Math.Max(0m, _rules.FloorQuantity((candle.Volume * _settings.MaxVolumeShare) - taken));

    private bool IsMarketable(SimulatedOrder order, decimal open)
    {
        var half = _settings.SpreadFraction / 2m;
        return order.Side == OrderSide.Buy
            ? _rules.CeilPrice(open * (1m + half)) <= order.LimitPrice!.Value
            : _rules.FloorPrice(open * (1m - half)) >= order.LimitPrice!.Value;
    }

    private static bool Reached(SimulatedOrder order, Candle candle) =>
        order.Side == OrderSide.Sell ? candle.Low <= order.TriggerPrice!.Value : candle.High >= order.TriggerPrice!.Value;

    /// <summary>The trigger, or the open when the candle opened beyond it (gap): never better than the trigger.</summary>
    private static decimal TriggerFillBase(SimulatedOrder order, Candle candle)
    {
        var trigger = order.TriggerPrice!.Value;
        return order.Side == OrderSide.Sell ? Math.Min(trigger, candle.Open) : Math.Max(trigger, candle.Open);
    }

    private static decimal RoundUp(decimal value, int decimals)
    {
        var factor = 1m;
        for (var i = 0; i < decimals; i++) factor *= 10m;
        return Math.Ceiling(value * factor) / factor;
    }
}
