using Qari.Cli.Commands.Exchange;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;

namespace Qari.Cli.Commands.Simulator;

/// <summary><c>qari simulator --speed</c>: market time stands still except for one 5-minute candle step per interval of wall time.</summary>
internal static class AcceleratedReplay
{
    /// <summary>The options with the candles loaded, a still time source and the start; null (after saying why) when impossible.</summary>
    public static SimulatorOptions? Options(SimulatorOptions options, int intervalMs, DateTimeOffset? start, CliConsole io)
    {
        if (intervalMs < 1)
        {
            io.Error.WriteLine("FAIL --speed must be at least 1 millisecond per candle");
            return null;
        }
        if (options.DataDirectory is not { } dir)
        {
            io.Error.WriteLine("FAIL --speed needs candle data (--data, or run from the repository for demo/data)");
            return null;
        }
        var library = CandleLibrary.Load(dir);
        if (!library.IsSuccess)
        {
            io.Error.WriteLine($"FAIL {library.Error.Message}");
            return null;
        }
        if (library.Value.Symbols.Count == 0)
        {
            io.Error.WriteLine($"FAIL {dir}: no candle files");
            return null;
        }
        return options with
        {
            Candles = library.Value,
            Time = new StillTime(TimeProvider.System.GetUtcNow()),
            Start = start ?? ReplayWindow.DefaultStart(library.Value, 30),
        };
    }

    /// <summary>Attaches the pacer to the running host and steps it until <paramref name="ct"/> is cancelled.</summary>
    public static Task Start(SimulatorHost host, SimulatorOptions options, int intervalMs, CancellationToken ct)
    {
        var pacer = new ReplayPacer(host.State.Clock, host.State.Feed, TimeSpan.FromMilliseconds(intervalMs), TimeProvider.System, ReplayWindow.EndMs(options.Candles!));
        host.State.Pacer = pacer;
        return Task.Run(() => pacer.RunAsync(ct), CancellationToken.None);
    }
}
