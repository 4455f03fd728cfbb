using System.Net;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Accounts.Emails;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Email.Preview;
using DossierFamille.Web.Features.Email.Templates;
using DossierFamille.Web.Features.Reservations.Emails;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Email;

/// <summary>Emails are Razor components in the commune's layout, with a plain-text part, previewed by admins.</summary>
public sealed class EmailTemplatesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task An_email_names_the_commune_and_its_text_part_reads_like_its_html()
    {
        var commune = await CommuneNameAsync();

        var email = await RenderAsync(new PasswordResetEmail("Marie <b>Dupont</b>", "marie.dupont", "http://localhost/compte/reinitialiser?uid=1&code=2"));

        Assert.Equal("Réinitialiser votre mot de passe", email.Subject);
        Assert.Contains($"Portail Famille – {commune}", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Marie &lt;b&gt;Dupont&lt;/b&gt;", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/compte/reinitialiser?uid=1&amp;code=2\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(
            $"Portail Famille – {commune}\n\n"
            + "Bonjour Marie <b>Dupont</b>,\n\n"
            + "Vous avez demandé à réinitialiser le mot de passe de votre compte marie.dupont.\n\n"
            + "Ce lien est valable 2 heures. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.\n\n"
            + "Choisir un nouveau mot de passe : http://localhost/compte/reinitialiser?uid=1&code=2\n\n"
            + $"Cordialement,\nLe service Enfance – {commune}\n\n"
            + "Ce message est envoyé automatiquement, merci de ne pas y répondre. Pour nous écrire, utilisez « Contacter la mairie » sur le Portail Famille.\n",
            email.TextBody);
    }

    [Fact]
    public async Task A_booking_email_keeps_its_text_exactly_as_composed_and_shows_the_same_lines_in_html()
    {
        const string text = "Mme DUPONT Marie\n\n--> Activité : APS MATIN :\n         DUPONT Lina : lun. 07/12\nVous pouvez consulter l'état de vos réservations sur notre site Internet.";

        var email = await RenderAsync(new BookingTextEmail("Compte rendu", text));

        Assert.Equal(text, email.TextBody);
        Assert.Contains($"<pre style=\"margin:0 0 16px;font-family:inherit;white-space:pre-wrap\">{text}</pre>", WebUtility.HtmlDecode(email.HtmlBody), StringComparison.Ordinal);
        Assert.Contains("--&gt; Activité : APS MATIN :", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Cordialement", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_email_of_the_portal_has_a_sample_in_the_admin_preview()
    {
        using var scope = portal.Services.CreateScope();
        var samples = scope.ServiceProvider.GetRequiredService<EmailSamples>().All;
        var emails = typeof(EmailModel).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(EmailModel))).ToList();

        Assert.NotEmpty(emails);
        Assert.Empty(emails.Where(t => !samples.Any(s => s.Email.GetType() == t)).Select(t => t.Name));
        Assert.Equal(samples.Count, samples.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public async Task An_admin_previews_every_email_in_html_and_text_and_nobody_else_can()
    {
        var admin = PortalClient.For(portal);
        await admin.SignInAsync(await portal.CreateStaffAsync(Roles.Admin), TestFamily.Password);
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        var commune = await CommuneNameAsync();
        using var scope = portal.Services.CreateScope();

        var list = await admin.PageAsync("/admin/emails");
        foreach (var sample in scope.ServiceProvider.GetRequiredService<EmailSamples>().All)
        {
            Assert.Contains($"href=\"/admin/emails/{sample.Key}\"", list, StringComparison.Ordinal);
            var page = WebUtility.HtmlDecode(await admin.PageAsync($"/admin/emails/{sample.Key}"));
            Assert.Contains($"Email « {sample.Name} »", page, StringComparison.Ordinal);
            Assert.Contains("Version HTML", page, StringComparison.Ordinal);
            Assert.Contains("Version texte", page, StringComparison.Ordinal);
            Assert.Contains($"Portail Famille – {commune}", page, StringComparison.Ordinal);
            Assert.Contains(sample.Email.Subject, page, StringComparison.Ordinal);
        }

        using var unknown = await admin.GetAsync("/admin/emails/inconnu");
        using var forGestionnaire = await gestionnaire.GetAsync("/admin/emails");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Page introuvable", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forGestionnaire.StatusCode);
    }

    private async Task<EmailContent> RenderAsync(EmailModel email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EmailRenderer>().RenderAsync(email);
    }

    private async Task<string> CommuneNameAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Commune.Select(c => c.Name).SingleAsync();
    }
}
