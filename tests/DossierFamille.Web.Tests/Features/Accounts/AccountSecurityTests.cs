using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Accounts;

public sealed class AccountSecurityTests(AccountSecurityTests.CheckedPortal portal) : IClassFixture<AccountSecurityTests.CheckedPortal>
{
    private const string Incorrect = "Identifiant ou mot de passe incorrect.";

    [Fact]
    public async Task An_unknown_identifiant_gets_the_answer_and_the_password_hashing_of_a_wrong_password_and_is_never_locked()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);

        var before = portal.Hasher.Verifications;
        var unknown = await client.SubmitForPageAsync("/connexion", "login", Login("personne.inconnue", "Secret-Soumis-2026!"));
        var afterUnknown = portal.Hasher.Verifications;
        var wrong = await client.SubmitForPageAsync("/connexion", "login", Login(family.UserName, "Secret-Soumis-2026!"));

        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, portal.Hasher.Verifications - afterUnknown);
        Assert.Contains(Incorrect, unknown, StringComparison.Ordinal);
        Assert.Contains(Incorrect, wrong, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-Soumis-2026!", unknown + wrong, StringComparison.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            var again = await client.SubmitForPageAsync("/connexion", "login", Login("personne.inconnue", "Secret-Soumis-2026!"));
            Assert.Contains(Incorrect, again, StringComparison.Ordinal);
            Assert.DoesNotContain("bloqué", again, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Common_passwords_and_passwords_holding_the_identifiant_are_refused_without_being_shown_back()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        foreach (var guessable in new[] { "Password1!", "Azerty123!", $"{family.UserName}-Q7#", "Alice-2026!!" })
        {
            var page = await client.SubmitForPageAsync("/compte/profil", "change-password", ChangePassword(TestFamily.Password, guessable));
            Assert.Contains("Ce mot de passe est trop facile à deviner", page, StringComparison.Ordinal);
            Assert.DoesNotContain(guessable, page, StringComparison.Ordinal);
            Assert.DoesNotContain(TestFamily.Password, page, StringComparison.Ordinal);
        }

        var accepted = await client.SubmitForPageAsync("/compte/profil", "change-password", ChangePassword(TestFamily.Password, "Velo-Rouge-Ecureuil-72"));
        Assert.Contains("Votre mot de passe a été modifié.", accepted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_a_logout_ends_its_cookie_on_the_server()
    {
        var family = await portal.CreateFamilyAsync();
        var phone = PortalClient.For(portal);
        await phone.SignInAsync(family.UserName, TestFamily.Password);
        var computer = PortalClient.For(portal);
        await computer.SignInAsync(family.UserName, TestFamily.Password);

        await computer.SubmitForPageAsync("/compte/profil", "change-password", ChangePassword(TestFamily.Password, "Velo-Rouge-Ecureuil-72"));

        using var phoneProfile = await phone.GetAsync("/compte/profil");
        Assert.True(AccountsModule.LoginPath == phoneProfile.RedirectPath()?.Split('?')[0], $"{(int)phoneProfile.StatusCode} {await phoneProfile.Content.ReadAsStringAsync()}");
        await computer.PageAsync("/compte/profil");

        var browser = PortalClient.For(portal);
        using var login = await browser.LoginAsync(family.UserName, "Velo-Rouge-Ecureuil-72");
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("DossierFamille.Auth=", StringComparison.Ordinal)).Split(';')[0];
        using var copy = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(new Uri("/compte/profil", UriKind.Relative))).StatusCode);

        await browser.PostFormAsync("/compte/profil", "/compte/deconnexion", new Dictionary<string, string>());

        Assert.Equal(AccountsModule.LoginPath, (await copy.GetAsync(new Uri("/compte/profil", UriKind.Relative))).RedirectPath()?.Split('?')[0]);
    }

    private static Dictionary<string, string> Login(string userName, string password) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.Password"] = password,
        ["Input.RememberMe"] = "False",
    };

    private static Dictionary<string, string> ChangePassword(string current, string password) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    /// <summary>Sessions checked against the security stamp on every request; password hashing counted.</summary>
    public sealed class CheckedPortal : SqlitePortal
    {
        public CountingHasher Hasher { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Accounts:SessionCheckInterval", "00:00:00")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(Hasher));
        }
    }

    public sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> inner = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
