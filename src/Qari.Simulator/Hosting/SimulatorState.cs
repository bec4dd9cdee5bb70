using Qari.Simulator.Accounts;
using Qari.Simulator.Dialects;
using Qari.Simulator.Engine;
using Qari.Simulator.Faults;
using Qari.Simulator.Feed;

namespace Qari.Simulator.Hosting;

/// <summary>Everything a dialect and the control API work on: engine, keys, clock, replay feed, faults, weight meter.</summary>
public sealed class SimulatorState(MatchingEngine engine, KeyStore keys, SimClock clock, ReplayFeed feed)
{
    /// <summary>The matching engine.</summary>
    public MatchingEngine Engine { get; } = engine;

    /// <summary>The API keys.</summary>
    public KeyStore Keys { get; } = keys;

    /// <summary>The simulator's clock.</summary>
    public SimClock Clock { get; } = clock;

    /// <summary>The candle replay.</summary>
    public ReplayFeed Feed { get; } = feed;

    /// <summary>Armed faults.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Request weight per IP.</summary>
    public WeightMeter Weights { get; } = new();

    /// <summary>The accelerated replay, when the simulator runs one (null: the clock follows its time source).</summary>
    public ReplayPacer? Pacer { get; set; }

    /// <summary>Now in ms on the simulator clock.</summary>
    public long NowMs => Clock.GetUtcNow().ToUnixTimeMilliseconds();
}
