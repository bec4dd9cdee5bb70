using Microsoft.Extensions.Compliance.Classification;

namespace Qari.Vault.Redaction;

/// <summary>Marks a logged parameter or property as <see cref="QariTaxonomy.Secret"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SecretDataAttribute : DataClassificationAttribute
{
    /// <summary>Classifies as secret.</summary>
    public SecretDataAttribute() : base(QariTaxonomy.Secret) { }
}
