using System.Text.RegularExpressions;
using DossierFamille.Web.Data;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Accounts;

public sealed class ProfileTests(PostgreSqlPortal portal) : IClassFixture<PostgreSqlPortal>
{
    [Fact]
    public async Task A_new_address_needs_the_current_password_and_takes_effect_once_confirmed_by_its_link_the_old_one_being_told()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);
        var emails = new Dictionary<string, string> { ["emails"] = " paiement@test.example ; autre@test.example ", ["emailPassword"] = "Pas-le-bon-2026!" };

        var wrong = await client.SubmitForPageAsync("/compte/profil", "change-email", emails);
        emails["emailPassword"] = TestFamily.Password;
        var asked = await client.SubmitForPageAsync("/compte/profil", "change-email", emails);

        Assert.Contains("Le mot de passe actuel est incorrect.", wrong, StringComparison.Ordinal);
        Assert.Contains("Un lien de confirmation a été envoyé à paiement@test.example, autre@test.example.", asked, StringComparison.Ordinal);
        Assert.Equal((family.Email, family.Email), await AddressesAsync(family));
        var told = Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject == "Changement d'adresse email demandé"));
        Assert.Contains("paiement@test.example, autre@test.example", told.Text, StringComparison.Ordinal);
        var confirmation = (await Maildev.WaitForAsync("paiement@test.example", e => e.Subject == "Confirmez votre adresse email" && e.Text!.Contains(family.UserName, StringComparison.Ordinal))).Single();
        var link = new Uri(Regex.Match(confirmation.Text!, @"https?://\S+/compte/confirmer-email\?\S+").Value);

        var forged = await client.PageAsync(link.PathAndQuery.Replace("autre%40test.example", "pirate%40test.example", StringComparison.Ordinal));
        var confirmed = await client.PageAsync(link.PathAndQuery);

        Assert.Contains("Ce lien n'est plus valide.", forged, StringComparison.Ordinal);
        Assert.Contains("Vos adresses email ont été enregistrées.", confirmed, StringComparison.Ordinal);
        Assert.Equal(("paiement@test.example", "paiement@test.example;autre@test.example"), await AddressesAsync(family));
    }

    [Fact]
    public async Task An_invalid_address_is_refused_and_nothing_changes()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        var page = await client.SubmitForPageAsync("/compte/profil", "change-email", new Dictionary<string, string> { ["emails"] = "bon@test.example;pas-une-adresse", ["emailPassword"] = TestFamily.Password });

        Assert.Contains("L'adresse « pas-une-adresse » n'est pas valide.", page, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(family.Email, await db.Users.Where(u => u.UserName == family.UserName).Select(u => u.Email).SingleAsync());
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        var wrong = await client.SubmitForPageAsync("/compte/profil", "change-password", Fields("Pas-le-bon-1!", "Profil-Nouveau-2026!"));
        var right = await client.SubmitForPageAsync("/compte/profil", "change-password", Fields(TestFamily.Password, "Profil-Nouveau-2026!"));

        Assert.Contains("Le mot de passe actuel est incorrect.", wrong, StringComparison.Ordinal);
        Assert.Contains("Votre mot de passe a été modifié.", right, StringComparison.Ordinal);
        await PortalClient.For(portal).SignInAsync(family.UserName, "Profil-Nouveau-2026!");
    }

    private async Task<(string? Account, string? Responsable)> AddressesAsync(TestFamily family)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == family.UserName);
        return (user.Email, await db.Responsables.Where(r => r.UserId == user.Id).Select(r => r.Email).SingleAsync());
    }

    private static Dictionary<string, string> Fields(string current, string password) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = password,
        ["Input.ConfirmPassword"] = password,
    };
}
