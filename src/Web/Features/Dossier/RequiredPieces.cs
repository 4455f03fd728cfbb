namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// Which pièces justificatives a fiche needs, from its content, as the communes' manuals state
/// them: CAF/MSA attestation, avis d'imposition, bulletins de salaire, jugement de divorce if
/// divorced; per child the insurance certificate, the vaccination record or a certificate of
/// contre-indication, the prescription if treated, the PAI if any.
/// </summary>
public static class RequiredPieces
{
    public static readonly RequiredPiece AttestationCafMsa = new("attestation-caf-msa", "Attestation CAF ou MSA");
    public static readonly RequiredPiece AvisImposition = new("avis-imposition", "Dernier avis d'imposition");
    public static readonly RequiredPiece BulletinsSalaire = new("bulletins-salaire", "Bulletins de salaire (3 derniers)");
    public static readonly RequiredPiece JugementDivorce = new("jugement-divorce", "Jugement de divorce");
    public static readonly RequiredPiece AttestationAssurance = new("attestation-assurance", "Attestation d'assurance");
    public static readonly RequiredPiece CarnetVaccination = new("carnet-vaccination", "Carnet de vaccination");
    public static readonly RequiredPiece ContreIndication = new("certificat-contre-indication", "Certificat de contre-indication");
    public static readonly RequiredPiece Ordonnance = new("ordonnance", "Ordonnance");
    public static readonly RequiredPiece Pai = new("copie-pai", "Copie du PAI");

    public static IReadOnlyList<RequiredPiece> For(ResponsableData data)
    {
        var pieces = new List<RequiredPiece>();
        if (data.Regime is "CAF" or "MSA")
        {
            pieces.Add(AttestationCafMsa);
        }

        pieces.Add(AvisImposition);
        if (!string.IsNullOrWhiteSpace(data.Employer))
        {
            pieces.Add(BulletinsSalaire);
        }

        if (data.FamilySituation == "Divorcé(e)")
        {
            pieces.Add(JugementDivorce);
        }

        return pieces;
    }

    public static IReadOnlyList<RequiredPiece> For(EnfantData data)
    {
        List<RequiredPiece> pieces = [AttestationAssurance, data.VaccinationContraindicated ? ContreIndication : CarnetVaccination];
        if (data.Treatment)
        {
            pieces.Add(Ordonnance);
        }

        if (data.Pai)
        {
            pieces.Add(Pai);
        }

        return pieces;
    }
}
