namespace Qari.Exchanges.Kraken;

/// <summary>
/// Hands out Kraken nonces: strictly increasing per API key for every caller that shares the source — across
/// threads and, for <see cref="FileKrakenNonceSource"/>, across processes on one machine.
/// </summary>
public interface IKrakenNonceSource
{
    /// <summary>A nonce for <paramref name="keyId"/> greater than every nonce given out before and at least <paramref name="floor"/>.</summary>
    long Next(string keyId, long floor);
}
