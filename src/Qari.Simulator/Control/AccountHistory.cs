using Microsoft.AspNetCore.Http;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Control;

/// <summary>GET /_sim/accounts/{id}/history: every order of an account (open and closed) with its fills — the venue's own record.</summary>
public static class AccountHistory
{
    /// <summary>The account's orders over all markets, oldest first, each with its fills.</summary>
    public static IResult Of(SimulatorState state, string id)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Engine.Account(id) is null) return Results.NotFound(new { error = $"unknown account '{id}'" });
        var orders = state.Engine.Markets.SelectMany(m => state.Engine.AllOrders(id, m.Symbol)).OrderBy(o => o.Id).Select(o => new
        {
            id = o.Id, clientOrderId = o.ClientOrderId, symbol = o.Symbol.ToString(), side = o.Side.ToString(), type = o.Type.ToString(),
            status = o.Status.ToString(), price = o.Price, stopPrice = o.StopPrice, quantity = o.Quantity, executed = o.Executed, createdMs = o.CreatedMs,
            fills = o.Fills.Select(f => new { tradeId = f.TradeId, price = f.Price, quantity = f.Quantity, fee = f.Fee, feeAsset = f.FeeAsset, timeMs = f.TimeMs }),
        });
        return Results.Json(new { timeMs = state.NowMs, orders });
    }
}
