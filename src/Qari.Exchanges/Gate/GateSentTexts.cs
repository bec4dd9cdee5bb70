namespace Qari.Exchanges.Gate;

/// <summary>
/// The order texts an adapter has sent, so a client order id is never sent twice to Gate (which would accept it).
/// Bounded: the oldest entries are forgotten first; Qari's ids are deterministic per trade, leg and attempt, so a
/// forgotten one is never reused in practice.
/// </summary>
internal sealed class GateSentTexts(int capacity)
{
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly object _gate = new();

    /// <summary>Records <paramref name="text"/>; false when it was already sent.</summary>
    public bool TryReserve(string text)
    {
        lock (_gate)
        {
            if (!_texts.Add(text)) return false;
            _order.Enqueue(text);
            while (_order.Count > capacity) _texts.Remove(_order.Dequeue());
            return true;
        }
    }

    /// <summary>Forgets <paramref name="text"/> (its order was refused, so it never existed).</summary>
    public void Release(string text)
    {
        lock (_gate) _texts.Remove(text);
    }
}
