namespace Qari.Runtime.Tests.Grains;

/// <summary>Once armed, holds the first caller that passes until released, and tells the test it arrived.</summary>
internal sealed class ExchangeGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>Completes when a caller is held.</summary>
    public Task Entered => _entered.Task;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public void Release() => _release.TrySetResult();

    public async Task PassAsync()
    {
        if (Interlocked.Exchange(ref _armed, 0) == 0) return;
        _entered.TrySetResult();
        await _release.Task.ConfigureAwait(false);
    }
}
