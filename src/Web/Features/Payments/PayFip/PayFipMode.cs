namespace DossierFamille.Web.Features.Payments.PayFip;

/// <summary>The <c>saisie</c> parameter of a payment: which PayFiP environment takes it.</summary>
public enum PayFipMode
{
    /// <summary>T: test payments, never debited.</summary>
    Test,

    /// <summary>X: the activation phase, before production is opened.</summary>
    Activation,

    /// <summary>W: real payments.</summary>
    Production,
}
