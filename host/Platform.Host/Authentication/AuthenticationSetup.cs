using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Host.Authentication;

/// <summary>
/// Bearer tokens on every endpoint: JWT validation (issuer and audience <c>platform</c>, HMAC-SHA256, small clock skew)
/// and a fallback policy that requires a signed-in member wherever an endpoint says nothing else — host, engine and
/// plugin endpoints alike. Only endpoints marked <c>AllowAnonymous</c> are open.
/// </summary>
internal static class AuthenticationSetup
{
    public static IServiceCollection AddPlatformAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthSettings>().Bind(configuration.GetSection(AuthSettings.Section));
        services.AddSingleton<TokenKeys>();
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<BearerEvents>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenKeys>((options, keys) =>
        {
            options.MapInboundClaims = false;
            options.EventsType = typeof(BearerEvents);
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = AuthClaims.Issuer,
                ValidAudience = AuthClaims.Audience,
                IssuerSigningKeys = keys.Validation,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = AuthClaims.Name,
                RoleClaimType = AuthClaims.Role,
            };
        });

        var signedIn = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build();
        services.AddAuthorizationBuilder().SetDefaultPolicy(signedIn).SetFallbackPolicy(signedIn);

        services.Configure<OpenApiOptions>("v1", openApi =>
        {
            openApi.AddDocumentTransformer<BearerOpenApi>();
            openApi.AddOperationTransformer<BearerOpenApi>();
        });
        return services;
    }
}
