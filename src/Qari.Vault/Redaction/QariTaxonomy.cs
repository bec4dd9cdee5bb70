using Microsoft.Extensions.Compliance.Classification;

namespace Qari.Vault.Redaction;

/// <summary>Qari's data classifications: what log redaction must erase.</summary>
public static class QariTaxonomy
{
    /// <summary>The taxonomy name.</summary>
    public const string Name = "Qari";

    /// <summary>Key secrets, passphrases, private keys, master keys, signatures: erased, never logged.</summary>
    public static DataClassification Secret { get; } = new(Name, nameof(Secret));

    /// <summary>Identifying but not secret on its own (API key ids, e-mail addresses): erased in logs as well.</summary>
    public static DataClassification Sensitive { get; } = new(Name, nameof(Sensitive));
}
