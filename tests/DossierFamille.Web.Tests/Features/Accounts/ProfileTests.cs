using DossierFamille.Web.Data;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Accounts;

public sealed class ProfileTests(PostgreSqlPortal portal) : IClassFixture<PostgreSqlPortal>
{
    [Fact]
    public async Task Several_addresses_are_kept_in_order_and_the_first_becomes_the_account_email()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        var page = await client.SubmitForPageAsync("/compte/profil", "change-email", new Dictionary<string, string> { ["emails"] = " paiement@test.example ; autre@test.example " });

        Assert.Contains("Vos adresses email ont été enregistrées.", page, StringComparison.Ordinal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == family.UserName);
        var responsable = await db.Responsables.SingleAsync(r => r.UserId == user.Id);
        Assert.Equal("paiement@test.example;autre@test.example", responsable.Email);
        Assert.Equal("paiement@test.example", user.Email);
    }

    [Fact]
    public async Task An_invalid_address_is_refused_and_nothing_changes()
    {
        var family = await portal.CreateFamilyAsync();
        var client = PortalClient.For(portal);
        await client.SignInAsync(family.UserName, TestFamily.Password);

        var page = await client.SubmitForPageAsync("/compte/profil", "change-email", new Dictionary<string, string> { ["emails"] = "bon@test.example;pas-une-adresse" });

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

    private static Dictionary<string, string> Fields(string current, string password) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = password,
        ["Input.ConfirmPassword"] = password,
    };
}
