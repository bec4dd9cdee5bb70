using Qari.Storage.Tests.Support;
using Qari.Vault.Rotation;
using Qari.Vault.Tests.Support;

namespace Qari.Storage.Tests.Postgres;

/// <summary>The SQLite scenarios, unchanged, against PostgreSQL (skipped unless QARI_TEST_POSTGRES is set).</summary>
public class PostgresCredentialStoreTests
{
    [PostgresFact]
    public async Task GetForUse_AfterAddOnEveryExchange_SignsWithTheOriginalSecret()
    {
        await using var h = await PostgresDatabases.CreateAsync();
        await CredentialStoreScenarios.RoundTripAllExchangesAsync(h);
    }

    [PostgresTheory]
    [InlineData(TamperCase.CiphertextBit)]
    [InlineData(TamperCase.NonceBit)]
    [InlineData(TamperCase.TagBit)]
    [InlineData(TamperCase.WrappedKeyBit)]
    [InlineData(TamperCase.CopiedOntoOtherUsersRow)]
    [InlineData(TamperCase.RowMovedToOtherUser)]
    [InlineData(TamperCase.RowMovedToOtherExchange)]
    [InlineData(TamperCase.WrongMasterKey)]
    [InlineData(TamperCase.MasterKeyColumnRelabelled)]
    public async Task GetForUse_Tampered_SpecificErrorAuditedOthersStillWork(TamperCase tamper)
    {
        await using var h = await PostgresDatabases.CreateAsync();
        await CredentialStoreScenarios.TamperingAsync(h, tamper);
    }

    [PostgresFact]
    public async Task ReplaceMarkRemove_Lifecycle_AuditedAndOwnerScoped()
    {
        await using var h = await PostgresDatabases.CreateAsync();
        await CredentialStoreScenarios.ReplaceAndRemoveAsync(h);
    }

    [PostgresTheory]
    [InlineData(null, 0)]
    [InlineData(RotationStep.Rewrapped, 4)]
    [InlineData(RotationStep.Written, 7)]
    [InlineData(RotationStep.BatchDone, 2)]
    public async Task Rotation_CrashedAtStepThenRerun_EveryCredentialDecryptsUnderNewKeyAlone(RotationStep? crashAt, int occurrence)
    {
        await using var h = await PostgresDatabases.CreateAsync();
        await CredentialStoreScenarios.RotationWithCrashAsync(h, crashAt, occurrence);
    }

    [PostgresFact]
    public async Task FullLifecycle_TablesLogsAndMessages_ContainNoSecretInAnyEncoding()
    {
        var secrets = new List<string> { TestKeys.KeyBase64(1), TestKeys.KeyBase64(2) };
        var messages = new List<string>();
        string logs, tables;
        await using (var h = await PostgresDatabases.CreateAsync())
        {
            await LeakLifecycle.RunAsync(h, secrets, messages);
            logs = h.Logs.AllText;
            tables = await PostgresDatabases.DumpTablesAsync(h);
        }
        Assert.Contains("\\\\x", tables);
        Assert.Contains("Microsoft.EntityFrameworkCore.Database.Command", logs);
        var everything = logs + "\n" + tables + "\n" + string.Join("\n", messages);
        var found = secrets.Distinct().SelectMany(s => SecretForms.FoundIn(s, everything)).ToList();
        Assert.Empty(found);
    }
}
