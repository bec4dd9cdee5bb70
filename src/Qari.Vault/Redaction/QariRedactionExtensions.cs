using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Qari.Vault.Redaction;

/// <summary>Registers Qari's redactors and turns on log redaction (composition roots call both).</summary>
public static class QariRedactionExtensions
{
    /// <summary>Secret and Sensitive data are erased; any other classified value is erased too (fail closed).</summary>
    public static IServiceCollection AddQariRedaction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddRedaction(builder => builder
            .SetRedactor<ErasingRedactor>(new DataClassificationSet(QariTaxonomy.Secret), new DataClassificationSet(QariTaxonomy.Sensitive))
            .SetFallbackRedactor<ErasingRedactor>());
    }

    /// <summary>Enables redaction of classified <c>[LoggerMessage]</c> parameters for every logger built by this builder.</summary>
    public static ILoggingBuilder AddQariLogRedaction(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.EnableRedaction();
        logging.Services.AddQariRedaction();
        return logging;
    }
}
