using Qari.Simulator.Accounts;
using Qari.Simulator.Dialects;
using Qari.Simulator.Engine;
using Qari.Simulator.Feed;

namespace Qari.Simulator.Hosting;

/// <summary>How to start a simulator: address, seed, market data, clock, dialects.</summary>
public sealed record SimulatorOptions
{
    /// <summary>The TCP port (0: any free port).</summary>
    public int Port { get; init; }

    /// <summary>The address to listen on (loopback by default; the simulator is not meant to be exposed).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Accounts, keys and explicit markets (the demo account when not set).</summary>
    public SimulatorSeed Seed { get; init; } = DemoSeed.Create();

    /// <summary>A directory of candle CSV files to replay (ignored when <see cref="Candles"/> is set).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Candle history given in code.</summary>
    public CandleLibrary? Candles { get; init; }

    /// <summary>The underlying time source (system time by default; tests pass a fake).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where the simulator clock starts (the underlying time when null).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>The synthetic liquidity shape of every market.</summary>
    public BookShape Book { get; init; } = new();

    /// <summary>The dialects to mount (all known when null).</summary>
    public IReadOnlyList<ISimulatorDialect>? Dialects { get; init; }

    /// <summary>Write ASP.NET Core's request log to the console.</summary>
    public bool Verbose { get; init; }
}
