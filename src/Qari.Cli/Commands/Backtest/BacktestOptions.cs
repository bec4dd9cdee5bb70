using System.Globalization;
using Qari.Backtest.Replay;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Cli.Commands.Backtest;

/// <summary>The command line of <c>qari backtest</c>, parsed into <see cref="BacktestSettings"/>.</summary>
internal sealed record BacktestOptions(string Data, string Exchange, string? Symbols, string? From, string? To, decimal Balance, string? Out, bool LookAheadCheck)
{
    /// <summary>Overrides the confluence threshold.</summary>
    public double? MinScore { get; init; }

    /// <summary>Overrides the number of independent bullish layers.</summary>
    public int? MinLayers { get; init; }

    /// <summary>Overrides the minimum R/R (analysis and gate).</summary>
    public decimal? MinRiskReward { get; init; }

    /// <summary>A candle store to read instead of <see cref="Data"/>.</summary>
    public string? Store { get; init; }

    /// <summary>Runs the analysis on one thread ahead of the engine instead of in lanes (<see cref="BacktestSettings.Pipeline"/>).</summary>
    public bool Pipeline { get; init; }

    public Result<BacktestSettings> ToSettings()
    {
        if (!Enum.TryParse<ExchangeId>(Exchange, ignoreCase: true, out var exchange) || !Enum.IsDefined(exchange))
            return Error.Validation("backtest.exchange", $"unknown exchange '{Exchange}' (one of: {string.Join(", ", Enum.GetNames<ExchangeId>()).ToLowerInvariant()})");
        List<Symbol>? symbols = null;
        if (Symbols is not null)
        {
            symbols = [];
            foreach (var part in Symbols.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Symbol.TryParse(part, out var s)) return Error.Validation("backtest.symbols", $"'{part}' is not a symbol of the form BASE/QUOTE, e.g. BTC/USDT");
                symbols.Add(s);
            }
        }
        if (Balance <= 0) return Error.Validation("backtest.balance", $"the starting balance must be positive, not {Balance.ToString(CultureInfo.InvariantCulture)}");
        var from = Time(From, "--from");
        if (!from.IsSuccess) return from.Error;
        var to = Time(To, "--to");
        if (!to.IsSuccess) return to.Error;
        var defaults = BacktestSettings.Default;
        var confluence = defaults.Confluence with
        {
            Threshold = MinScore ?? defaults.Confluence.Threshold,
            MinBullishLayers = MinLayers ?? defaults.Confluence.MinBullishLayers,
            MinRiskReward = MinRiskReward is { } rr ? (double)rr : defaults.Confluence.MinRiskReward,
        };
        var trading = defaults.Trading with { MinRiskReward = MinRiskReward ?? defaults.Trading.MinRiskReward };
        return new BacktestSettings
        {
            Exchange = exchange, Symbols = symbols, FromMs = from.Value, ToMs = to.Value, StartingBalance = Balance,
            Confluence = confluence, Trading = trading, Pipeline = Pipeline,
        };
    }

    private static Result<long?> Time(string? text, string option)
    {
        if (text is null) return (long?)null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return (long?)ms;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
            return (long?)t.ToUnixTimeMilliseconds();
        return Error.Validation("backtest.time", $"{option} '{text}' is not a UTC date/time (2026-01-01, 2026-01-01T12:00Z) or Unix milliseconds");
    }
}
