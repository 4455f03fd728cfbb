using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Commune;

/// <summary>What a portal put online gets without extra configuration.</summary>
public sealed class DeploymentDefaultsTests(DeploymentDefaultsTests.ProductionPortal portal) : IClassFixture<DeploymentDefaultsTests.ProductionPortal>
{
    [Fact]
    public async Task Pages_carry_a_content_security_policy_without_inline_scripts_and_production_sends_hsts()
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(ProductionPortal.PublicAddress), AllowAutoRedirect = false });

        using var page = await client.GetAsync(new Uri("/connexion", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline';", policy.Split("style-src")[0], StringComparison.Ordinal);
        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(health.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Behind_a_local_reverse_proxy_the_forwarded_scheme_makes_the_session_cookie_secure()
    {
        var family = await portal.CreateFamilyAsync();
        var http = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://portail.test.example"), AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        using var login = await new PortalClient(http).LoginAsync(family.UserName, TestFamily.Password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("DossierFamille.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Outside_development_no_demo_account_exists_and_the_first_admin_chooses_a_password_by_emailed_link()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.False(await db.Users.AnyAsync(u => u.UserName == "sophie.martin" || u.UserName == "gestion"));
        Assert.False(await db.Structures.AnyAsync());
        var admin = Assert.Single(await users.GetUsersInRoleAsync(Roles.Admin));
        Assert.Equal(portal.AdminUserName, admin.UserName);
        var email = Assert.Single(await Maildev.WaitForAsync(portal.AdminEmail, e => e.Subject == "Réinitialiser votre mot de passe"));
        Assert.Contains($"{ProductionPortal.PublicAddress}/compte/reinitialiser?", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_health_says_only_healthy_and_staff_read_the_checks()
    {
        var anonymous = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(ProductionPortal.PublicAddress) });
        Assert.Equal("{\"status\":\"Healthy\"}", await anonymous.GetStringAsync(new Uri("/health", UriKind.Relative)));

        var staff = new PortalClient(portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(ProductionPortal.PublicAddress), AllowAutoRedirect = false }));
        await staff.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        var details = await staff.Http.GetStringAsync(new Uri("/health", UriKind.Relative));
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", details, StringComparison.Ordinal);
    }

    /// <summary>The portal in Production, demo data asked for, a first admin configured, a reverse proxy on the loopback.</summary>
    public sealed class ProductionPortal : SqlitePortal
    {
        public const string PublicAddress = "https://portail.test.example";

        public string AdminUserName { get; } = $"admin.{Guid.NewGuid():N}"[..16];

        public string AdminEmail => $"{AdminUserName}@mairie.example";

        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Portal:PublicBaseUrl", PublicAddress),
            new("Database:SeedDemoData", "true"),
            new("Accounts:InitialAdminUserName", AdminUserName),
            new("Accounts:InitialAdminEmail", AdminEmail),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, LoopbackClient>());
        }
    }

    /// <summary>The test server has no client address: requests come from the loopback, as from a local proxy.</summary>
    private sealed class LoopbackClient : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return following(context);
            });
            next(app);
        };
    }
}
