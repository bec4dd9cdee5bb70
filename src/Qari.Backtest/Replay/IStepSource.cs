namespace Qari.Backtest.Replay;

/// <summary>Where the engine side of a replay reads the analysed 5-minute steps from, in time order.</summary>
internal interface IStepSource : IDisposable
{
    /// <summary>The next step, or null after the last; call <see cref="Release"/> when done with it.</summary>
    AnalysedStep? Next();

    /// <summary>Gives the step read last back.</summary>
    void Release();
}
