using System.Globalization;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Journal;
using Qari.Trading.Execution;

namespace Qari.Runtime.Tests.Journal;

/// <summary>
/// The journal contract, run against SQLite and (when <c>QARI_TEST_POSTGRES</c> is set) PostgreSQL: every payload kind
/// reads back exactly, orders are recorded before sending and updated with outcomes, snapshots replace each other with
/// exact decimals, restore reads see this run's or all runs' rows, and a batch is all or nothing.
/// </summary>
public sealed class JournalContractTests
{
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(3)).AddTicks(1_234_567);

    public static TheoryData<string> Backends() => JournalBackend.Names();

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Rows_OfEveryPayloadKind_ReadBackInOrderAndExactly(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var account = NewAccount();
        var events = JournalSamples.Events();
        var entries = JournalSamples.Entries();
        // Half through single appends, half through one batch: both paths keep the order.
        foreach (var e in events) journal.Append(account, e.At, "in", e.GetType().Name, JournalPayload.Of(e));
        var batch = new JournalBatch();
        foreach (var entry in entries) batch.Append(account, entry.At, "out", entry.GetType().Name, JournalPayload.Of(entry), 1.25m);
        batch.Append(account, At, "notify", "EntryFilled", "{}");
        await journal.CommitAsync(batch, CancellationToken.None);

        var history = JournalReader.Read(journal, account);

        Assert.True(history.IsSuccess, history.Error?.Message);
        Assert.Equal(events.Select(JournalPayload.Of), history.Value.Inputs.Select(JournalPayload.Of));
        Assert.Equal(entries.Select(JournalPayload.Of), history.Value.Outputs.Select(JournalPayload.Of));
        Assert.Equal(events.Select(e => e.At), history.Value.Inputs.Select(e => e.At));
        Assert.Equal(0, batch.Count);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void OrderOutcome_AfterSending_UpdatesOnlyThatAccountsOrderAndKeepsEarlierFacts(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var (mine, other) = (NewAccount(), NewAccount());
        var spec = JournalSamples.Spec with { Quantity = 0.00351000m, StopPrice = 78809.00m };
        journal.OrderSending(mine, At, spec);
        journal.OrderSending(other, At, spec);

        journal.OrderOutcome(mine, spec.Id, At, "Accepted", "981", null);
        journal.OrderOutcome(mine, spec.Id, At.AddSeconds(1), "Filled", null, "filled at once", 0.00351000m);

        var row = Assert.Single(db.Orders(mine));
        Assert.Equal(new OrderRow(1, spec.Id.Value, "Filled", 0.00351000m, null, 78809.00m, 0.00351000m, "981", "filled at once"), row);
        Assert.Equal("0.00351000", row.Quantity.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("78809.00", row.Stop!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("Sending", Assert.Single(db.Orders(other)).State);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Accounts_AfterTwoSnapshots_GiveTheLatestWithExactDecimalsAndMillisecondClock(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var account = NewAccount();
        journal.Snapshot(Snapshot(account, "first", [Position("ETH", 1m), Position("BTC", 2m)]));
        var latest = Snapshot(account, "latest", [Position("SOL", 0.00000001m)]);

        journal.Snapshot(latest);

        var read = Assert.Single(journal.Accounts(), a => a.Account == account);
        Assert.Equal("latest", read.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(At.ToUnixTimeMilliseconds()), read.Clock);
        Assert.Equal(TimeSpan.Zero, read.Clock.Offset);
        Assert.Equal((latest.Exchange, latest.Degraded, latest.KillTripped, latest.KillReason), (read.Exchange, read.Degraded, read.KillTripped, read.KillReason));
        Assert.Equal(["-2.250", "-0.0000000000000000000000001", "79228162514264337593543950335"],
            new[] { read.DayR, read.WeekR, read.Equity }.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        var p = Assert.Single(read.Positions);
        Assert.Equal(latest.Positions[0], p);
        Assert.Equal(["0.00000001", "93000.10", "78809.000000001", "95000.100", "99000"],
            new[] { p.Quantity, p.AverageEntry, p.Stop, p.Target1, p.Target2 }.Select(d => d.ToString(CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Accounts_WithSeveralAccounts_AreOrderedByNameWithTheirOwnPositions(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var (a, b) = (NewAccount(), NewAccount());
        var tag = Guid.NewGuid().ToString("N")[..8];
        journal.Snapshot(Snapshot(b, tag + "-b", [Position("ETH", 1m), Position("BTC", 2m)]));
        journal.Snapshot(Snapshot(a, tag + "-a", []));

        var read = journal.Accounts().Where(x => x.Account == a || x.Account == b).ToList();

        Assert.Equal([tag + "-a", tag + "-b"], read.Select(x => x.Name));
        Assert.Empty(read[0].Positions);
        Assert.Equal(["BTC/USDT", "ETH/USDT"], read[1].Positions.Select(p => p.Symbol.ToString()));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Rows_ThisRunOnly_GivesThisRunsRowsAndAllRunsGivesEveryRun(string backend)
    {
        using var db = JournalBackend.Create(backend);
        var account = NewAccount();
        using (var first = db.Open(1)) first.Append(account, At, "in", "EngineRestarted", "{\"run\":1}");
        using var second = db.Open(2);
        second.Append(account, At, "in", "EngineRestarted", "{\"run\":2}");
        second.Append(account, At, "notify", "EntryFilled", "{}");

        Assert.Equal(["{\"run\":2}"], second.Rows(account, thisRunOnly: true).Select(r => r.Payload));
        Assert.Equal(["{\"run\":1}", "{\"run\":2}"], second.Rows(account).Select(r => r.Payload));
        Assert.Empty(second.Rows(NewAccount()));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task CommitAsync_WhenAWriteFailsMidway_WritesNothingOfTheBatch(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var account = NewAccount();
        journal.OrderSending(account, At, JournalSamples.Spec);
        var batch = new JournalBatch();
        batch.Append(account, At, "in", "EngineRestarted", "{}");
        batch.OrderOutcome(account, JournalSamples.Spec.Id, At, "Accepted", "981", null);
        batch.Snapshot(Snapshot(account, "half", [Position("BTC", 1m)]));
        // The same client id in the same run again: the orders table's key refuses it, after three writes went in.
        batch.OrderSending(account, At, JournalSamples.Spec);

        await Assert.ThrowsAnyAsync<Exception>(() => journal.CommitAsync(batch, CancellationToken.None));

        Assert.Empty(journal.Rows(account));
        Assert.DoesNotContain(journal.Accounts(), a => a.Account == account);
        Assert.Equal("Sending", Assert.Single(db.Orders(account)).State);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task CommitAsync_ManyTradersAtOnceOneFailing_OnlyTheFailingBatchIsMissing(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var accounts = Enumerable.Range(0, 12).Select(_ => NewAccount()).ToList();
        var failing = accounts[5];
        journal.OrderSending(failing, At, JournalSamples.Spec);

        // Durable batches from many traders at once (the SQLite journal may commit several in one transaction).
        var results = await Task.WhenAll(accounts.Select(account => Task.Run(async () =>
        {
            var batch = new JournalBatch();
            batch.Append(account, At, "in", "TimerTick", "{}");
            batch.OrderSending(account, At, JournalSamples.Spec);
            try
            {
                await journal.CommitAsync(batch, CancellationToken.None);
                return true;
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                return false;
            }
        })));

        Assert.Equal(accounts.Select(a => a != failing), results);
        foreach (var account in accounts.Where(a => a != failing)) Assert.Single(journal.Rows(account));
        Assert.Empty(journal.Rows(failing));
        Assert.Single(db.Orders(failing));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task CommitAsync_MixedBatch_WritesEverythingInOrderAndEmptiesTheBatch(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var account = NewAccount();
        var entry = ClientOrderId.Create(new TradeId(9), OrderLeg.Entry1, 0);
        var spec = new OrderSpec(entry, new TradeId(9), OrderLeg.Entry1, JournalSamples.Btc, OrderSide.Buy, OrderType.Limit, 0.5m, 93000.10m, null);
        var batch = new JournalBatch();
        batch.Append(account, At, "in", "TimerTick", "{\"n\":1}");
        batch.Append(account, At, "out", "OrderSubmitted", "{\"n\":2}");
        batch.OrderSending(account, At, spec);
        Assert.True(batch.Durable);
        batch.OrderOutcome(account, entry, At, "Accepted", "x-1", null);
        batch.Snapshot(Snapshot(account, "mixed", [Position("BTC", 0.5m)]));

        await journal.CommitAsync(batch, CancellationToken.None);

        Assert.Equal((0, false), (batch.Count, batch.Durable));
        Assert.Equal(["{\"n\":1}", "{\"n\":2}"], journal.Rows(account).Select(r => r.Payload));
        Assert.Equal(new OrderRow(1, entry.Value, "Accepted", 0.5m, 93000.10m, null, null, "x-1", null), Assert.Single(db.Orders(account)));
        Assert.Equal("mixed", Assert.Single(journal.Accounts(), a => a.Account == account).Name);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Ownership_ClaimedTwice_BumpsTheEpochSeenByAnotherRun(string backend)
    {
        using var db = JournalBackend.Create(backend);
        var account = NewAccount();
        using var first = db.Open(1);
        using var second = db.Open(2);

        Assert.Equal(0, second.Ownership.CurrentEpoch(account));
        Assert.Equal(1, first.Ownership.ClaimOwnership(account));
        Assert.Equal(2, second.Ownership.ClaimOwnership(account));
        Assert.Equal(2, first.Ownership.CurrentEpoch(account));
    }

    internal static AccountId NewAccount() => new(Guid.NewGuid());

    internal static AccountSnapshot Snapshot(AccountId account, string name, IReadOnlyList<PositionSnapshot> positions) =>
        new(account, name, "Binance", At, Degraded: true, KillTripped: true, "daily loss -2R", -2.250m, -0.0000000000000000000000001m, decimal.MaxValue, positions);

    internal static PositionSnapshot Position(string coin, decimal quantity) =>
        new(new Symbol(coin, "USDT"), new TradeId(7), "Protected", quantity, 93000.10m, 78809.000000001m, 95000.100m, 99000m);
}
