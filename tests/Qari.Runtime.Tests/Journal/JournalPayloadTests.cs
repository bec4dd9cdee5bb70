using Qari.Runtime.Journal;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Journal;

public sealed class JournalPayloadTests
{
    [Fact]
    public void Samples_CoverEveryEventAndEntryType()
    {
        static HashSet<string> Concrete(Type root) => root.Assembly.GetTypes().Where(t => !t.IsAbstract && root.IsAssignableFrom(t)).Select(t => t.Name).ToHashSet();
        Assert.Equal(Concrete(typeof(EngineEvent)).Order(), JournalSamples.Events().Select(e => e.GetType().Name).ToHashSet().Order());
        Assert.Equal(Concrete(typeof(JournalEntry)).Order(), JournalSamples.Entries().Select(e => e.GetType().Name).ToHashSet().Order());
    }

    public static TheoryData<int> EventIndexes() => [.. Enumerable.Range(0, JournalSamples.Events().Count)];

    public static TheoryData<int> EntryIndexes() => [.. Enumerable.Range(0, JournalSamples.Entries().Count)];

    [Theory]
    [MemberData(nameof(EventIndexes))]
    public void ReadEvent_OfWrittenEvent_GivesTheSameEventBack(int index)
    {
        var e = JournalSamples.Events()[index];
        var json = JournalPayload.Of(e);

        var back = JournalPayload.ReadEvent(e.GetType().Name, json);

        Assert.True(back.IsSuccess, back.Error?.Message);
        Assert.IsType(e.GetType(), back.Value);
        Assert.Equal(json, JournalPayload.Of(back.Value));
        Assert.Equal(e.At, back.Value.At);
        Assert.Equal(e.At.Offset, back.Value.At.Offset);
        // Records without collections compare field by field.
        if (e is not (CycleCandidates or ReconciliationApplied or ProfileChanged)) Assert.Equal(e, back.Value);
    }

    [Theory]
    [MemberData(nameof(EntryIndexes))]
    public void ReadEntry_OfWrittenEntry_GivesTheSameEntryBack(int index)
    {
        var entry = JournalSamples.Entries()[index];
        var json = JournalPayload.Of(entry);

        var back = JournalPayload.ReadEntry(entry.GetType().Name, json);

        Assert.True(back.IsSuccess, back.Error?.Message);
        Assert.Equal(json, JournalPayload.Of(back.Value));
        if (entry is not (GateEvaluated or TradeOpened)) Assert.Equal(entry, back.Value);
    }

    [Fact]
    public void ReadEvent_CycleCandidates_KeepsDecimalsScalesCorrelationsAndBlacklist()
    {
        var cycle = (CycleCandidates)JournalSamples.Events().Single(e => e is CycleCandidates);

        var back = (CycleCandidates)JournalPayload.ReadEvent(nameof(CycleCandidates), JournalPayload.Of(cycle)).Value;

        Assert.Equal(cycle.Candidates[0].Invalidation, back.Candidates[0].Invalidation);
        Assert.Equal("78809.000000001", back.Candidates[0].Invalidation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("3185.250", back.Markets[JournalSamples.Eth].Ask.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(cycle.Markets[JournalSamples.Btc], back.Markets[JournalSamples.Btc]);
        Assert.Equal(cycle.Candidates[0].LayerVerdicts, back.Candidates[0].LayerVerdicts);
        Assert.Equal(0.8123456789012345, back.Correlations.Correlation(JournalSamples.Eth, JournalSamples.Btc));
        Assert.Null(back.Correlations.Correlation(JournalSamples.Btc, new Qari.Model.Ids.Symbol("SOL", "USDT")));
        Assert.Equal([JournalSamples.Eth], back.PlatformBlacklist);
        Assert.Equal(cycle.Health, back.Health);
    }

    [Fact]
    public void ReadEvent_ReconciliationApplied_KeepsNestedOrderEventsAndTuples()
    {
        var r = (ReconciliationApplied)JournalSamples.Events().Single(e => e is ReconciliationApplied);

        var back = (ReconciliationApplied)JournalPayload.ReadEvent(nameof(ReconciliationApplied), JournalPayload.Of(r)).Value;

        Assert.Equal(r.Events, back.Events);
        Assert.Equal(r.Queries, back.Queries);
        Assert.Equal(r.OrphanCancels, back.OrphanCancels);
        Assert.Equal(r.Findings, back.Findings);
        Assert.Equal(r.Balances.OrderBy(b => b.Key), back.Balances.OrderBy(b => b.Key));
    }

    [Fact]
    public void ReadEntry_GateEvaluated_KeepsFailuresAndSizing()
    {
        var g = (GateEvaluated)JournalSamples.Entries().Single(e => e is GateEvaluated);

        var back = (GateEvaluated)JournalPayload.ReadEntry(nameof(GateEvaluated), JournalPayload.Of(g)).Value;

        Assert.Equal(g.Decision.Failures, back.Decision.Failures);
        Assert.Equal(g.Decision.Sizing, back.Decision.Sizing);
        Assert.Equal(RiskCheck.Spread, back.Decision.Failures[0].Check);
    }

    [Theory]
    [InlineData("NoSuchEvent", "{}")]
    [InlineData("PriceTick", "{not json")]
    [InlineData("PriceTick", "{\"At\":\"2026-01-20T00:00:00Z\",\"Symbol\":\"BTCUSDT\",\"Price\":1}")]
    public void ReadEvent_UnreadableRow_IsAnErrorNamingTheKind(string kind, string json)
    {
        var back = JournalPayload.ReadEvent(kind, json);

        Assert.False(back.IsSuccess);
        Assert.Contains(kind, back.Error!.Message, StringComparison.Ordinal);
    }
}
