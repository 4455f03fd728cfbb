using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DossierFamille.EndToEnd.Tests.Infrastructure;

public static class SignIn
{
    /// <summary>Signs in through the login page (checked, as the page reached after it) with the tests' password.</summary>
    public static async Task LoginAsync(IPage page, string userName)
    {
        await page.GotoAsync("/connexion");
        await page.CheckPageAsync();
        await page.GetByLabel("Identifiant").FillAsync(userName);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestFamily.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        await page.CheckPageAsync();
    }
}
