namespace Qari.Exchanges.Bybit.Wire;

/// <summary>Bybit v5's response envelope: HTTP 200 with <c>retCode</c> 0 on success, the error code otherwise.</summary>
public sealed class BybitEnvelope<T>
{
    /// <summary>0 on success.</summary>
    public int RetCode { get; init; }

    /// <summary>"OK" or the error text.</summary>
    public string? RetMsg { get; init; }

    /// <summary>The payload (an empty object on errors).</summary>
    public T? Result { get; init; }

    /// <summary>Server time in ms.</summary>
    public long Time { get; init; }
}
