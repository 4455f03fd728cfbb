using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Accounts;

public sealed partial class PasswordResetTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private const string Sent = "Si ces informations correspondent à un compte, un email contenant un lien de réinitialisation vient d'être envoyé.";

    [Fact]
    public async Task A_reset_link_arrives_by_email_and_sets_a_new_password()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);

        var page = await client.SubmitForPageAsync("/compte/mot-de-passe-oublie", "forgot-password", Fields(family.UserName, family.Email));
        Assert.Contains(Sent, page, StringComparison.Ordinal);

        var email = (await Maildev.WaitForAsync(family.Email, e => e.Subject == "Réinitialiser votre mot de passe")).Single();
        var link = new Uri(ResetLink().Match(email.Text!).Value);
        var resetUrl = link.PathAndQuery;
        var reset = await client.SubmitForPageAsync(resetUrl, "reset-password", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = "Apres-Oubli-2026!",
            ["Input.ConfirmPassword"] = "Apres-Oubli-2026!",
        });
        Assert.Contains("Votre mot de passe a été modifié.", reset, StringComparison.Ordinal);

        await PortalClient.For(portal).SignInAsync(family.UserName, "Apres-Oubli-2026!");
        var reused = await client.SubmitForPageAsync(resetUrl, "reset-password", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = "Encore-Autre-2026!",
            ["Input.ConfirmPassword"] = "Encore-Autre-2026!",
        });
        Assert.Contains("Ce lien n'est plus valide.", reused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_identifiant_gets_the_same_answer_and_no_email()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);

        var unknown = await client.SubmitForPageAsync("/compte/mot-de-passe-oublie", "forgot-password", Fields("personne.inconnue", family.Email));
        var wrongEmail = await client.SubmitForPageAsync("/compte/mot-de-passe-oublie", "forgot-password", Fields(family.UserName, "autre@test.example"));

        Assert.Contains(Sent, unknown, StringComparison.Ordinal);
        Assert.Contains(Sent, wrongEmail, StringComparison.Ordinal);
        await Task.Delay(1000);
        Assert.Empty(await Maildev.ToAsync(family.Email));
        Assert.Empty(await Maildev.ToAsync("autre@test.example", e => e.Text?.Contains(family.UserName, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task A_forged_reset_code_is_refused()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);

        var page = await client.SubmitForPageAsync("/compte/reinitialiser?uid=inconnu&code=abc", "reset-password", new Dictionary<string, string>
        {
            ["Input.NewPassword"] = "Pirate-2026!xx",
            ["Input.ConfirmPassword"] = "Pirate-2026!xx",
        });

        Assert.Contains("Ce lien n'est plus valide.", page, StringComparison.Ordinal);
        await PortalClient.For(portal).SignInAsync(family.UserName, TestFamily.Password);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.LoginAsync(family.UserName, "Mauvais-Mot-2026!");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var locked = await client.LoginAsync(family.UserName, TestFamily.Password);
        var html = WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("temporairement bloqué", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string userName, string email) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.Email"] = email,
    };

    [GeneratedRegex(@"https?://\S+/compte/reinitialiser\?\S+")]
    private static partial Regex ResetLink();
}
