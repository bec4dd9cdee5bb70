using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Faults;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Control;

/// <summary>
/// The <c>/_sim</c> control API: push prices, advance the clock (replaying candles), arm and clear faults,
/// revoke or add keys, shape liquidity (partial fills), change a market's status, and inspect accounts.
/// It is not part of any exchange's wire format and is never subject to faults.
/// </summary>
public static class ControlApi
{
    /// <summary>Maps the control routes.</summary>
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        var sim = app.MapGroup("/_sim");
        sim.MapGet("/status", () => Results.Json(new
        {
            timeMs = state.NowMs,
            replay = state.Pacer is { } p ? new { intervalMs = p.Interval.TotalMilliseconds, paused = p.Paused, steps = p.Steps, ended = p.Ended } : null,
            markets = state.Engine.Markets.Select(m => new { symbol = m.Symbol.ToString(), last = m.LastPrice, status = m.Status.ToString(), rules = m.Rules }),
            faults = state.Faults.Active,
            keys = state.Keys.All.Select(k => new { k.KeyId, k.AccountId, k.Revoked, exchange = k.Exchange?.Name() }),
        }, SimulatorHost.Json));
        sim.MapPost("/price", (PricePush push) =>
        {
            if (!Symbol.TryParse(push.Symbol, out var symbol) || state.Engine.Market(symbol) is null) return Results.NotFound(new { error = $"unknown market '{push.Symbol}'" });
            if (push.Price <= 0 || push.Volume is < 0) return Results.BadRequest(new { error = "price must be positive and volume not negative" });
            state.Engine.PushPrice(symbol, push.Price, push.Volume);
            return Results.Json(new { symbol = symbol.ToString(), last = state.Engine.Market(symbol)!.LastPrice });
        });
        sim.MapPost("/advance", (AdvanceRequest request) =>
        {
            if (request.Ms < 0) return Results.BadRequest(new { error = "the clock only moves forward" });
            state.Clock.Advance(TimeSpan.FromMilliseconds(request.Ms));
            var played = state.Feed.PlayUntil(state.NowMs);
            return Results.Json(new { timeMs = state.NowMs, candlesPlayed = played });
        });
        sim.MapPost("/faults", (FaultRequest request) =>
        {
            var until = request.Kind == FaultKind.Maintenance ? state.NowMs + (request.DurationMs ?? 60_000) : (long?)null;
            var fault = new SimFault(request.Kind, request.Exchange, request.Path, request.Count, request.Status, request.LatencyMs, request.RetryAfterSeconds, until);
            if (fault.Kind == FaultKind.Status && fault.Status is < 400 or > 599) return Results.BadRequest(new { error = "status must be 4xx or 5xx" });
            state.Faults.Add(fault);
            return Results.Json(fault, SimulatorHost.Json);
        });
        sim.MapDelete("/faults", () =>
        {
            state.Faults.Clear();
            return Results.NoContent();
        });
        sim.MapPost("/keys", (SimKey key) =>
        {
            if (state.Engine.Account(key.AccountId) is null) return Results.NotFound(new { error = $"unknown account '{key.AccountId}'" });
            state.Keys.Add(key with { CreatedMs = key.CreatedMs == 0 ? state.NowMs : key.CreatedMs });
            return Results.Json(new { key.KeyId, key.AccountId });
        });
        sim.MapPost("/keys/{keyId}/revoke", (string keyId) =>
            state.Keys.Revoke(keyId) ? Results.Json(new { keyId, revoked = true }) : Results.NotFound(new { error = $"unknown key '{keyId}'" }));
        sim.MapPost("/liquidity", (LiquidityRequest request) =>
        {
            if (!Symbol.TryParse(request.Symbol, out var symbol) || state.Engine.Market(symbol) is null) return Results.NotFound(new { error = $"unknown market '{request.Symbol}'" });
            state.Engine.SetLevelQuantity(symbol, request.LevelQuantity);
            return Results.Json(new { symbol = symbol.ToString(), levelQuantity = request.LevelQuantity });
        });
        sim.MapPost("/market-status", (MarketStatusRequest request) =>
        {
            if (!Symbol.TryParse(request.Symbol, out var symbol) || state.Engine.Market(symbol) is null) return Results.NotFound(new { error = $"unknown market '{request.Symbol}'" });
            state.Engine.SetStatus(symbol, request.Status);
            return Results.Json(new { symbol = symbol.ToString(), status = request.Status.ToString() });
        });
        sim.MapGet("/accounts/{id}/balances", (string id) =>
            state.Engine.Account(id) is null
                ? Results.NotFound(new { error = $"unknown account '{id}'" })
                : Results.Json(state.Engine.Balances(id).Select(b => new { asset = b.Asset, free = b.Free, locked = b.Locked })));
        sim.MapGet("/accounts/{id}/history", (string id) => AccountHistory.Of(state, id));
        sim.MapPost("/replay", (ReplayRequest request) =>
        {
            if (state.Pacer is not { } pacer) return Results.BadRequest(new { error = "no accelerated replay is running (start with --speed)" });
            pacer.Paused = request.Paused;
            return Results.Json(new { paused = pacer.Paused, timeMs = state.NowMs, steps = pacer.Steps });
        });
        sim.MapGet("/accounts/{id}/orders", (string id) =>
            Results.Json(state.Engine.OpenOrders(id, null).Select(o => new
            {
                id = o.Id, clientOrderId = o.ClientOrderId, symbol = o.Symbol.ToString(), side = o.Side.ToString(), type = o.Type.ToString(),
                status = o.Status.ToString(), price = o.Price, stopPrice = o.StopPrice, quantity = o.Quantity, executed = o.Executed,
            })));
    }
}
