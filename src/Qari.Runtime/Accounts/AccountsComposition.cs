using Microsoft.Extensions.Logging;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Runtime.Health;
using Qari.Runtime.Hosting;
using Qari.Runtime.Journal;
using Qari.Runtime.Live;
using Qari.Runtime.Notifications;
using Qari.Runtime.Ownership;
using Qari.Runtime.Scanning;

namespace Qari.Runtime.Accounts;

/// <summary>
/// The grains' composition for the accounts a user connected: one scanner per exchange over the venue's unsigned
/// adapter, one trader per account signing with its own key, each trader's engine rebuilt from the journal (the
/// grain then reconciles, missing stops first, and tells it it restarted) and its clock the venue's market time.
/// </summary>
public sealed class AccountsComposition(IReadOnlyList<AccountVenue> venues, AccountsOptions options, IJournal journal, RuntimeMetrics metrics,
    TestCandidates? hook, ILogger log, IOwnershipStore? ownership = null) : IRuntimeComposition
{
    /// <inheritdoc />
    public RuntimeMetrics Metrics => metrics;

    /// <inheritdoc />
    public TimeSpan ReconcilePeriod => options.ReconcilePeriod;

    /// <inheritdoc />
    public int ReconcileEveryCycles => options.ReconcileEvery;

    /// <summary>The venues, one per exchange.</summary>
    public IReadOnlyList<AccountVenue> Venues => venues;

    /// <inheritdoc />
    public IReadOnlyList<AccountId> AccountsOn(ExchangeId exchange) => [.. Venue(exchange)?.Accounts.Select(a => a.Account) ?? []];

    /// <inheritdoc />
    public async Task<Result<Scanner>> CreateScannerAsync(ExchangeId exchange, long closeMs, CancellationToken ct)
    {
        if (Venue(exchange) is not { } venue) return Error.Validation("accounts.exchange", $"no connected account trades on {exchange}");
        var universe = await LiveStartup.UniverseAsync(venue.Public, options.Symbols, hook, options.WallClock, log, ct).ConfigureAwait(false);
        if (!universe.IsSuccess) return universe.Error!;
        log.LogInformation("{Exchange}: scanning {Count} symbols at {Url}", exchange, universe.Value.Count, venue.BaseUrl);
        return await LiveStartup.WarmScannerAsync(venue.Public, universe.Value, options.MinScore, closeMs, options.WallClock, log, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<Result<TraderSetup>> CreateTraderAsync(AccountId account, CancellationToken ct)
    {
        var venue = venues.FirstOrDefault(v => v.TryGet(account, out _, out _));
        if (venue is null || !venue.TryGet(account, out var traded, out var adapter))
            return Task.FromResult<Result<TraderSetup>>(Error.Validation("accounts.account", $"account {account.Value:D} is not one of the connected accounts"));
        INotifier notifier = new LogNotifier(log);
        if (options.Notifier is { } extra) notifier = new CompositeNotifier(log, notifier, extra);
        notifier = new KeyRefusalNotifier(notifier, account, options.KeyRefused, log);
        var trader = LiveStartup.RestoreTrader(account, traded.Name, adapter, journal, metrics, venue.Clock, notifier, log, ownership);
        if (!trader.IsSuccess) return Task.FromResult<Result<TraderSetup>>(trader.Error!);
        var (built, replayed) = trader.Value;
        log.LogInformation("{Account}: engine restored from {Inputs} journaled inputs, {Open} open trade(s); reconciling with {Exchange}",
            traded, replayed, built.Engine.ActiveTrades.Count, venue.Exchange);
        return Task.FromResult<Result<TraderSetup>>(new TraderSetup(built, venue.Clock, Restored: replayed > 0));
    }

    private AccountVenue? Venue(ExchangeId exchange) => venues.FirstOrDefault(v => v.Exchange == exchange);
}
