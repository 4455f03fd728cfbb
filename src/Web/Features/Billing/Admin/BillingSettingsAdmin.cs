using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Billing.Admin;

/// <summary>The commune's billing settings, audited.</summary>
internal sealed class BillingSettingsAdmin(AppDbContext db, SettingsAudit audit)
{
    public const string AuditSubject = "Facturation";

    public async Task<BillingSettings> ReadAsync(CancellationToken cancellationToken) =>
        await db.BillingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new BillingSettings();

    /// <summary>Null when saved; else the French error.</summary>
    public async Task<string?> SetPostalCodesAsync(string? text, string actor, CancellationToken cancellationToken)
    {
        var codes = PostalCodes.List(text);
        if (!string.IsNullOrWhiteSpace(text) && (codes.Count == 0 || codes.Count != text.Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries).Length))
        {
            return "Écrivez les codes postaux de la commune, de 5 chiffres, séparés par « ; » (par exemple 06600 ; 06160).";
        }

        var settings = await db.BillingSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new BillingSettings();
            db.BillingSettings.Add(settings);
        }

        var value = codes.Count == 0 ? null : string.Join(" ; ", codes);
        if (settings.CommunePostalCodes == value)
        {
            return null;
        }

        audit.Record(actor, AuditSubject, $"Codes postaux de la commune : {settings.CommunePostalCodes ?? "(aucun)"} → {value ?? "(aucun)"}.");
        settings.CommunePostalCodes = value;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Whether a booking paid by porte-monnaie is refused beyond the wallet's balance; audited.</summary>
    public async Task SetWalletRefusalAsync(bool refuse, string actor, CancellationToken cancellationToken)
    {
        var settings = await db.BillingSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new BillingSettings();
            db.BillingSettings.Add(settings);
        }

        if (settings.RefuseBeyondWalletBalance == refuse)
        {
            return;
        }

        audit.Record(actor, AuditSubject, $"Porte-monnaie : {WalletRefusal(settings.RefuseBeyondWalletBalance)} → {WalletRefusal(refuse)}.");
        settings.RefuseBeyondWalletBalance = refuse;
        await db.SaveChangesAsync(cancellationToken);
    }

    public static string WalletRefusal(bool refuse) => refuse ? "réservation refusée au-delà du solde" : "réservation acceptée au-delà du solde";
}
