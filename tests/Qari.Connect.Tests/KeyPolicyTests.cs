using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;

namespace Qari.Connect.Tests;

public sealed class KeyPolicyTests
{
    private static KeyReport Report(Permission withdraw = Permission.Denied, Permission transfer = Permission.Denied, Permission margin = Permission.Denied,
        Permission derivatives = Permission.Denied, Permission ip = Permission.Granted, Permission read = Permission.Granted, Permission trade = Permission.Granted) =>
        new(read, trade, withdraw, transfer, margin, derivatives, ip, ip == Permission.Granted ? ["127.0.0.1"] : []);

    [Fact]
    public void Evaluate_ReadAndSpotTradeOnlyWithIpLimit_AcceptedWithoutWarnings()
    {
        var verdict = KeyPolicy.Evaluate(ExchangeId.Okx, Report(), "1.2.3.4");

        Assert.True(verdict.Accepted);
        Assert.Empty(verdict.Warnings);
    }

    [Fact]
    public void Evaluate_SeveralForbiddenPermissions_RefusalNamesEachSwitchAndTheExchange()
    {
        var verdict = KeyPolicy.Evaluate(ExchangeId.Kraken, Report(withdraw: Permission.Granted, derivatives: Permission.Granted), null);

        Assert.False(verdict.Accepted);
        Assert.Contains("this kraken key can withdraw, trade futures/derivatives.", verdict.Refusal, StringComparison.Ordinal);
        Assert.Contains("switch off: withdrawals; futures / derivatives / options trading", verdict.Refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("transfers", verdict.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CannotRead_Refused()
    {
        var verdict = KeyPolicy.Evaluate(ExchangeId.Binance, Report(read: Permission.Denied), null);

        Assert.Contains("cannot read account data", verdict.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PermissionsTheExchangeDoesNotExpose_AcceptedWithAWarningPerUnknownSwitch()
    {
        var verdict = KeyPolicy.Evaluate(ExchangeId.Coinbase, Report(transfer: Permission.Unknown, margin: Permission.Unknown, ip: Permission.Unknown), "9.9.9.9");

        Assert.True(verdict.Accepted);
        Assert.Equal(3, verdict.Warnings.Count);
        Assert.Contains(verdict.Warnings, w => w.Contains("whether this key can transfer", StringComparison.Ordinal));
        Assert.Contains(verdict.Warnings, w => w.Contains("whether this key can trade margin", StringComparison.Ordinal));
        Assert.Contains(verdict.Warnings, w => w.Contains("IP-restricted: restrict it to 9.9.9.9", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NoSpotTrade_AcceptedWithWarning()
    {
        var verdict = KeyPolicy.Evaluate(ExchangeId.Binance, Report(trade: Permission.Denied), null);

        Assert.True(verdict.Accepted);
        Assert.Contains("cannot trade spot", Assert.Single(verdict.Warnings), StringComparison.Ordinal);
    }
}
