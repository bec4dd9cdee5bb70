using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Runtime.Hosting;
using Qari.Runtime.Scanning;

namespace Qari.Runtime.Grains;

/// <summary>
/// Hosts one exchange's <see cref="Scanner"/>: on each candle close it runs the cycle once and hands the same scan to
/// the trader grain of every account on the exchange, in parallel. An account whose trader cannot be reached (its
/// silo died, its activation failed) is reported and gets the next cycle; the others are not held up.
/// </summary>
public sealed class ScannerGrain(IRuntimeComposition composition, ILogger<ScannerGrain> log) : Grain, IScannerGrain
{
    private static readonly long M5 = Timeframe.M5.Milliseconds();
    private Scanner? _scanner;
    private long _lastClose = long.MinValue;

    /// <inheritdoc />
    public async Task WarmUpAsync(long closeMs, CancellationToken cancellationToken = default)
    {
        var exchange = GrainKeys.ExchangeOf(this.GetPrimaryKeyString());
        var scanner = await composition.CreateScannerAsync(exchange, closeMs, cancellationToken);
        // Without its analysers the scanner cannot run a cycle: the caller sees why and tries again at the next close.
        if (!scanner.IsSuccess) throw new InvalidOperationException($"scanner {exchange}: {scanner.Error!.Message}");
        _scanner = scanner.Value;
    }

    /// <inheritdoc />
    public async Task<CycleReport> CandleClosedAsync(long closeMs, IReadOnlyList<CandidateDto> extra, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extra);
        // Every node's market-data driver reports the same close (several nodes): the cycle runs once.
        if (closeMs <= _lastClose) return new CycleReport(closeMs, 0, true, []);
        _lastClose = closeMs;
        var watch = Stopwatch.StartNew();
        // A scanner activated after a failover warms up to the previous close, then runs this one.
        if (_scanner is null) await WarmUpAsync(closeMs - M5, cancellationToken);
        var scanner = _scanner!;
        // The caller's token is the host's shutdown: a cycle waiting on the rate limiter or the venue stops at once.
        // Interrupted, the scanner keeps what it had (each symbol's candles are added whole) and fetches from there next time.
        var scan = await scanner.OnCandleClosedAsync(closeMs, cancellationToken);
        if (extra.Count > 0) scan = scan with { Candidates = [.. scan.Candidates, .. extra.Select(ScanMapper.ToCandidate)] };
        var dto = ScanMapper.ToDto(scan, scanner.Universe);
        var accounts = composition.AccountsOn(GrainKeys.ExchangeOf(this.GetPrimaryKeyString()));
        var outcomes = await Task.WhenAll(accounts.Select(a => DeliverAsync(a, dto, cancellationToken)));
        cancellationToken.ThrowIfCancellationRequested();
        composition.Metrics.CycleTook(watch.Elapsed);
        return new CycleReport(closeMs, scan.Candidates.Count, scan.DataFresh, outcomes);
    }

    private async Task<AccountOutcome> DeliverAsync(AccountId account, ScanDto scan, CancellationToken ct)
    {
        var key = GrainKeys.Trader(account);
        try
        {
            return new AccountOutcome(key, await GrainFactory.GetGrain<ITraderGrain>(key).CycleAsync(scan, ct), null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new AccountOutcome(key, null, "shutting down");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A grain call across silos fails with the silo (unavailable, timed out) or the activation: this account
            // misses one cycle, and its next activation reconciles with the venue first.
            log.LogWarning("cycle {Close} did not reach trader {Account}: {Error}", scan.CloseMs, key, ex.Message);
            return new AccountOutcome(key, null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
