using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.BillingState;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Gestion;
using DossierFamille.Web.Features.Wallets;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.BillingState;

/// <summary>
/// "État facturation" on the gestionnaire's fiche famille: separated parents, each account with its own porte-monnaie
/// and invoices; the mother's invoice (two services, partly paid at the mairie, unpaid past its due date; one line issued
/// before lines recorded their activity) is shared between the services in proportion to its lines, she is a debtor; the
/// father has a trop payé and is not.
/// </summary>
public abstract class BillingStateTests<TPortal>(TPortal portal) : IClassFixture<TPortal>
    where TPortal : PortalFactory, IClockedPortal
{
    [Fact]
    public async Task The_gestionnaire_reads_each_separated_parents_balance_per_service_and_in_total()
    {
        var month = new DateOnly(2031, 1, 1);
        var (ecole, centre) = (await CreateSchoolAsync(portal), await CreateSchoolAsync(portal));
        var family = await portal.CreateFamilyAsync(responsables: 2, separated: true);
        var lea = await AddChildAsync(portal, family, ecole, "Léa");
        var tom = await AddChildAsync(portal, family, centre, "Tom");
        await BookAsync(portal, family.UserNames[0], lea, ecole.Restauration, month.AddDays(5), 3.05m);
        await BookAsync(portal, family.UserNames[0], lea, ecole.Restauration, month.AddDays(6), 3.05m);
        await BookAsync(portal, family.UserNames[0], tom, centre.Restauration, month.AddDays(5), 2.00m);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        var invoice = Assert.Single(await InvoicesAsync(portal, family.UserNames[0]));
        var (familyId, mother, father, names) = await QueryAsync(portal, async db =>
        {
            var id = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
            var users = await db.Users.Where(u => family.UserNames.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id);
            var structures = await db.Structures.Where(s => s.Id == ecole.StructureId || s.Id == centre.StructureId).ToDictionaryAsync(s => s.Id, s => s.Name);
            return (id, users[family.UserNames[0]], users[family.UserNames[1]], structures);
        });
        await QueryAsync(portal, async db =>
        {
            // The centre's line as lines were issued before they recorded their activity: its booking tells its service.
            await db.Set<InvoiceLine>().Where(l => l.InvoiceId == invoice.Id && l.Amount == 2.00m).ExecuteUpdateAsync(s => s.SetProperty(l => l.ActivityId, (int?)null));
            db.CreditMovements.Add(new CreditMovement
            {
                FamilyId = familyId, UserId = father, StructureId = centre.StructureId, Kind = CreditMovementKind.CancelledPaidDay, Amount = 3.30m,
                Label = "Jour payé annulé", CreatedAt = DateTimeOffset.UtcNow,
            });
            db.WalletMovements.AddRange(
                Movement(familyId, mother, ecole.StructureId, 20m), Movement(familyId, mother, ecole.StructureId, -1.10m), Movement(familyId, father, ecole.StructureId, 5m));
            db.InvoicePayments.Add(InvoicePayment.AtMairie(Guid.NewGuid(), invoice, invoice.Total, InvoicePaymentMode.Especes, 2m, Today(portal), null, "Agent de test", portal.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        // Twenty days after the due date: late, and past the debtor threshold (15 days).
        portal.Clock.SetUtcNow(new DateTimeOffset(invoice.DueDate.AddDays(20).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

        var state = await ReadAsync(familyId);

        // 8,10 € billed (6,10 € at the école, 2,00 € at the centre), 2,00 € paid: 6,10 € left, shared 4,59 € / 1,51 €.
        Assert.Equal(8.10m, invoice.Total);
        Assert.True(state.ParentsSeparated);
        var hers = state.Accounts[0];
        Assert.Equal((mother, $"Alice Test{family.Reference[2..]}"), (hers.UserId, hers.Holder));
        Assert.Equal(
            [new ServiceBalance(names[centre.StructureId], 0m, 1.51m, 1, invoice.DueDate, 0m), new ServiceBalance(names[ecole.StructureId], 18.90m, 4.59m, 1, invoice.DueDate, 0m)],
            hers.Services.OrderBy(s => s.Service == names[ecole.StructureId]));
        Assert.Equal((18.90m, 6.10m, 0m, 12.80m), (hers.Wallet, hers.UnpaidTotal, hers.Credit, hers.Balance));
        Assert.Equal(6.10m, Assert.Single(hers.Unpaid).Due);
        Assert.Equal(6.10m, hers.Debt?.Total);
        var his = state.Accounts[1];
        Assert.Equal(father, his.UserId);
        Assert.Equal(
            [new ServiceBalance(names[centre.StructureId], 0m, 0m, 0, null, 3.30m), new ServiceBalance(names[ecole.StructureId], 5m, 0m, 0, null, 0m)],
            his.Services.OrderBy(s => s.Service == names[ecole.StructureId]));
        Assert.Equal(8.30m, his.Balance);
        Assert.Empty(his.Unpaid);
        Assert.Null(his.Debt);

        var (gestion, _) = await portal.SignedInStaffAsync(Roles.Gestionnaire);
        var html = await gestion.PageAsync($"/gestion/familles/{familyId}");
        var page = Text(html);
        var due = InvoiceMails.Date(invoice.DueDate);
        Assert.Contains("État facturation", page, StringComparison.Ordinal);
        Assert.Contains($"Compte de {hers.Holder}", page, StringComparison.Ordinal);
        Assert.Contains($"Compte débiteur : 6,10 € en retard (1 facture, échéance la plus ancienne le {due}). Les nouvelles réservations sont refusées jusqu'au règlement.", page, StringComparison.Ordinal);
        Assert.Contains($"{names[ecole.StructureId]} 18,90 € 4,59 € 1 facture, échéance la plus ancienne le {due} 0,00 € 14,31 €", page, StringComparison.Ordinal);
        Assert.Contains($"{names[centre.StructureId]} 0,00 € 1,51 € 1 facture, échéance la plus ancienne le {due} 0,00 € -1,51 €", page, StringComparison.Ordinal);
        Assert.Contains("Total 18,90 € 6,10 € 0,00 € 12,80 €", page, StringComparison.Ordinal);
        Assert.Contains($"Facture {invoice.Number} : reste 6,10 €, échéance le {due} (en retard) – Enregistrer un règlement à la mairie", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{InvoicingGestion.InvoicePath(invoice.Id)}#nouveau-reglement\"", html, StringComparison.Ordinal);
        Assert.Contains($"Compte de {his.Holder} Parents séparés : ces porte-monnaie et ces factures sont ceux de ce compte, l'autre parent ne les voit pas. "
            + $"État facturation du compte de {his.Holder}, par service Service Porte-monnaie Factures à payer Trop payé Solde", page, StringComparison.Ordinal);
        Assert.Contains($"{names[centre.StructureId]} 0,00 € 0,00 € 3,30 € 3,30 €", page, StringComparison.Ordinal);
        Assert.Contains($"{names[ecole.StructureId]} 5,00 € 0,00 € 0,00 € 5,00 €", page, StringComparison.Ordinal);
        Assert.Contains("Total 5,00 € 0,00 € 3,30 € 8,30 €", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "Compte débiteur"));
        Assert.Contains("<th scope=\"row\">Total</th>", html, StringComparison.Ordinal);
    }

    private static WalletMovement Movement(int familyId, string userId, int structureId, decimal amount) => new()
    {
        FamilyId = familyId, UserId = userId, StructureId = structureId, Kind = amount > 0 ? WalletMovementKind.TopUp : WalletMovementKind.Debit,
        Amount = amount, Label = amount > 0 ? "Rechargement par carte bancaire" : "Réservation", CreatedAt = DateTimeOffset.UtcNow,
    };

    private async Task<FamilyBillingState> ReadAsync(int familyId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var family = await db.Families.AsNoTracking().Include(f => f.Responsables).SingleAsync(f => f.Id == familyId);
        return await scope.ServiceProvider.GetRequiredService<BillingStateReader>().ReadAsync(family, CancellationToken.None);
    }
}

public sealed class BillingStateTestsOnSqlite(ClockedSqlitePortal portal) : BillingStateTests<ClockedSqlitePortal>(portal);

public sealed class BillingStateTestsOnPostgreSql(ClockedPostgreSqlPortal portal) : BillingStateTests<ClockedPostgreSqlPortal>(portal);
