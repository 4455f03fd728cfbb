using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Families;
using DossierFamille.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reglements;

/// <summary>Règlements intérieurs per child and structure: what to sign, and the signature as evidence.</summary>
public sealed class ReglementSignatures(AppDbContext db, DossierService dossier, IWorkflowStep workflows, TimeProvider time)
{
    public const string Wording = "J'ai pris connaissance du règlement intérieur et j'ai informé mon enfant de ce règlement";
    public const string SignedSignal = "ReglementSigne";

    /// <summary>The sheets of the account's family, each with its signature when the account reaches it.</summary>
    public async Task<IReadOnlyList<ReglementSheet>> SheetsAsync(AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var familyId = scope.FamilyId;
        var campaign = await dossier.CurrentCampaignAsync(cancellationToken);
        if (campaign is null)
        {
            return [];
        }

        var enrolments = await db.Enrolments.AsNoTracking().Include(e => e.Child).Include(e => e.Structure)
            .Where(e => e.CampaignId == campaign.Id && e.Child!.FamilyId == familyId)
            .OrderBy(e => e.Child!.BirthDate).ThenBy(e => e.Structure!.Name).ToListAsync(cancellationToken);
        var structureIds = enrolments.Select(e => e.StructureId).Distinct().ToList();
        var current = (await db.Reglements.AsNoTracking().Where(r => structureIds.Contains(r.StructureId)).ToListAsync(cancellationToken))
            .GroupBy(r => r.StructureId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!);
        var signatures = await db.ReglementSignatures.AsNoTracking().Where(s => s.FamilyId == familyId).ToListAsync(cancellationToken);
        return [.. enrolments.Select(e =>
        {
            var reglement = current.GetValueOrDefault(e.StructureId);
            var signature = reglement is null ? null : signatures.LastOrDefault(s => s.ReglementId == reglement.Id && s.ChildId == e.ChildId);
            return new ReglementSheet(e.ChildId, e.Child!.FullName, e.StructureId, e.Structure!.Name, reglement,
                signature is not null && scope.Owns(signature.FamilyId, signature.UserId) ? signature : null, signature is not null);
        })];
    }

    /// <summary>Records the evidence and starts the receipt workflow, together. Returns French errors, or none.</summary>
    public async Task<IReadOnlyList<string>> SignAsync(AccountScope scope, SignReglementCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var sheet = (await SheetsAsync(scope, cancellationToken)).SingleOrDefault(s => s.ChildId == command.ChildId && s.StructureId == command.StructureId);
        if (sheet?.Current is null || sheet.Current.Id != command.ReglementId)
        {
            return ["Ce règlement n'est plus la version en vigueur : rechargez la page pour lire la nouvelle version."];
        }

        if (sheet.IsSigned)
        {
            return [];
        }

        var errors = Validate(command);
        if (errors.Count > 0)
        {
            return errors;
        }

        // The signature (whose id the signal needs) and the receipt workflow commit in one transaction.
        await db.InTransactionAsync(async () =>
        {
            if (await AppendAsync(scope.FamilyId, scope.UserId, sheet, command, cancellationToken) is { } signature)
            {
                await workflows.SendSignalAsync(SignedSignal, signature.Id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
            }
        }, cancellationToken);
        return [];
    }

    /// <summary>Every provider stores milliseconds exactly, so the hash computed now still matches when read back.</summary>
    private static DateTimeOffset ToMilliseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static List<string> Validate(SignReglementCommand command)
    {
        var errors = new List<string>();
        if (!command.Acknowledged)
        {
            errors.Add($"Cochez la case « {Wording} ».");
        }

        if (string.IsNullOrWhiteSpace(command.SignerName))
        {
            errors.Add("Indiquez vos nom et prénom pour signer.");
        }

        if (string.IsNullOrWhiteSpace(command.Place))
        {
            errors.Add("Indiquez le lieu de signature (« Fait à »).");
        }

        if (!DateTime.TryParse(command.SignedOn, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add("Indiquez la date et l'heure de signature.");
        }

        return errors;
    }

    /// <summary>
    /// Appends to the hash chain; a concurrent signature taking the same link makes us retry on
    /// the new tail. Null when the same sheet was signed meanwhile (double click, other parent).
    /// </summary>
    private async Task<ReglementSignature?> AppendAsync(int familyId, string userId, ReglementSheet sheet, SignReglementCommand command, CancellationToken cancellationToken)
    {
        var campaign = (await dossier.CurrentCampaignAsync(cancellationToken))!;
        for (var attempt = 1; ; attempt++)
        {
            var previous = await db.ReglementSignatures.OrderByDescending(s => s.Id).Select(s => s.Hash).FirstOrDefaultAsync(cancellationToken) ?? SignatureChain.Genesis;
            var signature = new ReglementSignature
            {
                ReglementId = sheet.Current!.Id,
                StructureId = sheet.StructureId,
                ChildId = sheet.ChildId,
                FamilyId = familyId,
                UserId = userId,
                SchoolYear = campaign.SchoolYear,
                DocumentVersion = sheet.Current.Version,
                DocumentSha256 = sheet.Current.Sha256,
                SignerName = command.SignerName!.Trim(),
                Place = command.Place!.Trim(),
                SignedOn = command.SignedOn!.Trim(),
                ServerUtc = ToMilliseconds(time.GetUtcNow()),
                IpAddress = command.IpAddress,
                UserAgent = command.UserAgent.Length > 500 ? command.UserAgent[..500] : command.UserAgent,
                Wording = Wording,
                PreviousHash = previous,
                Hash = string.Empty,
            };
            signature.Hash = SignatureChain.Compute(signature);
            db.ReglementSignatures.Add(signature);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return signature;
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                db.Entry(signature).State = EntityState.Detached;
                if (await db.ReglementSignatures.AnyAsync(s => s.ReglementId == signature.ReglementId && s.ChildId == signature.ChildId, cancellationToken))
                {
                    return null;
                }
            }
        }
    }
}
