using Qari.Model.Results;

namespace Qari.Vault.MasterKeys;

/// <summary>
/// Reads the active master key from <c>QARI_MASTER_KEY</c> (base64 of 32 bytes) and, during a rotation, retired
/// keys from <c>QARI_MASTER_KEY_PREVIOUS</c> (comma- or newline-separated). Never creates a key.
/// </summary>
public sealed class EnvironmentMasterKeyProvider : IMasterKeyProvider
{
    /// <summary>The variable holding the active key.</summary>
    public const string ActiveVariable = "QARI_MASTER_KEY";

    /// <summary>The variable holding retired keys still needed to unwrap.</summary>
    public const string PreviousVariable = "QARI_MASTER_KEY_PREVIOUS";

    private readonly Func<string, string?> _read;

    /// <summary>Reads the process environment, or <paramref name="read"/> when given (tests).</summary>
    public EnvironmentMasterKeyProvider(Func<string, string?>? read = null) => _read = read ?? Environment.GetEnvironmentVariable;

    /// <inheritdoc />
    public string Description => $"environment variable {ActiveVariable}";

    /// <inheritdoc />
    public Result<MasterKeyRing> Load(bool allowCreate)
    {
        var active = _read(ActiveVariable);
        if (string.IsNullOrWhiteSpace(active))
        {
            return VaultErrors.Create(VaultErrorCode.MasterKeyMissing,
                $"{ActiveVariable} is not set: set it to base64 of 32 random bytes (e.g. 'openssl rand -base64 32') kept outside the database.");
        }
        var previous = (_read(PreviousVariable) ?? "").Replace(',', '\n');
        return MasterKeyText.ParseRing(active.Trim() + "\n" + previous, $"{ActiveVariable}/{PreviousVariable}");
    }
}
