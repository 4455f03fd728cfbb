namespace DossierFamille.Web.Features.Invoicing;

/// <summary>The French names of the payment modes, and those a gestionnaire records at the mairie.</summary>
public static class InvoicePaymentModes
{
    public static IReadOnlyList<InvoicePaymentMode> AtMairie { get; } = [InvoicePaymentMode.Especes, InvoicePaymentMode.Cheque, InvoicePaymentMode.Cesu, InvoicePaymentMode.Virement];

    public static string Label(InvoicePaymentMode mode) => mode switch
    {
        InvoicePaymentMode.EnLigne => "Carte bancaire en ligne (PayFiP)",
        InvoicePaymentMode.Especes => "Espèces",
        InvoicePaymentMode.Cheque => "Chèque",
        InvoicePaymentMode.Cesu => "CESU",
        InvoicePaymentMode.TropPaye => "Trop payé",
        _ => "Virement",
    };
}
