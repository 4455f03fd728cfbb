using System.Text.RegularExpressions;
using DossierFamille.EndToEnd.Tests.Infrastructure;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DossierFamille.EndToEnd.Tests.Accounts;

[Trait("Category", "FirstLogin")]
public sealed partial class FirstLoginJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_parent_sets_a_password_accepts_the_terms_lands_home_then_resets_a_forgotten_password_by_email()
    {
        var family = await portal.CreateFamilyAsync(mustChangePassword: true);
        var page = await portal.NewPageAsync(phone: true);

        await page.GotoAsync("/");
        await page.CheckPageAsync();
        await page.GetByLabel("Identifiant").FillAsync(family.UserName);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestFamily.Password);
        await page.GetByLabel("Rester connecté ?").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.WaitForURLAsync("**/compte/nouveau-mot-de-passe");
        await page.CheckPageAsync();
        Assert.True(await page.GetByText("au moins 10 caractères").IsVisibleAsync());
        await page.GetByLabel("Mot de passe temporaire").FillAsync(TestFamily.Password);
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync("faible");
        await page.GetByLabel("Confirmez le nouveau mot de passe").FillAsync("faible");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon mot de passe" }).ClickAsync();
        await page.GetByText("Le mot de passe doit contenir au moins 10 caractères.").WaitForAsync();
        await page.CheckPageAsync();

        await page.GetByLabel("Mot de passe temporaire").FillAsync(TestFamily.Password);
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync("Mon-Vrai-Secret-26");
        await page.GetByLabel("Confirmez le nouveau mot de passe").FillAsync("Mon-Vrai-Secret-26");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon mot de passe" }).ClickAsync();

        await page.WaitForURLAsync("**/compte/conditions");
        await page.CheckPageAsync();
        await page.GetByLabel("J'ai lu la notice de protection des données personnelles (RGPD).").CheckAsync();
        await page.GetByLabel("J'accepte les conditions générales d'utilisation.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter et continuer" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Vos enfants" }).WaitForAsync();
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
        await page.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.Locator(".df-user", new() { HasText = "Alice" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.WaitForURLAsync("**/connexion");
        await page.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        await page.CheckPageAsync();
        await page.GetByLabel("Identifiant").FillAsync(family.UserName);
        await page.GetByLabel("Adresse email").FillAsync(family.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le lien" }).ClickAsync();
        await page.GetByText("un email contenant un lien de réinitialisation vient d'être envoyé").WaitForAsync();
        await page.CheckPageAsync();

        var email = (await Maildev.WaitForAsync(family.Email, e => e.Subject == "Réinitialiser votre mot de passe")).Single();
        var link = new Uri(ResetLink().Match(email.Text!).Value);
        await page.GotoAsync(link.PathAndQuery);
        await page.CheckPageAsync();
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync("Apres-Oubli-Secret-26");
        await page.GetByLabel("Confirmez le nouveau mot de passe").FillAsync("Apres-Oubli-Secret-26");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).ClickAsync();
        await page.CheckPageAsync();

        await page.GetByLabel("Identifiant").FillAsync(family.UserName);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("Apres-Oubli-Secret-26");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Vos enfants" }).WaitForAsync();
        await page.CheckPageAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "dossierfamille-first-login.png"), FullPage = true });
    }

    [GeneratedRegex(@"https?://\S+/compte/reinitialiser\?\S+")]
    private static partial Regex ResetLink();
}
