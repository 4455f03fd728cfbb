using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Settings;

/// <summary>
/// The settings a commune starts with, from the communes' manuals: the usual pièces
/// justificatives and their conditions, and the common insurance companies. Admins change them later.
/// </summary>
internal sealed class SettingsSeeder(AppDbContext db) : IDataSeeder
{
    private static readonly (string Code, string Label, FicheKind Fiche, PieceCondition Condition)[] Pieces =
    [
        ("attestation-caf-msa", "Attestation CAF ou MSA", FicheKind.Responsable, PieceCondition.RegimeCafOuMsa),
        ("avis-imposition", "Dernier avis d'imposition", FicheKind.Responsable, PieceCondition.Toujours),
        ("bulletins-salaire", "Bulletins de salaire (3 derniers)", FicheKind.Responsable, PieceCondition.SalarieAvecEmployeur),
        ("jugement-divorce", "Jugement de divorce", FicheKind.Responsable, PieceCondition.Divorce),
        ("attestation-assurance", "Attestation d'assurance", FicheKind.Enfant, PieceCondition.Toujours),
        ("carnet-vaccination", "Carnet de vaccination", FicheKind.Enfant, PieceCondition.Vaccine),
        ("certificat-contre-indication", "Certificat de contre-indication", FicheKind.Enfant, PieceCondition.NonVaccine),
        ("ordonnance", "Ordonnance", FicheKind.Enfant, PieceCondition.Traitement),
        ("copie-pai", "Copie du PAI", FicheKind.Enfant, PieceCondition.Pai),
    ];

    private static readonly string[] Insurers = ["MAIF", "MACIF", "MAE", "AXA", "Groupama", "Crédit Agricole Assurances"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.PieceRules.AnyAsync(cancellationToken))
        {
            db.PieceRules.AddRange(Pieces.Select((p, i) => new PieceRule { Code = p.Code, Label = p.Label, Fiche = p.Fiche, Condition = p.Condition, SortOrder = i }));
        }

        if (!await db.InsuranceCompanies.AnyAsync(cancellationToken))
        {
            db.InsuranceCompanies.AddRange(Insurers.Select(name => new InsuranceCompany { Name = name }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
