namespace Qari.Exchanges.Http;

/// <summary>Thrown by <see cref="WireJson"/> readers for a missing or mistyped field; always caught by <see cref="WireJson.Parse{T}"/>.</summary>
public sealed class WireFormatException(string message) : Exception(message);
