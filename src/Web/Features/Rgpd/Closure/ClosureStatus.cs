namespace DossierFamille.Web.Features.Rgpd.Closure;

public enum ClosureStatus
{
    /// <summary>Asked by the parent, waiting for a gestionnaire.</summary>
    Demandee,

    /// <summary>Confirmed by a gestionnaire: the "Fermeture de compte" workflow erases the data.</summary>
    Confirmee,

    /// <summary>Refused by a gestionnaire, with a motif sent to the parent.</summary>
    Refusee,

    /// <summary>The account is closed and its data erased.</summary>
    Effectuee,
}
