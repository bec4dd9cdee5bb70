using Microsoft.Extensions.Hosting;

namespace Qari.Runtime.Hosting;

/// <summary>
/// The lifetime of a silo embedded in a process that owns its own signal handling (the CLI). The default
/// <c>ConsoleLifetime</c> would take SIGINT/SIGTERM for itself and stop the silo underneath a running cycle, which then
/// waits on grains that are gone; here the process cancels its work first and then stops the silo itself.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    /// <inheritdoc />
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
