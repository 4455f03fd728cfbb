using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Components;

/// <summary>The forms checked by Blazor itself (login, contact) tie each error to its field, as the posted forms do.</summary>
public sealed class EditFormErrorsTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task An_empty_login_form_comes_back_with_each_error_under_its_field_and_named_by_it()
    {
        var login = await PortalClient.For(portal).SubmitForPageAsync("/connexion", "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "",
            ["Input.Password"] = "",
        });

        AssertTied(login, "username", "Saisissez votre identifiant.");
        AssertTied(login, "password", "Saisissez votre mot de passe.");
    }

    [Fact]
    public async Task A_contact_message_without_subject_keeps_the_text_and_ties_the_error_to_the_subject()
    {
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        var contact = await parent.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string>
        {
            ["Input.Subject"] = "",
            ["Input.Body"] = "Bonjour, une question sur la cantine.",
        });

        var input = Tag(contact, "id=\"subject\"");
        Assert.Contains("aria-invalid=\"true\"", input, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"subject-erreur\"", input, StringComparison.Ordinal);
        Assert.Matches("<span class=\"field-error\" id=\"subject-erreur\">[^<]+</span>", contact);
        Assert.DoesNotContain("aria-describedby", Tag(contact, "id=\"body\""), StringComparison.Ordinal);
        Assert.Contains(">Bonjour, une question sur la cantine.</textarea>", contact, StringComparison.Ordinal);
    }

    private static void AssertTied(string html, string inputId, string message)
    {
        var input = Tag(html, $"id=\"{inputId}\"");
        Assert.Contains("aria-invalid=\"true\"", input, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"{inputId}-erreur\"", input, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"field-error\" id=\"{inputId}-erreur\">{message}</span>", html, StringComparison.Ordinal);
    }

    /// <summary>The start tag holding <paramref name="attribute"/>.</summary>
    private static string Tag(string html, string attribute)
    {
        var at = html.IndexOf(attribute, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{attribute} not found");
        var start = html.LastIndexOf('<', at);
        return html[start..(html.IndexOf('>', at) + 1)];
    }
}
