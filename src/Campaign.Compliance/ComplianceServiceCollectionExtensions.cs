using Campaign.Compliance.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Campaign.Compliance;

/// <summary>Registers the compliance check with a service collection.</summary>
public static class ComplianceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ComplianceOptions"/> (configured by <paramref name="configure"/> and validated with every
    /// error reported in one <see cref="OptionsValidationException"/>), a singleton <see cref="ComplianceChecker"/>
    /// (rules compiled once; user rules of <see cref="ComplianceOptions.RuleAssemblies"/> and
    /// <see cref="ComplianceOptions.RuleTypes"/> are built through the container and may resolve services),
    /// a singleton <see cref="ComplianceMonitorFactory"/>, and <see cref="TimeProvider.System"/> unless a
    /// <see cref="TimeProvider"/> is already registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options; may be <see langword="null"/> for the defaults.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddCampaignCompliance(this IServiceCollection services, Action<ComplianceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<ComplianceOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ComplianceOptions>, ComplianceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ComplianceChecker(
            sp.GetRequiredService<IOptions<ComplianceOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp));
        services.TryAddSingleton<ComplianceMonitorFactory>();
        return services;
    }

    /// <summary>Validates the options once, with every error.</summary>
    private sealed class ComplianceOptionsValidator : IValidateOptions<ComplianceOptions>
    {
        public ValidateOptionsResult Validate(string? name, ComplianceOptions options)
        {
            var errors = options.Errors();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => e.ToString()));
        }
    }
}
