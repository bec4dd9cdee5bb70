using Qari.Model.Ids;

namespace Qari.Exchanges.Abstractions;

/// <summary>Names an order either by the exchange's id or by Qari's client order id (exactly one is set).</summary>
public readonly record struct OrderRef
{
    private OrderRef(ExchangeOrderId? exchangeId, ClientOrderId? clientId)
    {
        ExchangeId = exchangeId;
        ClientId = clientId;
    }

    /// <summary>The exchange's id, when the order is named that way.</summary>
    public ExchangeOrderId? ExchangeId { get; }

    /// <summary>Qari's client order id, when the order is named that way.</summary>
    public ClientOrderId? ClientId { get; }

    /// <summary>Names an order by the exchange's id.</summary>
    public static OrderRef ByExchangeId(ExchangeOrderId id) => new(id, null);

    /// <summary>Names an order by client order id (how unknown outcomes are resolved).</summary>
    public static OrderRef ByClientId(ClientOrderId id) => new(null, id);

    /// <inheritdoc />
    public override string ToString() => ExchangeId is { } e ? $"order {e}" : $"client order {ClientId}";
}
