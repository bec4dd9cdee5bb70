using Qari.Exchanges.External;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.External;

public sealed class FearGreedFileSourceTests
{
    internal static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "External", "fear_greed_1d_head.csv");
    private const long Day = 86_400_000;
    private const long Feb1 = 1_517_443_200_000;

    private static FearGreedFileSource Load() => FearGreedFileSource.Load(Path).Value;

    [Fact]
    public void ReadingAt_DuringDay_ReturnsThePreviousClosedDay()
    {
        var source = Load();

        var reading = source.ReadingAt(Feb1 + Day + 12 * 3_600_000L);

        Assert.Equal(30, reading!.Value.Value);
        Assert.Equal(Feb1 + Day, reading.Value.TimeMs);
    }

    [Fact]
    public void ReadingAt_BeforeFirstDayCloses_Null()
    {
        Assert.Null(Load().ReadingAt(Feb1 + Day - 1));
    }

    [Fact]
    public void ReadingAt_EveryRow_NeverVisibleBeforeItsDayCloses()
    {
        var source = Load();
        var rows = File.ReadAllLines(Path).Skip(1).Select(l => l.Split(',')).Select(p => (Open: long.Parse(p[0]), Value: int.Parse(p[2]))).ToList();

        foreach (var (open, value) in rows)
        {
            var justBefore = source.ReadingAt(open + Day - 1);
            Assert.True(justBefore is null || justBefore.Value.TimeMs <= open, $"day {open} leaked before it closed");
            Assert.Equal(value, source.ReadingAt(open + Day)!.Value.Value);
        }
        Assert.Equal(rows.Count, source.Count);
    }

    [Fact]
    public void ReadingAt_AcrossMissingDays_AbstainsOncePastStaleLimit()
    {
        var source = Load();
        var apr14 = 1_523_664_000_000;

        Assert.Equal(23, source.ReadingAt(apr14 + 36 * 3_600_000L)!.Value.Value);
        Assert.Null(source.ReadingAt(apr14 + 2 * Day + 1));
    }

    [Fact]
    public void ReadingAt_AfterFileEnds_NullOnceStale()
    {
        var source = Load();
        var lastOpen = 1_524_182_400_000;

        Assert.NotNull(source.ReadingAt(lastOpen + Day));
        Assert.Null(source.ReadingAt(lastOpen + 3 * Day + 1));
    }

    [Fact]
    public void Load_MissingFile_NotFound()
    {
        var result = FearGreedFileSource.Load("/nonexistent/fear.csv");

        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }

    [Fact]
    public void Load_BadRow_ValidationNamingLine()
    {
        var file = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "open_time_ms,date_utc,fear_greed_index\n1517443200000,2018-02-01,30\n1517529600000,2018-02-02,x\n");

            var result = FearGreedFileSource.Load(file);

            Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
            Assert.Contains(":3:", result.Error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
