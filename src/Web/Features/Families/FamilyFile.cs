using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Dossier;

namespace DossierFamille.Web.Features.Families;

/// <summary>
/// Everything a gestionnaire sees of one family: its responsables and children (with enrolments),
/// the campaigns it took part in, every fiche with its history, the completed dossiers, the règlement
/// signatures and the workflow instances about it.
/// </summary>
public sealed record FamilyFile(
    Family Family,
    IReadOnlyList<Campaign> Campaigns,
    IReadOnlyList<Fiche> Fiches,
    IReadOnlyList<FicheEvent> History,
    IReadOnlyList<DossierComplet> Completions,
    IReadOnlyList<SignatureLine> Signatures,
    IReadOnlyList<FamilyWorkflowInstance> Instances);
