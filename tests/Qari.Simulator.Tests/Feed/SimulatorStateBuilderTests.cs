using Qari.Model.Instruments;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Tests.Feed;

public sealed class SimulatorStateBuilderTests
{
    [Theory]
    [InlineData(70_000, 0.01, 0.00001)]
    [InlineData(3_000, 0.001, 0.0001)]
    [InlineData(0.2, 0.0000001, 1)]
    public void DefaultRules_Price_GivesBinanceLikeSteps(double price, double tick, double lot)
    {
        var rules = SimulatorStateBuilder.DefaultRules((decimal)price);
        Assert.Equal(new InstrumentRules((decimal)tick, (decimal)lot, (decimal)lot, 5m), rules);
    }
}
