using System.Text;
using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Tests.Kucoin;

/// <summary>Test credentials holding their secret in memory (tests only).</summary>
internal sealed class FixedCredentials(string keyId, string secret, string passphrase = "") : IExchangeCredentials
{
    public string KeyId { get; } = keyId;

    public TResult UseSecrets<TResult>(SecretUse<TResult> use) => use(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(passphrase));

    public override string ToString() => $"FixedCredentials({KeyId})";
}
