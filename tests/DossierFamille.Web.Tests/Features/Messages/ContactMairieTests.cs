using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Messages;

public sealed class ContactMairieTests(PostgreSqlPortal portal) : IClassFixture<PostgreSqlPortal>
{
    [Fact]
    public async Task A_parent_writes_the_mairie_is_notified_a_gestionnaire_answers_and_the_parent_reads_it()
    {
        var family = await portal.CreateFamilyAsync();
        var contactEmail = $"enfance.{Guid.NewGuid():N}@mairie.example";
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Commune.SingleAsync()).ContactEmail = contactEmail;
            await db.SaveChangesAsync();
        }

        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var subject = $"Changement d'adresse {Guid.NewGuid():N}"[..30];
        var sent = await parent.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = subject, ["Input.Body"] = "Nous avons déménagé au 4 rue des Lilas." });
        Assert.Contains("Votre message a été envoyé à la mairie.", sent, StringComparison.Ordinal);
        Assert.Contains("En attente de réponse", sent, StringComparison.Ordinal);
        var notification = Assert.Single(await Maildev.WaitForAsync(contactEmail));
        Assert.Contains(subject, notification.Subject, StringComparison.Ordinal);

        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);
        var inbox = await gestionnaire.PageAsync("/gestion/messages");
        Assert.Contains(subject, inbox, StringComparison.Ordinal);
        int messageId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            messageId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().MairieMessages.Where(m => m.Subject == subject).Select(m => m.Id).SingleAsync();
        }

        var answered = await gestionnaire.PostFormAsync("/gestion/messages", "/gestion/messages/reponse", new Dictionary<string, string> { ["messageId"] = $"{messageId}", ["answer"] = "Merci, c'est noté." });
        Assert.Contains("Réponse envoyée à la famille.", answered, StringComparison.Ordinal);
        var twice = await gestionnaire.PostFormAsync("/gestion/messages", "/gestion/messages/reponse", new Dictionary<string, string> { ["messageId"] = $"{messageId}", ["answer"] = "Deuxième réponse" });
        Assert.Contains("Ce message a déjà reçu une réponse.", twice, StringComparison.Ordinal);

        Assert.Contains("Merci, c'est noté.", await parent.PageAsync("/contact"), StringComparison.Ordinal);
        Assert.Single(await Maildev.WaitForAsync(family.Email, e => e.Subject.StartsWith("Réponse de la mairie", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_empty_message_is_refused_with_a_french_error()
    {
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        var page = await parent.SubmitForPageAsync("/contact", "contact", new Dictionary<string, string> { ["Input.Subject"] = "", ["Input.Body"] = "" });

        Assert.Contains("Indiquez l'objet de votre message.", page, StringComparison.Ordinal);
        Assert.Contains("Écrivez votre message.", page, StringComparison.Ordinal);
    }
}
