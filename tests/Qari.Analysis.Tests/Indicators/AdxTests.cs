using Qari.Analysis.Indicators;

namespace Qari.Analysis.Tests.Indicators;

public sealed class AdxTests
{
    [Fact]
    public void PlusDiMinusDi_AfterPeriodPlusOneBars_AreSetAndConsistentWithAdx()
    {
        var bars = TestData.Bars("binance_ETHUSDT_1d");
        var adx = new Adx(14);
        for (var i = 0; i < 14; i++) adx.Update(bars[i]);
        Assert.False(adx.IsDirectionalReady);
        Assert.True(double.IsNaN(adx.PlusDi));
        adx.Update(bars[14]);
        Assert.True(adx.IsDirectionalReady);
        Assert.InRange(adx.PlusDi, 0.0, 100.0);
        Assert.InRange(adx.MinusDi, 0.0, 100.0);

        // Feeding further, the ADX moves toward each DX built from the published DIs (Wilder smoothing).
        for (var i = 15; i < 28; i++) adx.Update(bars[i]);
        var previous = adx.Value;
        adx.Update(bars[28]);
        var dx = 100.0 * Math.Abs(adx.MinusDi - adx.PlusDi) / (adx.MinusDi + adx.PlusDi);
        Assert.Equal(((previous * 13) + dx) / 14, adx.Value, 9);
    }
}
