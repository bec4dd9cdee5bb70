using Qari.Exchanges.Abstractions;

namespace Qari.Runtime.Tests.Trading;

/// <summary>A forwarding adapter that keeps a thread-safe log of the calls a test double chooses to record, in order.</summary>
internal abstract class RecordingExchange(ISpotExchange inner) : ForwardingExchange(inner)
{
    private readonly List<string> _calls = [];

    /// <summary>The recorded calls, in the order they happened (a copy).</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls) return [.. _calls];
        }
    }

    /// <summary>Appends one line to <see cref="Calls"/>.</summary>
    protected void Record(string call)
    {
        lock (_calls) _calls.Add(call);
    }
}
