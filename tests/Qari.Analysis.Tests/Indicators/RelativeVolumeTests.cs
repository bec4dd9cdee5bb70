using Qari.Analysis.Indicators;
using Qari.Analysis.Series;

namespace Qari.Analysis.Tests.Indicators;

public sealed class RelativeVolumeTests
{
    [Fact]
    public void Update_AfterWarmUp_DividesByTheAverageOfThePreviousBars()
    {
        var relative = new RelativeVolume(3);
        double[] volumes = [10, 20, 30, 120, 0];
        for (var i = 0; i < volumes.Length; i++) relative.Update(new Bar(i, 1, 1, 1, 1, volumes[i]));
        // Last bar: 0 / mean(20, 30, 120).
        Assert.Equal(0.0, relative.Value, 12);
        Assert.Equal(170.0 / 3, relative.AverageVolume, 12);
    }

    [Fact]
    public void Update_SpikeBar_IsMeasuredAgainstTheBarsBeforeIt()
    {
        var relative = new RelativeVolume(3);
        double[] volumes = [10, 20, 30, 120];
        foreach (var v in volumes) relative.Update(new Bar(0, 1, 1, 1, 1, v));
        Assert.Equal(6.0, relative.Value, 12);
    }

    [Fact]
    public void Update_ZeroAverageVolume_IsNaN()
    {
        var relative = new RelativeVolume(2);
        for (var i = 0; i < 3; i++) relative.Update(new Bar(i, 1, 1, 1, 1, 0));
        Assert.True(relative.IsReady);
        Assert.True(double.IsNaN(relative.Value));
    }
}
