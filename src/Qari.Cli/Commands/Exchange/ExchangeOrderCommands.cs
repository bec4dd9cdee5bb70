using System.CommandLine;
using System.Globalization;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Symbol = Qari.Model.Ids.Symbol;
using Qari.Model.Orders;
using static Qari.Cli.Commands.Exchange.ExchangeMarketCommands;

namespace Qari.Cli.Commands.Exchange;

/// <summary><c>qari exchange order place|cancel|get</c>. A lost answer to a place is resolved by client order id, never resent.</summary>
internal static class ExchangeOrderCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("order", "Place, cancel or look up one order.");
        command.Subcommands.Add(Place(console));
        command.Subcommands.Add(Lookup(console, "cancel", "Cancel an order by --order-id or --client-id."));
        command.Subcommands.Add(Lookup(console, "get", "Show an order by --order-id or --client-id."));
        return command;
    }

    private static Command Place(CliConsole console)
    {
        var connection = new ConnectionOptions();
        var symbol = new Option<string>("--symbol") { Required = true, Description = "BASE/QUOTE, e.g. BTC/USDT." };
        var side = new Option<string>("--side") { Required = true, Description = "buy or sell." };
        var type = new Option<string>("--type") { DefaultValueFactory = _ => "limit", Description = "limit, market, stop-market or stop-limit." };
        var quantity = new Option<decimal?>("--quantity") { Description = "Base quantity (on the lot step)." };
        var quote = new Option<decimal?>("--quote-amount") { Description = "Quote to spend (market buy)." };
        var price = new Option<decimal?>("--price") { Description = "Limit price (on the tick)." };
        var stop = new Option<decimal?>("--stop-price") { Description = "Trigger price of a stop." };
        var clientId = new Option<string?>("--client-id") { Description = "Client order id (default: derived from the current second, leg X)." };
        var command = new Command("place", "Place one order and show the exchange's answer.") { symbol, side, type, quantity, quote, price, stop, clientId };
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (!Symbol.TryParse(parse.GetValue(symbol), out var sym)) return Usage(console, "--symbol must look like BTC/USDT");
            OrderSide? orderSide = parse.GetValue(side)?.ToLowerInvariant() switch { "buy" => OrderSide.Buy, "sell" => OrderSide.Sell, _ => null };
            if (orderSide is not { } s) return Usage(console, "--side must be buy or sell");
            var id = parse.GetValue(clientId) is { } text ? ClientOrderId.Foreign(text) : ClientOrderId.Create(new TradeId(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()), OrderLeg.Exit, 0);
            var (q, qa, p, sp) = (parse.GetValue(quantity), parse.GetValue(quote), parse.GetValue(price), parse.GetValue(stop));
            OrderRequest request;
            try
            {
                request = parse.GetValue(type)?.ToLowerInvariant() switch
                {
                    "limit" when q is { } lq && p is { } lp => OrderRequest.Limit(sym, s, lq, lp, id),
                    "market" when q is { } mq => OrderRequest.Market(sym, s, mq, id),
                    "market" when qa is { } mqa && s == OrderSide.Buy => OrderRequest.MarketBuyQuote(sym, mqa, id),
                    "stop-market" when q is { } sq && sp is { } ssp => OrderRequest.StopMarket(sym, s, sq, ssp, id),
                    "stop-limit" when q is { } lq && sp is { } lsp && p is { } llp => OrderRequest.StopLimit(sym, s, lq, lsp, llp, id),
                    _ => throw new ArgumentException("limit needs --quantity and --price; market needs --quantity (or --quote-amount for a buy); stop-market needs --quantity and --stop-price; stop-limit also --price"),
                };
            }
            catch (ArgumentException ex)
            {
                return Usage(console, ex.Message);
            }
            using var session = connection.Open(parse, needsKey: true, console);
            if (session is null) return 2;
            console.Out.WriteLine($"client id  {id}");
            var placed = await UnknownOutcomeResolver.PlaceAndResolveAsync(session.Exchange, request, TimeProvider.System, ct);
            if (!placed.IsSuccess) return Fail(console, placed.Error);
            Print(placed.Value, console.Out);
            return 0;
        });
        return command;
    }

    private static Command Lookup(CliConsole console, string name, string description)
    {
        var connection = new ConnectionOptions();
        var symbol = new Option<string>("--symbol") { Required = true, Description = "BASE/QUOTE, e.g. BTC/USDT." };
        var orderId = new Option<string?>("--order-id") { Description = "The exchange's order id." };
        var clientId = new Option<string?>("--client-id") { Description = "The client order id." };
        var command = new Command(name, description) { symbol, orderId, clientId };
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (!Symbol.TryParse(parse.GetValue(symbol), out var sym)) return Usage(console, "--symbol must look like BTC/USDT");
            OrderRef? order = parse.GetValue(orderId) is { } oid ? OrderRef.ByExchangeId(new ExchangeOrderId(oid))
                : parse.GetValue(clientId) is { } cid ? OrderRef.ByClientId(ClientOrderId.Foreign(cid)) : null;
            if (order is not { } reference) return Usage(console, "give --order-id or --client-id");
            using var session = connection.Open(parse, needsKey: true, console);
            if (session is null) return 2;
            var result = name == "cancel"
                ? await session.Exchange.CancelOrderAsync(sym, reference, ct)
                : await session.Exchange.GetOrderAsync(sym, reference, ct);
            if (!result.IsSuccess) return Fail(console, result.Error);
            Print(result.Value, console.Out);
            return 0;
        });
        return command;
    }

    internal static void Print(OrderSnapshot o, TextWriter output)
    {
        output.WriteLine($"order      {o.ExchangeOrderId} ({o.ClientOrderId})");
        output.WriteLine($"           {o.Side} {o.Type} {o.Symbol} {o.Status}");
        output.WriteLine($"quantity   {N(o.Quantity)} filled {N(o.FilledQuantity)} (quote {N(o.FilledQuote)}) avg {N(o.AverageFillPrice)}");
        output.WriteLine($"price      {N(o.Price)} stop {N(o.StopPrice)}");
    }

    internal static string N(decimal? value) => value is { } v ? QueryBuilder.Format(v) : "-";
}
