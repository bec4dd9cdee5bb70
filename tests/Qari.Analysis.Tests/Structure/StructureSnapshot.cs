using System.Globalization;
using System.Text;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

/// <summary>Text renderings of an analyzer's full current findings and of the events of its latest candle.</summary>
internal static class StructureSnapshot
{
    public static string Of(StructureAnalyzer a)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"trend={a.Structure.Trend} dir={a.Structure.StructureDirection}\n");
        foreach (var x in a.Structure.Swings.Swings) sb.Append(x).Append('\n');
        foreach (var x in a.Structure.Breaks) sb.Append(x).Append('\n');
        foreach (var x in a.EqualLevels.Levels) sb.Append(x).Append('\n');
        foreach (var x in a.Liquidity.BuySide) sb.Append(x).Append('\n');
        foreach (var x in a.Liquidity.SellSide) sb.Append(x).Append('\n');
        sb.Append(a.Liquidity.RoundAbove).Append(a.Liquidity.RoundBelow).Append('\n');
        foreach (var x in a.SwingFailures.Events) sb.Append(x).Append('\n');
        foreach (var x in a.OrderBlocks.Blocks) sb.Append(x).Append('\n');
        foreach (var x in a.FairValueGaps.Open) sb.Append(x).Append('\n');
        foreach (var x in a.FairValueGaps.History) sb.Append(x).Append('\n');
        sb.Append(a.ImpulseLegs.Current).Append('\n');
        sb.Append(a.Liquidation?.Current).Append('\n');
        return sb.ToString();
    }

    /// <summary>Every event produced by the latest candle, as text lines.</summary>
    public static IEnumerable<string> NewEvents(StructureAnalyzer a)
    {
        for (var i = 0; i < a.Structure.Swings.NewSwingCount; i++) yield return "swing " + a.Structure.Swings.NewSwing(i);
        for (var i = 0; i < a.Structure.NewBreakCount; i++) yield return "break " + a.Structure.NewBreak(i);
        for (var i = 0; i < a.EqualLevels.NewLevelCount; i++) yield return "equal " + a.EqualLevels.NewLevel(i);
        for (var i = 0; i < a.SwingFailures.NewEventCount; i++) yield return "sfp " + a.SwingFailures.NewEvent(i);
        for (var i = 0; i < a.OrderBlocks.NewBlockCount; i++) yield return "ob " + a.OrderBlocks.NewBlock(i) with { Realism = 0 };
        if (a.FairValueGaps.NewGap is { } g) yield return "fvg " + g;
        if (a.Liquidation is { TriggeredThisBar: true, Current: { } e }) yield return "ele " + e;
    }
}
