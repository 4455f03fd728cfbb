using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>The account, its family as the account sees it (responsables it reaches, children, contacts) and the texts it accepted.</summary>
internal sealed class AccountSection(AppDbContext db, CommuneTime dates) : ICopySection
{
    public async Task WriteAsync(CopyContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.Scope;
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == scope.UserId, cancellationToken);
        var family = await db.Families.AsNoTracking().SingleAsync(f => f.Id == scope.FamilyId, cancellationToken);
        var responsables = (await db.Responsables.AsNoTracking().Where(r => r.FamilyId == scope.FamilyId).OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => r.UserId == scope.UserId || scope.ReachesOwner(r.Id)).ToList();
        var children = await db.Children.AsNoTracking().Where(c => c.FamilyId == scope.FamilyId).OrderBy(c => c.BirthDate)
            .Select(c => new
            {
                c.FirstName,
                c.LastName,
                c.BirthDate,
                Enrolments = c.Enrolments.OrderBy(e => e.CampaignId).Select(e => new { Structure = e.Structure!.Name, e.Campaign!.SchoolYear }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var contacts = await scope.InFamily(db.Contacts.AsNoTracking(), c => c.FamilyId).OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new
            {
                c.FirstName,
                c.LastName,
                c.Phone,
                Children = c.Children.Select(l => new { Child = db.Children.Where(x => x.Id == l.ChildId).Select(x => x.FirstName).Single(), l.Relationship, l.MayPickUp, l.EmergencyCall }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var acceptances = await db.LegalAcceptances.AsNoTracking().Where(a => a.UserId == scope.UserId).OrderBy(a => a.AcceptedAt).ToListAsync(cancellationToken);

        await context.Archive.AddJsonAsync("compte.json", new
        {
            account = new { user.UserName, user.DisplayName, user.Email, user.PhoneNumber },
            family = new { family.Reference, family.Name, family.ParentsSeparated },
            responsables = responsables.Select(r => new { Quality = ResponsableQualityLabels.Label(r.Quality), r.FirstName, r.LastName, r.Email, r.Phone, IsYou = r.UserId == scope.UserId }),
            children,
            contacts,
            acceptedTexts = acceptances.Select(a => new { Text = Label(a.Kind), a.Version, a.AcceptedAt }),
        }, cancellationToken);

        var page = new CopyHtml("Votre compte et votre famille")
            .Heading("Compte")
            .Fields([("Identifiant", user.UserName), ("Nom affiché", user.DisplayName), ("Adresse(s) email", user.Email), ("Téléphone", user.PhoneNumber)])
            .Heading("Famille")
            .Fields([("Référence", family.Reference), ("Nom", family.Name), ("Parents séparés", family.ParentsSeparated ? "Oui" : "Non")])
            .Heading("Responsables")
            .Table(["Qualité", "Nom", "Email", "Téléphone"], responsables.Select(r => (IReadOnlyList<string?>)[ResponsableQualityLabels.Label(r.Quality) + (r.UserId == scope.UserId ? " (vous)" : ""), r.FullName, r.Email, r.Phone]))
            .Heading("Enfants")
            .Table(["Enfant", "Date de naissance", "Inscriptions"], children.Select(c => (IReadOnlyList<string?>)[$"{c.FirstName} {c.LastName}", c.BirthDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), string.Join(" ; ", c.Enrolments.Select(e => $"{e.Structure} ({e.SchoolYear})"))]))
            .Heading("Contacts (personnes autorisées ou à appeler)")
            .Table(["Contact", "Téléphone", "Enfants"], contacts.Select(c => (IReadOnlyList<string?>)[$"{c.FirstName} {c.LastName}", c.Phone, string.Join(" ; ", c.Children.Select(l => $"{l.Child} : {l.Relationship}{(l.MayPickUp ? ", peut venir chercher" : "")}{(l.EmergencyCall ? ", à appeler en cas d'urgence" : "")}"))]))
            .Heading("Textes acceptés")
            .Table(["Texte", "Version", "Accepté le"], acceptances.Select(a => (IReadOnlyList<string?>)[Label(a.Kind), $"{a.Version}", dates.DateAndTime(a.AcceptedAt)]));
        await context.Archive.AddHtmlAsync("compte.html", page, cancellationToken);
        context.Summarise("Votre compte et votre famille", "Identifiant, adresses, responsables, enfants et leurs inscriptions, contacts, textes acceptés.",
            ("compte.html", "Lire (compte.html)"), ("compte.json", "Données (compte.json)"));
    }

    private static string Label(LegalTextKind kind) => kind == LegalTextKind.Rgpd ? "Protection des données (RGPD)" : "Conditions générales d'utilisation";
}
