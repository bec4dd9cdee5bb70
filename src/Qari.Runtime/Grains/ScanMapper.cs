using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Runtime.Scanning;
using Qari.Trading.Events;
using Qari.Trading.Risk;

namespace Qari.Runtime.Grains;

/// <summary>Maps a cycle's scan and its candidates to and from their grain DTOs (exact: decimals as decimals, enums by name).</summary>
public static class ScanMapper
{
    /// <summary>The scan as sent to the trader grains; correlations are listed for every pair of <paramref name="universe"/> that has one.</summary>
    public static ScanDto ToDto(ScanResult scan, IReadOnlyList<Symbol> universe)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(universe);
        var correlations = new List<CorrelationDto>();
        for (var i = 0; i < universe.Count; i++)
            for (var j = i + 1; j < universe.Count; j++)
                if (scan.Correlations.Correlation(universe[i], universe[j]) is { } c)
                    correlations.Add(new CorrelationDto(universe[i].ToString(), universe[j].ToString(), c));
        var markets = scan.Markets.Values.Select(m => new MarketDto(m.Instrument.Exchange.ToString(), m.Instrument.Symbol.ToString(), m.Instrument.ExchangeSymbol,
            m.Instrument.Rules.TickSize, m.Instrument.Rules.LotStep, m.Instrument.Rules.MinQuantity, m.Instrument.Rules.MinNotional, m.Instrument.Rules.MaxQuantity,
            m.Instrument.Status.ToString(), m.Bid, m.Ask)).ToList();
        return new ScanDto(scan.CloseMs, scan.Candidates.Select(ToDto).ToList(), markets,
            scan.Prices.ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal), correlations, scan.DataFresh, scan.Problem,
            scan.StructureEvents.Select(ToDto).ToList());
    }

    /// <summary>The scan a trader works with, rebuilt from its DTO.</summary>
    public static ScanResult ToScan(ScanDto dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var markets = dto.Markets.ToDictionary(m => Symbol.Parse(m.Symbol), m => new SymbolMarket(
            new Instrument(Enum.Parse<ExchangeId>(m.Exchange), Symbol.Parse(m.Symbol), m.ExchangeSymbol,
                new InstrumentRules(m.TickSize, m.LotStep, m.MinQuantity, m.MinNotional, m.MaxQuantity), Enum.Parse<TradingStatus>(m.Status)),
            m.Bid, m.Ask));
        var correlations = new CorrelationMatrix();
        foreach (var c in dto.Correlations) correlations.Set(Symbol.Parse(c.A), Symbol.Parse(c.B), c.Value);
        return new ScanResult(dto.CloseMs, [.. dto.Candidates.Select(ToCandidate)], markets,
            dto.Prices.ToDictionary(p => Symbol.Parse(p.Key), p => p.Value), correlations, dto.DataFresh, dto.Problem)
        {
            StructureEvents = dto.StructureEvents.Select(ToEvent).ToList(),
        };
    }

    /// <summary>A structure event as sent between grains; the scanner emits only these two kinds.</summary>
    public static StructureEventDto ToDto(EngineEvent e) => e switch
    {
        ChangeOfCharacter c => new StructureEventDto(nameof(ChangeOfCharacter), c.At, c.Symbol.ToString(), c.Price),
        HigherLow h => new StructureEventDto(nameof(HigherLow), h.At, h.Symbol.ToString(), h.Price),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Not a structure event."),
    };

    /// <summary>A structure event rebuilt from its DTO.</summary>
    public static EngineEvent ToEvent(StructureEventDto dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        return dto.Kind switch
        {
            nameof(ChangeOfCharacter) => new ChangeOfCharacter(dto.At, Symbol.Parse(dto.Symbol), dto.Price),
            nameof(HigherLow) => new HigherLow(dto.At, Symbol.Parse(dto.Symbol), dto.Price),
            _ => throw new ArgumentOutOfRangeException(nameof(dto), dto.Kind, "Unknown structure event kind."),
        };
    }

    /// <summary>A candidate as sent between grains.</summary>
    public static CandidateDto ToDto(TradeCandidate c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CandidateDto(c.Symbol.ToString(), c.Score, c.ZoneLow, c.ZoneHigh, c.Invalidation, c.Target1, c.Target2, c.RiskReward,
            c.Summary, c.Explanation, c.LayerVerdicts.ToList(), c.ExtremeLiquidationEvent, c.BtcCrash);
    }

    /// <summary>A candidate rebuilt from its DTO.</summary>
    public static TradeCandidate ToCandidate(CandidateDto c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new TradeCandidate(Symbol.Parse(c.Symbol), c.Score, c.ZoneLow, c.ZoneHigh, c.Invalidation, c.Target1, c.Target2, c.RiskReward,
            c.Summary, c.Explanation, [.. c.LayerVerdicts], c.ExtremeLiquidationEvent, c.BtcCrash);
    }
}
