using Qari.Exchanges.External;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.External;

public sealed class BtcDominanceFileSourceTests
{
    private static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "External", "btc_dominance_1d_head.csv");
    private const long Day = 86_400_000;
    private const long Jan1 = 1_514_764_800_000;

    private static BtcDominanceFileSource Load() => BtcDominanceFileSource.Load(Path).Value;

    [Fact]
    public void ReadingAt_AfterTwoDaysClosed_UsesBothAsNowAnd24hAgo()
    {
        var reading = Load().ReadingAt(Jan1 + 2 * Day);

        Assert.NotNull(reading);
        Assert.Equal(0.37291000632125495, reading.Value.Dominance, 12);
        Assert.Equal(0.3738134640227937, reading.Value.Dominance24hAgo, 12);
        Assert.Equal(Jan1 + 2 * Day, reading.Value.TimeMs);
    }

    [Fact]
    public void ReadingAt_OnlyOneDayClosed_NullBecauseNoChangeIsKnown()
    {
        Assert.Null(Load().ReadingAt(Jan1 + 2 * Day - 1));
    }

    [Fact]
    public void ReadingAt_JustBeforeADayCloses_DoesNotSeeThatDay()
    {
        var source = Load();
        var jan3Close = Jan1 + 3 * Day;

        Assert.Equal(0.37291000632125495, source.ReadingAt(jan3Close - 1)!.Value.Dominance, 12);
        Assert.Equal(0.344367700854074, source.ReadingAt(jan3Close)!.Value.Dominance, 12);
    }

    [Fact]
    public void ReadingAt_PastFileEndAndStaleLimit_Null()
    {
        var source = Load();
        var lastClose = Jan1 + 40 * Day;

        Assert.NotNull(source.ReadingAt(lastClose));
        Assert.Null(source.ReadingAt(lastClose + 2 * Day + 1));
        Assert.Equal(40, source.Count);
    }

    [Fact]
    public void Load_WrongFile_ValidationOnHeader()
    {
        var result = BtcDominanceFileSource.Load(FearGreedFileSourceTests.Path);

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Equal("bad-header", result.Error.Code);
    }
}
