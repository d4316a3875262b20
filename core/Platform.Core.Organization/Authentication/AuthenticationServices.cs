using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Organization.Authentication;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Authentication;

/// <summary>Registrations of member sign-in, passwords and the first-start administrator.</summary>
internal static class AuthenticationServices
{
    public static IServiceCollection AddMemberAuthentication(this IServiceCollection services, IModuleContext context)
    {
        services.AddSingleton<IPasswordHasher<CredentialRow>, PasswordHasher<CredentialRow>>();
        services.AddSingleton<Passwords>();
        services.AddScoped<IMemberAuthenticator, MemberAuthenticator>();
        services.AddSingleton<ISignedInMembers, SignedInMembers>();
        services.AddSingleton(new BootstrapSettings(context.Configuration["RootUnitName"] is { Length: > 0 } name ? name : "Organisation"));
        services.AddHostedService<AdministratorBootstrapService>();
        return services;
    }
}
