using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.BillingHistory;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Gestion;
using DossierFamille.Web.Tests.Features.Payments;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Invoicing.MairieSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Invoicing;

/// <summary>Gestionnaires record payments made at the mairie and issue credit notes (PostgreSQL): what is left to pay follows, each action audited.</summary>
public sealed class MairiePaymentTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    [Fact]
    public async Task A_cheque_then_cash_at_the_mairie_pay_the_invoice_a_double_click_records_once_and_bad_input_is_told_under_its_field()
    {
        var (family, _, _, invoice) = await InvoicedAsync(portal, new DateOnly(2030, 3, 1));
        var (gestion, agent) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var page = InvoicingGestion.InvoicePath(invoice.Id);
        var today = Iso(Today(portal));

        Assert.Contains($"{invoice.Number}", Text(await gestion.PageAsync($"{InvoicingGestion.InvoicesPath}?q={invoice.Number}")), StringComparison.Ordinal);
        Assert.Contains("Reste à payer 6,10 € À payer", Text(await gestion.PageAsync(page)), StringComparison.Ordinal);

        var refused = await gestion.SubmitForPageAsync(page, "reglement", Payment("douze", "Cheque", Iso(Today(portal).AddDays(1))));
        Assert.Contains("Indiquez un montant positif en euros, au centime près, par exemple 12,50.", refused, StringComparison.Ordinal);
        Assert.Contains("La date du règlement ne peut pas être dans le futur.", refused, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"Reference-erreur\">Indiquez le numéro du chèque.</span>", refused, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"Amount-erreur\"", refused, StringComparison.Ordinal);
        var beyond = await gestion.SubmitForPageAsync(page, "reglement", Payment("6,11", "Especes", today));
        Assert.Contains("<span class=\"field-error\" id=\"Amount-erreur\">Le montant dépasse ce qui reste à payer : 6,10 €.</span>", beyond, StringComparison.Ordinal);

        var key = Guid.NewGuid();
        foreach (var _ in new[] { 1, 2 })
        {
            using var posted = await gestion.SubmitAsync(page, "reglement", Payment("4,00", "Cheque", today, "1234567", key));
            Assert.Equal((HttpStatusCode.Redirect, $"{page}?regle=true"), (posted.StatusCode, posted.RedirectPath()));
        }

        var shown = Text(await gestion.PageAsync($"{page}?regle=true"));
        Assert.Contains("Le règlement est enregistré.", shown, StringComparison.Ordinal);
        Assert.Contains($"{InvoiceMails.Date(Today(portal))} Chèque 1234567 4,00 € {agent}", shown, StringComparison.Ordinal);
        Assert.Contains("Reste à payer 2,10 € À payer", shown, StringComparison.Ordinal);
        var mother = await SignedInAsync(portal, family.UserNames[0]);
        Assert.Contains("6,10 € reste 2,10 €", Text(await mother.PageAsync(InvoicingModule.ParentPath)), StringComparison.Ordinal);
        Assert.Contains("Payer en ligne 2,10 €", Text(await mother.PageAsync(InvoicingModule.ParentPath)), StringComparison.Ordinal);

        using (var cash = await gestion.SubmitAsync(page, "reglement", Payment("2,10", "Especes", today)))
        {
            Assert.Equal(HttpStatusCode.Redirect, cash.StatusCode);
        }

        var payments = await QueryAsync(portal, db => db.InvoicePayments.AsNoTracking().Where(p => p.InvoiceId == invoice.Id).OrderBy(p => p.RecordedAt).ToListAsync());
        Assert.Equal([(InvoicePaymentMode.Cheque, 4.00m, "1234567"), (InvoicePaymentMode.Especes, 2.10m, (string?)null)], payments.Select(p => (p.Mode, p.Amount, p.Reference)));
        Assert.All(payments, p => Assert.Equal((invoice.FamilyId, invoice.UserId), (p.FamilyId, p.UserId)));
        Assert.NotNull(Assert.Single(await InvoicesAsync(portal, family.UserNames[0])).PaidAt);
        Assert.Contains($"6,10 € {InvoiceMails.Date(invoice.DueDate)} Payée", Text(await mother.PageAsync(InvoicingModule.ParentPath)), StringComparison.Ordinal);
        var settlements = Text(await mother.PageAsync(BillingHistoryModule.SettlementsPath));
        Assert.Contains($"Règlement Chèque Facture {invoice.Number} (réf. 1234567) 4,00 €", settlements, StringComparison.Ordinal);
        Assert.Contains($"Règlement Espèces Facture {invoice.Number} 2,10 €", settlements, StringComparison.Ordinal);
        var paid = Text(await gestion.PageAsync(page));
        Assert.Contains("Reste à payer 0,00 € Payée", paid, StringComparison.Ordinal);
        Assert.DoesNotContain("Enregistrer un règlement", paid, StringComparison.Ordinal);
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);
        var journal = Text(await admin.PageAsync("/admin/journal"));
        Assert.Contains($"Facture {invoice.Number} ({invoice.HolderName}, {invoice.FamilyReference}) : 4,00 € en chèque (référence 1234567) le {InvoiceMails.Date(Today(portal))} ; reste à payer 2,10 €.", journal, StringComparison.Ordinal);
        Assert.Contains("2,10 € en espèces", journal, StringComparison.Ordinal);

        // A parent never reaches the gestionnaires' pages.
        using var forbidden = await mother.GetAsync(page);
        Assert.NotEqual(HttpStatusCode.OK, forbidden.StatusCode);
    }

    [Fact]
    public async Task A_credit_note_on_a_line_lowers_what_is_left_the_parent_sees_it_and_a_double_click_issues_it_once()
    {
        var (family, _, _, invoice) = await InvoicedAsync(portal, new DateOnly(2030, 4, 1));
        var (gestion, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var page = InvoicingGestion.InvoicePath(invoice.Id);
        var line = invoice.Lines.OrderBy(l => l.Day).First();

        var noReason = await gestion.SubmitForPageAsync(page, "avoir", new Dictionary<string, string> { ["Credit.Key"] = Guid.NewGuid().ToString(), ["Credit.Amount"] = "1,00" });
        Assert.Contains("<span class=\"field-error\" id=\"Reason-erreur\">Indiquez le motif de l'avoir : la famille le lit sur l'avoir.</span>", noReason, StringComparison.Ordinal);
        var both = await gestion.SubmitForPageAsync(page, "avoir", new Dictionary<string, string> { ["Credit.Key"] = Guid.NewGuid().ToString(), ["Credit.Amount"] = "1,00", ["Lines"] = $"{line.Id}", ["Credit.Reason"] = "Repas non servi" });
        Assert.Contains("Cochez des lignes ou indiquez un montant, pas les deux.", both, StringComparison.Ordinal);
        var tooMuch = await gestion.SubmitForPageAsync(page, "avoir", new Dictionary<string, string> { ["Credit.Key"] = Guid.NewGuid().ToString(), ["Credit.Amount"] = "6,20", ["Credit.Reason"] = "Trop" });
        Assert.Contains("L'avoir dépasse ce que les avoirs ont laissé de la facture : 6,10 € au plus.", tooMuch, StringComparison.Ordinal);

        var key = Guid.NewGuid().ToString();
        string? location = null;
        foreach (var _ in new[] { 1, 2 })
        {
            using var posted = await gestion.SubmitAsync(page, "avoir", new Dictionary<string, string> { ["Credit.Key"] = key, ["Lines"] = $"{line.Id}", ["Credit.Reason"] = "Repas non servi" });
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            Assert.Equal(location ??= posted.RedirectPath(), posted.RedirectPath());
        }

        var note = Assert.Single(await InvoicesAsync(portal, family.UserNames[0]), i => i.Kind == InvoiceKind.Avoir);
        Assert.Equal((3.05m, invoice.Id), (note.Total, note.CreditedInvoiceId));
        Assert.Equal($"Repas non servi ({line.ChildName}, RESTAURATION du {InvoiceMails.Date(line.Day!.Value)})", note.Reason);
        Assert.Contains($"Avoir sur la facture {invoice.Number} : Repas non servi", await PdfTextAsync(portal, note), StringComparison.Ordinal);
        var shown = Text(await gestion.PageAsync(location!));
        Assert.Contains($"L'avoir {note.Number} est émis : la famille le voit dans « Facturation ».", shown, StringComparison.Ordinal);
        Assert.Contains("Reste à payer 3,05 € À payer", shown, StringComparison.Ordinal);

        var mother = await SignedInAsync(portal, family.UserNames[0]);
        var facturation = Text(await mother.PageAsync(InvoicingModule.ParentPath));
        Assert.Contains($"Avoir {note.Number}", facturation, StringComparison.Ordinal);
        Assert.Contains("6,10 € reste 3,05 €", facturation, StringComparison.Ordinal);
        Assert.Contains("Payer en ligne 3,05 €", facturation, StringComparison.Ordinal);
        using (var pdf = await mother.GetAsync(InvoicingModule.PdfPath(note.Id)))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        }

        var father = await SignedInAsync(portal, family.UserNames[1]);
        Assert.DoesNotContain(note.Number, await father.PageAsync(InvoicingModule.ParentPath), StringComparison.Ordinal);
        var (admin, _) = await portal.SignedInStaffAsync(Roles.Admin);
        Assert.Contains($"Avoir {note.Number} de 3,05 € sur la facture {invoice.Number}", Text(await admin.PageAsync("/admin/journal")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_gestionnaires_recording_payments_at_once_never_record_more_than_is_left()
    {
        var (_, _, _, invoice) = await InvoicedAsync(portal, new DateOnly(2030, 5, 1));
        var today = Today(portal);

        // 4,00 € twice on 6,10 €: the second waits for the first's lock, then finds 2,10 € left.
        var results = await Task.WhenAll(RecordAsync(invoice.Id, "4,00", Guid.NewGuid(), today), RecordAsync(invoice.Id, "4,00", Guid.NewGuid(), today));
        Assert.Single(results, r => r.Count == 0);
        Assert.Equal("Le montant dépasse ce qui reste à payer : 2,10 €.", Assert.Single(results.Single(r => r.Count > 0)).ErrorMessage);

        // The same form posted twice at once: one payment.
        var key = Guid.NewGuid();
        var twice = await Task.WhenAll(RecordAsync(invoice.Id, "2,10", key, today), RecordAsync(invoice.Id, "2,10", key, today));
        Assert.All(twice, r => Assert.Empty(r));
        var payments = await QueryAsync(portal, db => db.InvoicePayments.AsNoTracking().Where(p => p.InvoiceId == invoice.Id).Select(p => p.Amount).ToListAsync());
        Assert.Equal(6.10m, payments.Sum());
        Assert.Equal(2, payments.Count);
        Assert.NotNull((await QueryAsync(portal, db => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoice.Id))).PaidAt);
    }

    private async Task<IReadOnlyList<System.ComponentModel.DataAnnotations.ValidationResult>> RecordAsync(long invoiceId, string amount, Guid key, DateOnly day)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var input = new MairiePaymentInput { Amount = amount, Mode = InvoicePaymentMode.Especes, PaidOn = day, Key = key };
        return await scope.ServiceProvider.GetRequiredService<MairiePayments>().RecordAsync(invoiceId, input, "Agent de test", CancellationToken.None);
    }
}
