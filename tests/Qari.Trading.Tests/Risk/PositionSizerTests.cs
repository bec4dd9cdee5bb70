using Qari.Trading.Risk;
using static Qari.Trading.Tests.Risk.GateFixture;

namespace Qari.Trading.Tests.Risk;

public class PositionSizerTests
{
    [Fact]
    public void Size_RiskBound_QuantityIsRiskOverStopDistance()
    {
        var plan = PositionSizer.Size(Input());
        Assert.Equal(4m, plan.TotalQuantity);
        Assert.Equal((2000m - 1750m) * 4m, plan.RiskQuote);
    }

    [Fact]
    public void Size_AllocationBinds_CappedAtTenPercentOfEquity()
    {
        // Stop at the 10% edge: 200 per unit → risk says 5; allocation 10,000 / 2000 = 5; make the stop tighter than
        // allowed (1990) — it is clamped to 1800, still 5 units; lower allocation to 5% → 2.5 units.
        var input = Input() with
        {
            Candidate = Candidate() with { Invalidation = 1990m },
            Settings = TradingSettings.Default with { MaxAllocation = 0.05m },
        };
        var plan = PositionSizer.Size(input);
        Assert.Equal(1800m, plan.StopPrice);
        Assert.Equal(2.5m, plan.TotalQuantity);
    }

    [Fact]
    public void Size_FreeBalanceBinds_NeverSpendsMoreThanFree()
    {
        var plan = PositionSizer.Size(Input() with { FreeQuote = 3000m });
        Assert.True(plan.TotalCost <= 3000m);
        Assert.Equal(1.498m, plan.TotalQuantity);
    }

    [Theory]
    [InlineData(1000, 1400)] // 50% below: clamped to 30% below 2000
    [InlineData(1950, 1800)] // 2.5% below: clamped to 10% below
    [InlineData(1700, 1700)] // 15% below: kept
    public void Size_StopOutsideBand_ClampedInto10To30Percent(decimal invalidation, decimal expectedStop)
    {
        var plan = PositionSizer.Size(Input() with { Candidate = Candidate() with { Invalidation = invalidation } });
        Assert.Equal(expectedStop, plan.StopPrice);
        Assert.True(StopBand.Contains(plan.StopPrice, plan.EntryPrice));
    }

    [Fact]
    public void Size_QuantityNotOnLot_FlooredToLot()
    {
        var plan = PositionSizer.Size(Input() with { Equity = 100_003.7m });
        Assert.Equal(0m, plan.TotalQuantity % Rules.LotStep);
        Assert.True(plan.RiskQuote <= 100_003.7m * 0.01m);
    }

    [Fact]
    public void Size_SmallAccount_BelowFiveDollarFloorReported()
    {
        // Equity 300: risk 3 / 250 = 0.012 units; allocation 30 / 2000 = 0.015 → 0.012 units = 24 USDT; fine.
        // Equity 50: allocation 5 / 2000 = 0.0025 → 0.002 units = 4 USDT < 5.
        var input = Input() with { Equity = 50m };
        input = input with { Market = input.Market with { Instrument = Instrument(Eth) with { Rules = Rules with { MinNotional = 1m } } } };
        var plan = PositionSizer.Size(input);
        Assert.NotNull(plan.Problem);
        Assert.Contains("floor", plan.Problem);
    }

    [Fact]
    public void Size_LegTwoTooSmall_FoldedIntoSingleLeg()
    {
        // Equity 100: 0.004 units total; halves of 0.002 × 2000 = 4 USDT are below the floor → one leg of 0.004 (8 USDT).
        var plan = PositionSizer.Size(Input() with { Equity = 100m });
        Assert.Equal(0.004m, plan.Leg1Quantity);
        Assert.Equal(0m, plan.Leg2Quantity);
        Assert.Null(plan.Problem);
    }
}
