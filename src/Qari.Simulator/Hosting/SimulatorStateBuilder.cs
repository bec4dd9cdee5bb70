using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Results;
using Qari.Simulator.Accounts;
using Qari.Simulator.Engine;
using Qari.Simulator.Feed;

namespace Qari.Simulator.Hosting;

/// <summary>Builds the simulator's state from options: clock, candles, markets (seeded and from candle files), accounts and keys.</summary>
public static class SimulatorStateBuilder
{
    /// <summary>Builds the state; a bad data directory, seed symbol or missing price is an error naming it.</summary>
    public static Result<SimulatorState> Build(SimulatorOptions options)
    {
        var clock = new SimClock(options.Time, options.Start);
        var library = options.Candles;
        if (library is null && options.DataDirectory is { } dir)
        {
            var loaded = CandleLibrary.Load(dir);
            if (!loaded.IsSuccess) return loaded.Error;
            library = loaded.Value;
        }
        library ??= new CandleLibrary();
        var engine = new MatchingEngine(clock);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var feed = new ReplayFeed(library, engine, now);
        var seeded = new HashSet<Symbol>();
        foreach (var m in options.Seed.Markets)
        {
            if (!Symbol.TryParse(m.Symbol, out var symbol)) return Error.Validation("seed.symbol", $"seed market '{m.Symbol}' is not BASE/QUOTE");
            var price = m.Price ?? feed.PriceAt(symbol, now);
            if (price is not > 0) return Error.Validation("seed.price", $"seed market {symbol} has no price and no candle history");
            engine.AddMarket(symbol, new InstrumentRules(m.TickSize, m.LotStep, m.MinQuantity, m.MinNotional, m.MaxQuantity), price.Value, options.Book);
            seeded.Add(symbol);
        }
        foreach (var symbol in library.Symbols.Where(s => !seeded.Contains(s)))
        {
            if (feed.PriceAt(symbol, now) is { } price) engine.AddMarket(symbol, DefaultRules(price), price, options.Book);
        }
        var keys = new KeyStore();
        foreach (var account in options.Seed.Accounts)
        {
            engine.AddAccount(new SimAccount(account.Id, account.Balances, account.MakerFee, account.TakerFee));
            foreach (var key in account.Keys) keys.Add(key with { AccountId = account.Id, CreatedMs = key.CreatedMs == 0 ? now : key.CreatedMs });
        }
        return new SimulatorState(engine, keys, clock, feed);
    }

    /// <summary>
    /// Rules for a market known only from its candles, shaped like Binance's: a tick of about a millionth of the
    /// price (0.01 at 10,000–99,999), a lot worth about a cent to ten cents, a 5-unit minimum notional.
    /// </summary>
    public static InstrumentRules DefaultRules(decimal price)
    {
        var magnitude = (int)Math.Floor(Math.Log10((double)price));
        var tick = Pow10(Math.Max(magnitude - 6, -8));
        var lot = Pow10(Math.Clamp(-magnitude - 1, -8, 0));
        return new InstrumentRules(tick, lot, lot, 5m);
    }

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) value = exponent > 0 ? value * 10m : value / 10m;
        return value;
    }
}
