using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Runtime.Live;

namespace Qari.Runtime.Accounts;

/// <summary>
/// One exchange as the accounts runtime sees it: its HTTP pipeline (shared by its accounts), an unsigned adapter for
/// market data and the venue's clock, the venue's market time, and each account's signed adapter.
/// </summary>
public sealed class AccountVenue
{
    private readonly Dictionary<AccountId, (TradedAccount Account, ISpotExchange Adapter)> _accounts;

    /// <summary>The venue for <paramref name="accounts"/> (all on <paramref name="exchange"/>) behind <paramref name="pipeline"/>; its clock starts at <paramref name="now"/>.</summary>
    public AccountVenue(ExchangeId exchange, Uri baseUrl, ExchangeHttpClient pipeline, IEnumerable<TradedAccount> accounts, DateTimeOffset now)
    {
        Exchange = exchange;
        BaseUrl = baseUrl;
        Public = SpotExchangeFactory.Create(pipeline, null);
        Clock = new VenueClock(now);
        CloseMs = LiveStartup.LastClose(now.ToUnixTimeMilliseconds());
        _accounts = accounts.ToDictionary(a => a.Account, a => (a, SpotExchangeFactory.Create(pipeline, a.Credentials)));
    }

    /// <summary>The exchange.</summary>
    public ExchangeId Exchange { get; }

    /// <summary>Where it answers.</summary>
    public Uri BaseUrl { get; }

    /// <summary>An adapter without a key: market data and server time only.</summary>
    public ISpotExchange Public { get; }

    /// <summary>Market time as the venue last reported it (the traders' clock).</summary>
    public VenueClock Clock { get; }

    /// <summary>The close of the last 5m candle a cycle ran for (or the one warmed up to).</summary>
    public long CloseMs { get; set; }

    /// <summary>Cycles run on this venue by this process.</summary>
    public int Cycles { get; set; }

    /// <summary>The venue's accounts.</summary>
    public IReadOnlyList<TradedAccount> Accounts => [.. _accounts.Values.Select(a => a.Account)];

    /// <summary>The account and its signed adapter, when it trades here.</summary>
    public bool TryGet(AccountId account, out TradedAccount traded, out ISpotExchange adapter)
    {
        var found = _accounts.TryGetValue(account, out var entry);
        (traded, adapter) = found ? entry : (null!, null!);
        return found;
    }
}
