using Qari.Exchanges.Http;

namespace Qari.Exchanges.Tests.Http;

public sealed class InMemoryCredentialsTests
{
    [Fact]
    public void ToString_Always_HidesTheSecret()
    {
        using var credentials = new InMemoryCredentials("abcdefghijkl", "super-secret-value", "my-passphrase");
        var text = credentials.ToString();
        Assert.DoesNotContain("super-secret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("my-passphrase", text, StringComparison.Ordinal);
        Assert.Contains("abcd…ijkl", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_AfterUse_WipesTheBytesAndRefusesFurtherUse()
    {
        var credentials = new InMemoryCredentials("key", "secret", "pass");
        var seen = credentials.UseSecrets((secret, passphrase) => (secret.ToArray(), passphrase.ToArray()));
        Assert.Equal("pass"u8.ToArray(), seen.Item2);
        Assert.Equal("secret"u8.ToArray(), seen.Item1);
        var field = typeof(InMemoryCredentials).GetField("_secret", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var bytes = (byte[])field.GetValue(credentials)!;
        credentials.Dispose();
        Assert.All(bytes, b => Assert.Equal(0, b));
        Assert.Throws<ObjectDisposedException>(() => credentials.UseSecrets((_, _) => 0));
    }
}
