using System.Globalization;
using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Results;
using static Qari.Exchanges.Common.Replies;

namespace Qari.Exchanges.Binance;

/// <summary>
/// Reads every account trade of one symbol since a time from GET /api/v3/myTrades, within the endpoint's rules:
/// at most 24 hours between startTime and endTime, at most 1000 rows a page, fromId not combinable with a time range.
/// </summary>
internal sealed class BinanceFillWalk(BinanceClient client, Symbol symbol, int pageSize)
{
    /// <summary>Widest span Binance accepts between startTime and endTime (one millisecond under 24 h: the bound's inclusiveness is undocumented).</summary>
    public static readonly long MaxSpanMs = (long)TimeSpan.FromHours(24).TotalMilliseconds - 1;

    /// <summary>Look-backs longer than this are read by trade id from 0 instead of one call per day.</summary>
    public static readonly TimeSpan MaxWindowedLookBack = TimeSpan.FromDays(31);

    private readonly string _wireSymbol = BinanceSymbolMapper.ToExchange(symbol);
    private readonly Dictionary<string, Fill> _fills = new(StringComparer.Ordinal);

    /// <summary>Every fill with time in [<paramref name="sinceMs"/>, <paramref name="untilMs"/>], ordered by time then id.</summary>
    public async Task<Result<IReadOnlyList<Fill>>> ReadAsync(long sinceMs, long untilMs, CancellationToken ct)
    {
        var read = untilMs - sinceMs > (long)MaxWindowedLookBack.TotalMilliseconds
            ? await ByIdAsync(sinceMs, ct).ConfigureAwait(false)
            : await ByWindowsAsync(sinceMs, untilMs, ct).ConfigureAwait(false);
        if (read is { } error) return error;
        return _fills.Values.OrderBy(f => f.TimeMs).ThenBy(f => TradeNumber(f.TradeId)).ToList();
    }

    // One call per 24 h window with explicit start AND end; a full page narrows the window's start to its last trade time.
    private async Task<Error?> ByWindowsAsync(long sinceMs, long untilMs, CancellationToken ct)
    {
        for (var from = sinceMs; from <= untilMs; from += MaxSpanMs + 1)
        {
            var to = Math.Min(from + MaxSpanMs, untilMs);
            for (var start = from; ;)
            {
                var page = await PageAsync(start, to, null, ct).ConfigureAwait(false);
                if (!page.IsSuccess) return page.Error;
                Keep(page.Value, sinceMs);
                if (page.Value.Count < pageSize) break;
                var last = page.Value.Max(f => f.TimeMs);
                // A full page all inside one millisecond cannot be paged by time and fromId cannot be combined with a time range.
                if (last <= start)
                    return Error.Validation("binance.fills", $"binance myTrades {_wireSymbol}: more than {pageSize} fills at {start} ms; cannot page them completely");
                start = last;
            }
        }
        return null;
    }

    // fromId has no time limit: walking ids from 0 is complete whatever the look-back.
    private async Task<Error?> ByIdAsync(long sinceMs, CancellationToken ct)
    {
        for (long fromId = 0; ;)
        {
            var page = await PageAsync(null, null, fromId, ct).ConfigureAwait(false);
            if (!page.IsSuccess) return page.Error;
            Keep(page.Value, sinceMs);
            if (page.Value.Count < pageSize) return null;
            fromId = page.Value.Max(f => TradeNumber(f.TradeId)) + 1;
        }
    }

    private async Task<Result<IReadOnlyList<Fill>>> PageAsync(long? start, long? end, long? fromId, CancellationToken ct) =>
        Then(await client.MyTradesAsync(_wireSymbol, start, end, fromId, pageSize, ct).ConfigureAwait(false),
            body => BinanceOrderParser.Fills(body, symbol));

    private void Keep(IEnumerable<Fill> page, long sinceMs)
    {
        foreach (var f in page.Where(f => f.TimeMs >= sinceMs)) _fills[f.TradeId] = f;
    }

    private static long TradeNumber(string tradeId) => long.Parse(tradeId, CultureInfo.InvariantCulture);
}
