using Microsoft.Extensions.Compliance.Classification;

namespace Qari.Vault.Redaction;

/// <summary>Marks a logged parameter or property as <see cref="QariTaxonomy.Sensitive"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SensitiveDataAttribute : DataClassificationAttribute
{
    /// <summary>Classifies as sensitive.</summary>
    public SensitiveDataAttribute() : base(QariTaxonomy.Sensitive) { }
}
