using System.Text;
using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Tests.Bybit;

/// <summary>Plain in-memory credentials for signing tests.</summary>
internal sealed class TestKey(string keyId, string secret, string passphrase = "") : IExchangeCredentials
{
    public string KeyId { get; } = keyId;

    public TResult UseSecrets<TResult>(SecretUse<TResult> use)
    {
        var s = Encoding.UTF8.GetBytes(secret);
        var p = Encoding.UTF8.GetBytes(passphrase);
        try
        {
            return use(s, p);
        }
        finally
        {
            Array.Clear(s);
            Array.Clear(p);
        }
    }
}
