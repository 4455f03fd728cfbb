using System.Security.Claims;
using System.Threading.RateLimiting;
using DossierFamille.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DossierFamille.Web.Features.Accounts;

internal static class AccountsModule
{
    public const string LoginPath = "/connexion";
    public const string LoginRateLimit = "login";
    public const string ProfilePath = "/compte/profil";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().Bind(configuration.GetSection(AccountsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var accounts = configuration.GetSection(AccountsOptions.SectionName).Get<AccountsOptions>() ?? new AccountsOptions();
        var postsPerMinute = accounts.PostsPerMinute;
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                PasswordRules.Apply(options.Password);
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = accounts.SessionCheckInterval);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = "/compte/deconnexion";
            cookie.Cookie.Name = "DossierFamille.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
                OnRedirectToAccessDenied = context => Deny(context.HttpContext, StatusCodes.Status403Forbidden),
                OnRedirectToLogin = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                    {
                        return Deny(context.HttpContext, StatusCodes.Status401Unauthorized);
                    }

                    context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Parent, p => p.RequireRole(Roles.Parent))
            .AddPolicy(Roles.Gestionnaire, p => p.RequireRole(Roles.Gestionnaire, Roles.Admin))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));
        services.AddMemoryCache();
        services.AddSingleton<LegalVersions>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<EmailChange>();
        services.AddScoped<LegalTextPublisher>();
        services.AddScoped<IDataSeeder, ReferenceDataSeeder>();
        services.AddScoped<IDataSeeder, InitialAdminSeeder>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Trop de tentatives. Veuillez patienter une minute avant de réessayer.", token);
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsAccountPost(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        // A new security stamp makes the cookie (and any copy of it) worthless at its next check.
        app.MapPost("/compte/deconnexion", async (ClaimsPrincipal principal, SignInManager<AppUser> signIn) =>
        {
            if (await signIn.UserManager.GetUserAsync(principal) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(LoginPath);
        }).RequireAuthorization();
        return app;
    }

    /// <summary>Posts that check or set a password are rate limited per client address.</summary>
    private static bool IsAccountPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments(LoginPath, StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(PasswordReset.RequestPath, StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(PasswordReset.ResetPath, StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(ProfilePath, StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(Rgpd.RgpdModule.ClosePath, StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(OnboardingMiddleware.ChangePasswordPath, StringComparison.OrdinalIgnoreCase));

    /// <summary>The status alone: the status-code pages answer it (the portal's French page, or problem+json under /api).</summary>
    private static Task Deny(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
