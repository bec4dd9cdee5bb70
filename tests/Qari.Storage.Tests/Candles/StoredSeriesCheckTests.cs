using Qari.Storage.Candles;

namespace Qari.Storage.Tests.Candles;

public class StoredSeriesCheckTests
{
    [Fact]
    public void Verify_GoodSeries_NoProblems()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        store.Write(TestData.Btc5mSeries());

        var (info, problems) = StoredSeriesCheck.Verify(store.PathOf(TestData.Btc5mKey));

        Assert.Empty(problems);
        Assert.Equal(2864, info!.Count);
    }

    [Fact]
    public void Verify_DamagedFile_OneProblemNamingTheFile()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        store.Write(TestData.Btc5mSeries());
        var path = store.PathOf(TestData.Btc5mKey);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]);

        var (info, problems) = StoredSeriesCheck.Verify(path);

        Assert.Null(info);
        Assert.StartsWith(path, Assert.Single(problems), StringComparison.Ordinal);
    }
}
