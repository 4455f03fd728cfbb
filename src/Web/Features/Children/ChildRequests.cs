using System.ComponentModel.DataAnnotations;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Children.Emails;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Children;

/// <summary>
/// Parents ask; a gestionnaire accepts (the child is changed or created, the decision audited and the parent emailed, in
/// one SaveChanges) or refuses with a motif (audited and emailed in the same way). The status is the row's concurrency
/// token: two decisions at once, or a double click, decide once.
/// </summary>
internal sealed class ChildRequests(AppDbContext db, DossierService dossier, EmailOutbox outbox, PortalLinks links, SettingsAudit audit, TimeProvider time, CommuneTime dates)
{
    public const string AlreadyDecided = "Cette demande a déjà été traitée.";

    /// <summary>Records a request about one of the family's children (or a new child when <paramref name="childId"/> is null); the errors by field, none when recorded.</summary>
    public async Task<IReadOnlyList<ValidationResult>> RequestAsync(AccountScope scope, int? childId, ChildRequestInput input, string requesterName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), errors, validateAllProperties: true);
        var today = dates.Day(time.GetUtcNow());
        if (input.BirthDate is { } birth && (birth > today || birth < today.AddYears(-25)))
        {
            errors.Add(new ValidationResult("La date de naissance n'est pas valide.", [nameof(input.BirthDate)]));
        }

        if (!string.IsNullOrWhiteSpace(input.SchoolClass) && input.SchoolId is null)
        {
            // Checked here rather than in the input: DataAnnotations skip Validate() while a field is in error.
            errors.Add(new ValidationResult("Choisissez l'école de cette classe.", [nameof(input.SchoolId)]));
        }

        if (input.SchoolId is { } schoolId && !await db.Structures.AnyAsync(s => s.Id == schoolId && s.IsActive && s.Kind == StructureKind.Ecole, cancellationToken))
        {
            errors.Add(new ValidationResult("Choisissez une école de la liste.", [nameof(input.SchoolId)]));
        }

        if (childId is { } id && !await scope.InFamily(db.Children, c => c.FamilyId).AnyAsync(c => c.Id == id, cancellationToken))
        {
            errors.Add(new ValidationResult("Cet enfant n'est pas dans votre dossier.", [nameof(input.FirstName)]));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var request = new ChildRequest
        {
            FamilyId = scope.FamilyId,
            UserId = scope.UserId,
            RequesterName = requesterName,
            Kind = childId is null ? ChildRequestKind.NouvelEnfant : ChildRequestKind.Modification,
            ChildId = childId,
            FirstName = input.FirstName!.Trim(),
            LastName = input.LastName!.Trim(),
            BirthDate = input.BirthDate!.Value,
            SchoolId = input.SchoolId,
            SchoolClass = Trimmed(input.SchoolClass),
            Comment = Trimmed(input.Comment),
            RequestedAt = time.GetUtcNow(),
        };
        db.Set<ChildRequest>().Add(request);
        var commune = await db.Commune.SingleAsync(cancellationToken);
        await outbox.EnqueueAsync(commune.ContactEmail, new NewChildRequestEmail(requesterName, $"{request.FirstName} {request.LastName}", request.Kind, links.Absolute(ChildrenModule.GestionPath)));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Applies the request to the child (or creates it) for the current school year; a French error, or null.</summary>
    public async Task<string?> AcceptAsync(int id, string gestionnaire, CancellationToken cancellationToken)
    {
        var request = await db.Set<ChildRequest>().SingleAsync(r => r.Id == id, cancellationToken);
        if (!request.IsPending)
        {
            return AlreadyDecided;
        }

        var campaign = await dossier.CurrentCampaignAsync(cancellationToken);
        if (request.SchoolId is not null && campaign is null)
        {
            return "Aucune campagne d'inscription n'est ouverte : l'école ne peut pas être enregistrée.";
        }

        var child = request.ChildId is { } childId
            ? await db.Children.Include(c => c.Enrolments).ThenInclude(e => e.Structure).SingleAsync(c => c.Id == childId, cancellationToken)
            : db.Children.Add(new Child { FamilyId = request.FamilyId, FirstName = request.FirstName, LastName = request.LastName }).Entity;
        (child.FirstName, child.LastName, child.BirthDate) = (request.FirstName, request.LastName, request.BirthDate);
        if (request.SchoolId is { } schoolId)
        {
            PlaceInSchool(child, schoolId, campaign!.Id, request.SchoolClass);
        }

        if (request.ChildId is { } renamed && campaign is not null)
        {
            await db.Fiches.Where(f => f.ChildId == renamed && f.CampaignId == campaign.Id && f.Kind == FicheKind.Enfant)
                .ForEachAsync(f => f.Title = $"Fiche enfant – {child.FullName}", cancellationToken);
        }

        request.Accept(gestionnaire, time.GetUtcNow());
        request.Child = child; // a new child's id is known once saved: the request points to it in the same SaveChanges

        return await DecideAsync(request, $"Demande n° {request.Id} de {request.RequesterName} acceptée : {Summary(request)}.", cancellationToken);
    }

    /// <summary>Refuses with a motif sent to the parent; a French error, or null.</summary>
    public async Task<string?> RefuseAsync(int id, string? motif, string gestionnaire, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(motif))
        {
            return "Indiquez le motif du refus : il est envoyé à la famille.";
        }

        var request = await db.Set<ChildRequest>().SingleAsync(r => r.Id == id, cancellationToken);
        if (!request.IsPending)
        {
            return AlreadyDecided;
        }

        request.Refuse(gestionnaire, motif, time.GetUtcNow());
        return await DecideAsync(request, $"Demande n° {request.Id} de {request.RequesterName} refusée ({Summary(request)}) : {request.Motif}", cancellationToken);
    }

    private async Task<string?> DecideAsync(ChildRequest request, string auditLine, CancellationToken cancellationToken)
    {
        audit.Record(request.DecidedBy!, "Enfants", auditLine);
        var recipient = await db.Responsables.AsNoTracking().Where(r => r.UserId == request.UserId).Select(r => r.Email).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Users.AsNoTracking().Where(u => u.Id == request.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (Accounts.EmailAddresses.Split(recipient).Length > 0)
        {
            await outbox.EnqueueAsync(recipient!, new ChildRequestDecisionEmail(
                request.RequesterName, $"{request.FirstName} {request.LastName}", request.Kind, request.Motif, links.Absolute(ChildrenModule.ParentPath)));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return AlreadyDecided;
        }
    }

    /// <summary>The child's école for the school year: the one asked for, with its class (another école of that year is replaced).</summary>
    private void PlaceInSchool(Child child, int schoolId, int campaignId, string? schoolClass)
    {
        var enrolment = child.Enrolments.FirstOrDefault(e => e.CampaignId == campaignId && e.StructureId == schoolId);
        if (enrolment is null)
        {
            db.Enrolments.RemoveRange(child.Enrolments.Where(e => e.CampaignId == campaignId && e.Structure?.Kind == StructureKind.Ecole));
            enrolment = new Enrolment { StructureId = schoolId, CampaignId = campaignId };
            child.Enrolments.Add(enrolment);
        }

        enrolment.SchoolClass = schoolClass;
    }

    private static string Summary(ChildRequest request) =>
        $"{(request.Kind == ChildRequestKind.NouvelEnfant ? "nouvel enfant" : "modification")} {request.FirstName} {request.LastName}, né(e) le {request.BirthDate:dd/MM/yyyy}"
        + (request.SchoolClass is null ? "" : $", classe {request.SchoolClass}");

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
