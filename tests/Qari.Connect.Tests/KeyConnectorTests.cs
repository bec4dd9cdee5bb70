using Microsoft.EntityFrameworkCore;
using Qari.Connect.Tests.Support;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Simulator.Accounts;
using Qari.Vault.Store;
using Qari.Vault.Tests.Support;

namespace Qari.Connect.Tests;

/// <summary>The connect flow against the real simulator over loopback HTTP, with a SQLite vault.</summary>
public sealed class KeyConnectorTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AddAsync_GoodKey_StoredEncryptedAndMarkedConnected()
    {
        await using var h = await ConnectHarness.StartAsync();
        using var typed = ConnectHarness.Typed(ConnectKeys.Good);

        var outcome = await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", typed, Ct);

        Assert.True(outcome.IsSuccess, outcome.IsSuccess ? "" : outcome.Error.ToString());
        Assert.Empty(outcome.Value.Warnings);
        var stored = Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct));
        Assert.Equal(CredentialStatus.Connected, stored.Status);
        Assert.NotNull(stored.LastCheckedAt);
        var report = PermissionReportJson.Read(stored.PermissionReportJson);
        Assert.NotNull(report);
        Assert.Equal(Exchanges.Abstractions.Permission.Granted, report.IpRestricted);
        Assert.Equal(Exchanges.Abstractions.Permission.Denied, report.Withdraw);
        Assert.Equal(["Added: kind=KeySecret; version=1; master key " + stored.MasterKey, "Verified: status=Connected; key accepted"], h.Audit());
        // The stored key signs: a check from the database succeeds and keeps it connected.
        var verified = await h.Connector.VerifyAsync(h.Owner, stored.Id, Ct);
        Assert.True(verified.IsSuccess);
    }

    public static TheoryData<string> DangerousKeys => new() { "withdraw", "transfer", "futures", "margin" };

    [Theory]
    [MemberData(nameof(DangerousKeys))]
    public async Task AddAsync_KeyThatCanMoveFundsOrTradeDerivatives_RefusedNamingTheSwitchAndNothingStored(string which)
    {
        var (key, mustSay) = which switch
        {
            "withdraw" => (ConnectKeys.Withdraw, "withdrawals"),
            "transfer" => (ConnectKeys.Transfer, "transfers"),
            "futures" => (ConnectKeys.Futures, "futures / derivatives"),
            _ => (ConnectKeys.Margin, "margin trading"),
        };
        await using var h = await ConnectHarness.StartAsync();
        using var typed = ConnectHarness.Typed(key);

        var outcome = await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", typed, Ct);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(ConnectErrors.Refused, outcome.Error.Code);
        Assert.Equal(ErrorKind.PermissionDenied, outcome.Error.Kind);
        Assert.Contains("switch off: " + mustSay, outcome.Error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored", outcome.Error.Message, StringComparison.Ordinal);
        Assert.Empty(await h.Vault.Store.ListAsync(h.Owner, Ct));
        await using var context = h.Database.CreateContext();
        Assert.Equal(0, await context.Credentials.CountAsync());
        Assert.Equal(0, await context.ExchangeAccounts.CountAsync());
    }

    [Fact]
    public async Task AddAsync_NoIpRestriction_ConnectedWithWarningShowingEgressIp()
    {
        await using var h = await ConnectHarness.StartAsync(egressIp: "198.51.100.23");
        using var typed = ConnectHarness.Typed(ConnectKeys.Unrestricted);

        var outcome = await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", typed, Ct);

        Assert.True(outcome.IsSuccess);
        var warning = Assert.Single(outcome.Value.Warnings);
        Assert.Contains("no IP restriction", warning, StringComparison.Ordinal);
        Assert.Contains("restrict it to this IP: 198.51.100.23", warning, StringComparison.Ordinal);
        Assert.Equal(CredentialStatus.Connected, outcome.Value.Credential.Status);
        Assert.Contains("1 warning", outcome.Value.Credential.StatusDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_NoIpRestrictionAndEgressIpNotConfigured_SaysItIsUnknown()
    {
        await using var h = await ConnectHarness.StartAsync(egressIp: null);
        using var typed = ConnectHarness.Typed(ConnectKeys.Unrestricted);

        var outcome = await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", typed, Ct);

        Assert.Contains("unknown here: set Qari:EgressIp", Assert.Single(outcome.Value.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_RevokedOrWrongSecret_InvalidKeyErrorAndNothingStored()
    {
        await using var h = await ConnectHarness.StartAsync();
        using var revoked = ConnectHarness.Typed(ConnectKeys.Revoked);
        using var wrong = Vault.Credentials.ExchangeCredential.KeySecret(ConnectKeys.Good.KeyId, "not-the-secret");

        var a = await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "a", revoked, Ct);
        var b = await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "b", wrong, Ct);

        foreach (var outcome in new[] { a, b })
        {
            Assert.Equal(ConnectErrors.InvalidKey, outcome.Error!.Code);
            Assert.Contains("rejected this key", outcome.Error.Message, StringComparison.Ordinal);
        }
        Assert.Empty(await h.Vault.Store.ListAsync(h.Owner, Ct));
    }

    [Fact]
    public async Task AddAsync_KeyRestrictedToAnotherIp_RefusedShowingTheIpToWhitelistAndNothingStored()
    {
        await using var h = await ConnectHarness.StartAsync(egressIp: "198.51.100.23");
        using var typed = ConnectHarness.Typed(ConnectKeys.Elsewhere);

        var outcome = await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", typed, Ct);

        Assert.False(outcome.IsSuccess);
        // Binance reports a wrong IP and a bad key with one code (-2015); either way the message names the IP.
        Assert.Contains(outcome.Error.Code, new[] { ConnectErrors.InvalidKey, ConnectErrors.IpNotAllowed });
        Assert.Contains("198.51.100.23", outcome.Error.Message, StringComparison.Ordinal);
        Assert.Empty(await h.Vault.Store.ListAsync(h.Owner, Ct));
    }

    [Fact]
    public async Task ReverifyAllAsync_KeyRevokedAfterConnecting_MarkedInvalidAuditedNotDeleted()
    {
        await using var h = await ConnectHarness.StartAsync();
        using (var good = ConnectHarness.Typed(ConnectKeys.Good)) Assert.True((await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", good, Ct)).IsSuccess);
        using (var other = ConnectHarness.Typed(ConnectKeys.Replacement)) Assert.True((await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "second", other, Ct)).IsSuccess);
        await h.Control.RevokeKeyAsync(ConnectKeys.Good.KeyId);

        var report = await h.Connector.ReverifyAllAsync([h.Owner], Ct);

        var stored = await h.Vault.Store.ListAsync(h.Owner, Ct);
        var main = Assert.Single(stored, c => c.AccountLabel == "main");
        var second = Assert.Single(stored, c => c.AccountLabel == "second");
        Assert.Equal(CredentialStatus.Invalid, main.Status);
        Assert.Contains("rejected this key", main.StatusDetail, StringComparison.Ordinal);
        Assert.Equal(CredentialStatus.Connected, second.Status);
        Assert.Equal([main.Id], report.MarkedInvalid.Select(m => m.Credential));
        Assert.Equal([second.Id], report.Connected);
        Assert.Empty(report.NotChecked);
        Assert.Contains(h.Audit(), e => e.StartsWith("Verified: status=Invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyAsync_ExchangeUnreachable_StatusLeftAsItWas()
    {
        await using var h = await ConnectHarness.StartAsync();
        using (var good = ConnectHarness.Typed(ConnectKeys.Good)) Assert.True((await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", good, Ct)).IsSuccess);
        var id = Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct)).Id;
        await h.Control.AddFaultAsync(new Simulator.Control.FaultRequest(Simulator.Faults.FaultKind.Status, Status: 503));

        var outcome = await h.Connector.VerifyAsync(h.Owner, id, Ct);

        Assert.Equal(ConnectErrors.Unreachable, outcome.Error!.Code);
        Assert.Equal(CredentialStatus.Connected, Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct)).Status);
    }

    [Fact]
    public async Task ReplaceAsync_ValidNewKey_OldCiphertextGoneFromDatabaseFile()
    {
        await using var h = await ConnectHarness.StartAsync();
        using (var good = ConnectHarness.Typed(ConnectKeys.Good)) Assert.True((await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", good, Ct)).IsSuccess);
        var old = Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct));
        byte[] oldCiphertext;
        await using (var context = h.Database.CreateContext()) oldCiphertext = (await context.Credentials.SingleAsync()).Ciphertext;

        using var replacement = ConnectHarness.Typed(ConnectKeys.Replacement);
        var outcome = await h.Connector.ReplaceAsync(h.Owner, old.Id, replacement, Ct);

        Assert.True(outcome.IsSuccess);
        var now = Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct));
        Assert.NotEqual(old.Id, now.Id);
        Assert.Equal(2, now.Version);
        Assert.Equal(CredentialStatus.Connected, now.Status);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = await File.ReadAllBytesAsync(h.DatabasePath);
        Assert.True(file.AsSpan().IndexOf(oldCiphertext.AsSpan(oldCiphertext.Length - 32)) < 0, "old ciphertext still in the database file");
    }

    [Fact]
    public async Task ReplaceAsync_NewKeyRefused_OldKeyKept()
    {
        await using var h = await ConnectHarness.StartAsync();
        using (var good = ConnectHarness.Typed(ConnectKeys.Good)) Assert.True((await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", good, Ct)).IsSuccess);
        var old = Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct));
        using var dangerous = ConnectHarness.Typed(ConnectKeys.Withdraw);

        var outcome = await h.Connector.ReplaceAsync(h.Owner, old.Id, dangerous, Ct);

        Assert.Equal(ConnectErrors.Refused, outcome.Error!.Code);
        Assert.Equal(old.Id, Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct)).Id);
    }

    [Fact]
    public async Task VerifyAsync_StoredCiphertextTampered_MarkedInvalidWithTheVaultCodeNotDeleted()
    {
        await using var h = await ConnectHarness.StartAsync();
        using (var good = ConnectHarness.Typed(ConnectKeys.Good)) Assert.True((await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, "main", good, Ct)).IsSuccess);
        var id = Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct)).Id;
        await using (var context = h.Database.CreateContext())
        {
            var row = await context.Credentials.SingleAsync();
            var flipped = row.Ciphertext.ToArray();
            flipped[^1] ^= 1;
            row.Ciphertext = flipped;
            await context.SaveChangesAsync();
        }

        var outcome = await h.Connector.VerifyAsync(h.Owner, id, Ct);

        Assert.Equal("vault.ciphertext-tampered", outcome.Error!.Code);
        var stored = Assert.Single(await h.Vault.Store.ListAsync(h.Owner, Ct));
        Assert.Equal(CredentialStatus.Invalid, stored.Status);
        Assert.Contains("cannot be decrypted (vault.ciphertext-tampered)", stored.StatusDetail, StringComparison.Ordinal);
        Assert.Contains(h.Audit(), e => e.StartsWith("DecryptionFailure: vault.ciphertext-tampered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Flow_AllKeysThroughEveryPath_NoSecretInLogsErrorsOrDatabase()
    {
        await using var h = await ConnectHarness.StartAsync();
        var texts = new List<string>();
        foreach (var key in ConnectKeys.All)
        {
            using var typed = ConnectHarness.Typed(key);
            var outcome = await h.Connector.AddAsync(h.Owner, ExchangeId.Binance, key.KeyId, typed, Ct);
            texts.Add(outcome.IsSuccess ? string.Join("\n", outcome.Value.Warnings) + outcome.Value.Credential : outcome.Error.ToString());
        }
        await h.Control.RevokeKeyAsync(ConnectKeys.Good.KeyId);
        var report = await h.Connector.ReverifyAllAsync([h.Owner], Ct);
        texts.AddRange(report.MarkedInvalid.Select(m => m.Reason));
        texts.AddRange((await h.Vault.Store.ListAsync(h.Owner, Ct)).Select(s => s.ToString()));
        texts.AddRange(h.Audit());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = await File.ReadAllBytesAsync(h.DatabasePath);

        Assert.NotEmpty(h.Logs.Entries);
        foreach (var key in ConnectKeys.All)
        {
            Assert.Empty(SecretForms.FoundIn(key.Secret, h.Logs.AllText));
            Assert.Empty(SecretForms.FoundIn(key.Secret, string.Join("\n", texts)));
            Assert.Empty(SecretForms.FoundIn(key.Secret, file));
        }
    }
}
