using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// A family's dossier for the current campaign: fiches created (pre-filled from last year's
/// accepted ones) on first visit, saved as drafts, validated and transmitted to the
/// "Revue de fiche" workflow. Every method takes the caller's <see cref="AccountScope"/> and never
/// reaches another family, nor the other parent's own fiches when the parents are separated.
/// </summary>
public sealed class DossierService(AppDbContext db, PieceRequirements pieces, IWorkflowStep workflows, TimeProvider time, CommuneTime dates)
{
    public const string TransmittedSignal = "FicheTransmise";

    /// <summary>The campaign open today, or the most recent one.</summary>
    public async Task<Campaign?> CurrentCampaignAsync(CancellationToken cancellationToken)
    {
        var today = dates.Day(time.GetUtcNow());
        return await db.Campaigns.Where(c => c.OpensOn <= today).OrderByDescending(c => c.OpensOn).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The fiches of the current campaign the account reaches, creating the family's missing ones.</summary>
    public async Task<IReadOnlyList<Fiche>> OpenAsync(AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var campaign = await CurrentCampaignAsync(cancellationToken);
        if (campaign is null)
        {
            return [];
        }

        var familyId = scope.FamilyId;
        var fiches = await LoadAsync(familyId, campaign.Id, cancellationToken);
        var missing = await MissingFichesAsync(familyId, campaign, fiches, cancellationToken);
        if (missing.Count == 0)
        {
            return [.. fiches.Where(scope.Reaches)];
        }

        db.Fiches.AddRange(missing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another responsable of the family opened the dossier at the same moment.
            db.ChangeTracker.Clear();
        }

        return [.. (await LoadAsync(familyId, campaign.Id, cancellationToken)).Where(scope.Reaches)];
    }

    /// <summary>A fiche the account reaches, with its pieces; null for any other (another family's, the other parent's own).</summary>
    public Task<Fiche?> FindAsync(AccountScope scope, int ficheId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Fiches(db.Fiches).Include(f => f.Pieces).SingleOrDefaultAsync(f => f.Id == ficheId, cancellationToken);
    }

    /// <summary>Adds a fiche for a responsable without an account, declared by (and, when separated, private to) the caller.</summary>
    public async Task<Fiche?> AddAutreResponsableAsync(AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (await CurrentCampaignAsync(cancellationToken) is not { } campaign)
        {
            return null;
        }

        var fiche = NewFiche(scope.FamilyId, campaign, FicheKind.AutreResponsable, FicheLabels.Kind(FicheKind.AutreResponsable), FicheContent.Serialize(new AutreResponsableData()), previous: null);
        fiche.DeclaredByResponsableId = scope.ResponsableId;
        db.Fiches.Add(fiche);
        await db.SaveChangesAsync(cancellationToken);
        return fiche;
    }

    public async Task SaveDraftAsync(Fiche fiche, object data, string actor, CancellationToken cancellationToken)
    {
        await NormalizeAsync(fiche, data, cancellationToken);
        await StoreDraftAsync(fiche, data, actor, cancellationToken);
    }

    /// <summary>
    /// Saves the content, checks it and its pieces, locks the fiche and starts its review, in one
    /// transaction: a fiche is never transmitted without its review. A second click, or the other
    /// parent at the same moment, finds the fiche already transmitted.
    /// </summary>
    public async Task<IReadOnlyList<string>> TransmitAsync(Fiche fiche, object data, string actor, CancellationToken cancellationToken)
    {
        fiche.EnsureEditable();
        await NormalizeAsync(fiche, data, cancellationToken);
        var problems = FicheContent.Validate(data).ToList();
        var missing = await pieces.MissingAsync(fiche, data, cancellationToken);
        problems.AddRange(missing.Select(p => $"Pièce manquante : {p.Label}."));
        if (problems.Count > 0)
        {
            await StoreDraftAsync(fiche, data, actor, cancellationToken);
            return problems;
        }

        fiche.SaveDraft(FicheContent.Serialize(data), time.GetUtcNow());
        fiche.Transmit(time.GetUtcNow());
        Record(fiche, actor, "Validée et transmise");
        try
        {
            await workflows.SendSignalAsync(TransmittedSignal, ReviewCorrelation(fiche.Id), null, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ["Cette fiche vient d'être modifiée ou transmise par un autre responsable. Rechargez la page."];
        }

        return [];
    }

    /// <summary>Deletes a never-transmitted autre responsable (its pieces are deleted first, see FichePieces) and its history.</summary>
    public async Task DeleteAsync(Fiche fiche, CancellationToken cancellationToken)
    {
        if (!fiche.IsDeletable)
        {
            throw new InvalidOperationException($"La fiche {fiche.Id} a déjà été transmise : elle ne peut plus être supprimée.");
        }

        db.FicheEvents.RemoveRange(await db.FicheEvents.Where(e => e.FicheId == fiche.Id).ToListAsync(cancellationToken));
        db.Fiches.Remove(fiche);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>"Revue de fiche" instances are correlated by fiche id.</summary>
    public static string ReviewCorrelation(int ficheId) => ficheId.ToString(CultureInfo.InvariantCulture);

    /// <summary>An autre responsable's links keep only the family's own children, named for the reviewer; the title follows the name.</summary>
    private async Task NormalizeAsync(Fiche fiche, object data, CancellationToken cancellationToken)
    {
        if (data is not AutreResponsableData autre)
        {
            return;
        }

        var children = await db.Children.AsNoTracking().Where(c => c.FamilyId == fiche.FamilyId).ToDictionaryAsync(c => c.Id, c => c.FirstName, cancellationToken);
        autre.Links = [.. autre.Links
            .Where(l => children.ContainsKey(l.ChildId) && !string.IsNullOrWhiteSpace(l.Relationship))
            .Select(l => new ChildLink { ChildId = l.ChildId, ChildName = children[l.ChildId], Relationship = l.Relationship!.Trim() })];
        var name = $"{autre.FirstName} {autre.LastName}".Trim();
        fiche.Title = name.Length == 0 ? FicheLabels.Kind(FicheKind.AutreResponsable) : $"{FicheLabels.Kind(FicheKind.AutreResponsable)} – {name}";
    }

    /// <summary>Saves already normalised content as a draft.</summary>
    private async Task StoreDraftAsync(Fiche fiche, object data, string actor, CancellationToken cancellationToken)
    {
        fiche.SaveDraft(FicheContent.Serialize(data), time.GetUtcNow());
        Record(fiche, actor, "Enregistrée en brouillon");
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Record(Fiche fiche, string actor, string action, string? detail = null) =>
        db.FicheEvents.Add(new FicheEvent { FicheId = fiche.Id, At = time.GetUtcNow(), Actor = actor, Action = action, Detail = detail });

    private Task<List<Fiche>> LoadAsync(int familyId, int campaignId, CancellationToken cancellationToken) =>
        db.Fiches.Include(f => f.Pieces).Where(f => f.FamilyId == familyId && f.CampaignId == campaignId)
            .OrderBy(f => f.Kind).ThenBy(f => f.Title).ToListAsync(cancellationToken);

    private async Task<List<Fiche>> MissingFichesAsync(int familyId, Campaign campaign, List<Fiche> existing, CancellationToken cancellationToken)
    {
        var responsables = await db.Responsables.Where(r => r.FamilyId == familyId).ToListAsync(cancellationToken);
        var children = await db.Children.Where(c => c.FamilyId == familyId).ToListAsync(cancellationToken);
        var lastAccepted = await db.Fiches
            .Where(f => f.FamilyId == familyId && f.CampaignId != campaign.Id && f.Status == FicheStatus.Acceptee)
            .OrderByDescending(f => f.CampaignId).ToListAsync(cancellationToken);
        var missing = new List<Fiche>();
        foreach (var responsable in responsables.Where(r => existing.All(f => f.ResponsableId != r.Id)))
        {
            var previous = lastAccepted.FirstOrDefault(f => f.ResponsableId == responsable.Id);
            var data = previous is null ? FicheContent.Serialize(new ResponsableData { Email = Accounts.EmailAddresses.Split(responsable.Email).FirstOrDefault(), MobilePhone = responsable.Phone }) : previous.DataJson;
            missing.Add(NewFiche(familyId, campaign, FicheKind.Responsable, $"Fiche famille – {responsable.FullName}", data, previous?.DataJson, responsableId: responsable.Id));
        }

        foreach (var child in children.Where(c => existing.All(f => f.ChildId != c.Id)))
        {
            var previous = lastAccepted.FirstOrDefault(f => f.ChildId == child.Id);
            missing.Add(NewFiche(familyId, campaign, FicheKind.Enfant, $"Fiche enfant – {child.FullName}", previous?.DataJson ?? FicheContent.Serialize(new EnfantData()), previous?.DataJson, childId: child.Id));
        }

        // The autres responsables of the latest year with accepted ones come back, to be confirmed again.
        var autres = lastAccepted.Where(f => f.Kind == FicheKind.AutreResponsable).GroupBy(f => f.CampaignId).FirstOrDefault() ?? Enumerable.Empty<Fiche>();
        foreach (var previous in autres.Where(p => existing.All(f => f.Title != p.Title)))
        {
            var fiche = NewFiche(familyId, campaign, FicheKind.AutreResponsable, previous.Title, previous.DataJson, previous.DataJson);
            fiche.DeclaredByResponsableId = previous.DeclaredByResponsableId;
            missing.Add(fiche);
        }

        return missing;
    }

    private Fiche NewFiche(int familyId, Campaign campaign, FicheKind kind, string title, string data, string? previous, int? responsableId = null, int? childId = null)
    {
        var fiche = new Fiche { FamilyId = familyId, CampaignId = campaign.Id, Kind = kind, Title = title, ResponsableId = responsableId, ChildId = childId, PreviousDataJson = previous };
        fiche.SaveDraft(data, time.GetUtcNow());
        return fiche;
    }
}
