using Qari.Analysis.Confluence;
using Qari.Backtest.Replay;

namespace Qari.Backtest.Tests.Replay;

public sealed class StepPipelineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Next_ManyTimesTheRing_EveryStepOnceInOrder(bool pipelined)
    {
        var steps = 10 * StepPipeline.Capacity + 7;
        using var pipeline = new StepPipeline(Counter(steps), 1, pipelined, CancellationToken.None);
        var expected = 0L;
        while (pipeline.Next() is { } step)
        {
            Assert.Equal(expected, step.OpenTimeMs);
            Assert.Equal(1, step.Count);
            Assert.Equal((int)(expected % 3), step.Slot(0));
            expected++;
            pipeline.Release();
        }
        Assert.Equal(steps, expected);
        Assert.Null(pipeline.Next());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Next_AnalysisThrowsAtAStep_EveryEarlierStepThenTheSameException(bool pipelined)
    {
        var failAt = (3 * StepPipeline.Capacity) + 5;
        var error = new InvalidOperationException("BTC/USDT: 5m candle 42 is not a sane OHLCV candle");
        using var pipeline = new StepPipeline(Counter(long.MaxValue, s => { if (s == failAt) throw error; }), 1, pipelined, CancellationToken.None);
        var read = 0L;
        var thrown = Assert.Throws<InvalidOperationException>(() =>
        {
            while (pipeline.Next() is not null)
            {
                read++;
                pipeline.Release();
            }
        });
        Assert.Same(error, thrown);
        Assert.Equal(failAt, read);
    }

    [Fact]
    public async Task Dispose_ReaderStopsWhileTheAnalysisWaitsForRoom_ReturnsAndStopsIt()
    {
        var analysed = 0L;
        var pipeline = new StepPipeline(Counter(long.MaxValue, _ => Interlocked.Increment(ref analysed)), 1, pipelined: true, CancellationToken.None);
        Assert.NotNull(pipeline.Next());
        pipeline.Release();
        // Let the analysis fill the ring and block on it. It may have filled it before the release above (then it waits
        // for a batch of free slots, so it stops at Capacity) or after it (one more): waiting for "more than Capacity"
        // sat out the whole patience in the first case.
        SpinWait.SpinUntil(() => Interlocked.Read(ref analysed) >= StepPipeline.Capacity, Patience);
        // WaitAsync throws a TimeoutException if Dispose hangs.
        await Task.Run(pipeline.Dispose).WaitAsync(Patience);
        var after = Interlocked.Read(ref analysed);
        await Task.Delay(50);
        Assert.Equal(after, Interlocked.Read(ref analysed));
        Assert.True(after <= StepPipeline.Capacity + 2, $"the analysis ran {after} steps, beyond the ring");
    }

    [Fact]
    public async Task Next_CancelledWhileTheReaderWaits_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        using var release = new ManualResetEventSlim();
        using var atSecondStep = new ManualResetEventSlim();
        using var pipeline = new StepPipeline(Counter(long.MaxValue, s =>
        {
            // The analysis of the second step is slow and observes the cancellation, as the analysis thread does between steps.
            if (s != 1) return;
            atSecondStep.Set();
            release.Wait(Patience);
            cancel.Token.ThrowIfCancellationRequested();
        }), 1, pipelined: true, cancel.Token);
        // A reader that waits is woken only once the analysis is a batch ahead (or done): had it asked for the first step
        // before that step was ready, it would have slept until the slow second step timed out. Ask once it is ready.
        Assert.True(atSecondStep.Wait(Patience));
        Assert.NotNull(pipeline.Next());
        pipeline.Release();
        var reader = Task.Run(() => pipeline.Next());
        // Not awaited: xunit runs continuations on its two test threads, and a long test beside this one delayed it
        // past the analysis' patience (the analysis then ran on and the reader got its step).
        Thread.Sleep(20);
        cancel.Cancel();
        release.Set();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reader.WaitAsync(Patience));
    }

    [Fact]
    public void Next_AfterAStepWasNotReleased_Throws()
    {
        using var pipeline = new StepPipeline(Counter(5), 1, pipelined: true, CancellationToken.None);
        Assert.NotNull(pipeline.Next());
        Assert.Throws<InvalidOperationException>(() => pipeline.Next());
    }

    /// <summary>A fake analysis of <paramref name="steps"/> steps: step s opens at s, one symbol in slot s % 3; <paramref name="before"/> sees s first.</summary>
    private static Func<AnalysedStep, bool> Counter(long steps, Action<long>? before = null)
    {
        var s = 0L;
        return step =>
        {
            if (s == steps) return false;
            before?.Invoke(s);
            step.Begin(s);
            step.Add((int)(s % 3), []);
            step.End(Array.Empty<Candidate>());
            s++;
            return true;
        };
    }
}
