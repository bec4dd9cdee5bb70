using Qari.Model.Ids;

namespace Qari.Runtime.Live;

/// <summary>How <c>qari serve</c> runs against an exchange (or a simulator process) at a base URL.</summary>
public sealed record LiveOptions
{
    /// <summary>The exchange's wire format.</summary>
    public required ExchangeId Exchange { get; init; }

    /// <summary>Where the exchange (or simulator) answers.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The API key's id (the secret is held by the credentials passed to start).</summary>
    public required string KeyId { get; init; }

    /// <summary>Where the journal database lives.</summary>
    public string DataDirectory { get; init; } = ".qari";

    /// <summary>The symbols to scan (null: every USDT market the venue lists as trading).</summary>
    public IReadOnlyList<Symbol>? Symbols { get; init; }

    /// <summary>The confluence threshold (null: the analysis default).</summary>
    public double? MinScore { get; init; }

    /// <summary>Reconcile with the exchange every this many cycles.</summary>
    public int ReconcileEvery { get; init; } = 12;

    /// <summary>How often the venue's clock is polled for a newly closed 5m candle (wall time).</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the server-clock offset is measured for signing (zero: before every signed call, for an accelerated simulator whose clock jumps).</summary>
    public TimeSpan ClockResync { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Stop after this many cycles (null: until Ctrl+C).</summary>
    public int? MaxCycles { get; init; }

    /// <summary>TEST HOOK: a JSON file naming symbols to inject known candidates for (see <see cref="TestCandidates"/>); null in real use.</summary>
    public string? TestCandidatesFile { get; init; }

    /// <summary>The wall clock (polling, retries; market time is the venue's).</summary>
    public TimeProvider WallClock { get; init; } = TimeProvider.System;
}
