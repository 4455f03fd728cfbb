using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DossierFamille.Web.Tests.Features.Invoicing.InvoicingSteps;
using static DossierFamille.Web.Tests.Features.Reservations.ReservationSteps;

namespace DossierFamille.Web.Tests.Features.Invoicing;

/// <summary>Issuers at the same moment on PostgreSQL (two nodes, two gestionnaires): one set of invoices, numbers without gaps or duplicates.</summary>
public sealed class InvoicingConcurrencyTests(ClockedPostgreSqlPortal portal) : IClassFixture<ClockedPostgreSqlPortal>
{
    [Fact]
    public async Task Two_runs_started_at_once_issue_one_invoice_per_account_numbered_without_gaps()
    {
        var month = new DateOnly(2030, 5, 1);
        var school = await CreateSchoolAsync(portal);
        var families = new List<TestFamily>();
        for (var i = 0; i < 8; i++)
        {
            var family = await portal.CreateFamilyAsync();
            var child = await AddChildAsync(portal, family, school, "Noa");
            foreach (var day in new[] { 6, 7, 9 })
            {
                await BookAsync(portal, family.UserName, child, school.Restauration, month.AddDays(day), 3.05m);
            }

            families.Add(family);
        }

        var runs = await Task.WhenAll(RunAsync(month), RunAsync(month));

        Assert.All(runs, r => Assert.True(r.Finished));
        Assert.Equal(8, runs.Sum(r => r.Issued));
        foreach (var family in families)
        {
            var invoice = Assert.Single(await InvoicesAsync(portal, family.UserName));
            Assert.Equal((month, 9.15m, 3), (invoice.Month!.Value, invoice.Total, invoice.Lines.Count));
            Assert.NotNull(invoice.PdfBlobName);
        }

        var year = Today(portal).Year;
        var numbers = await NumbersAsync(portal, InvoiceKind.Facture, year);
        Assert.Equal(Enumerable.Range(1, numbers.Count).Select(n => new InvoiceNumber(InvoiceKind.Facture, year, n).ToString()), numbers);
    }

    [Fact]
    public async Task Numbers_taken_at_once_follow_each_other_without_gap_or_duplicate_when_some_issuers_roll_back()
    {
        const int year = 2099;
        var committed = new List<int>();
        await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var counters = scope.ServiceProvider.GetRequiredService<InvoiceCounters>();
            await counters.EnsureAsync(InvoiceKind.Avoir, year, CancellationToken.None);
            try
            {
                await db.InTransactionAsync(async () =>
                {
                    var number = await counters.TakeAsync(InvoiceKind.Avoir, year, 1, CancellationToken.None);
                    await Task.Delay(5);
                    if (i % 3 == 0)
                    {
                        throw new InvalidOperationException("The issuer fails before its commit.");
                    }

                    lock (committed)
                    {
                        committed.Add(number.Sequence);
                    }
                }, CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // Rolled back: its number goes back to the counter.
            }
        }));

        Assert.Equal(Enumerable.Range(1, 16), committed.Order());
        Assert.Equal(16, await QueryAsync(portal, db => db.InvoiceCounters.Where(c => c.Series == "A" && c.Year == year).Select(c => c.Last).SingleAsync()));
    }

    [Fact]
    public async Task Two_credit_notes_at_once_on_one_invoice_never_give_back_more_than_it_and_are_numbered_in_their_own_series()
    {
        var month = new DateOnly(2030, 4, 1);
        var school = await CreateSchoolAsync(portal);
        var family = await portal.CreateFamilyAsync();
        var child = await AddChildAsync(portal, family, school, "Zoé");
        await BookAsync(portal, family.UserName, child, school.Restauration, month.AddDays(2), 5.00m);
        await BookAsync(portal, family.UserName, child, school.Restauration, month.AddDays(3), 5.00m);
        await RunAsync(month);
        var invoice = Assert.Single(await InvoicesAsync(portal, family.UserName));

        var attempts = await Task.WhenAll(CreditAsync(invoice.Id, 6.00m), CreditAsync(invoice.Id, 6.00m));

        var note = Assert.Single(attempts, a => a is not null)!;
        Assert.Equal((InvoiceKind.Avoir, invoice.Id, 6.00m), (note.Kind, note.CreditedInvoiceId!.Value, note.Total));
        Assert.StartsWith($"A{Today(portal).Year}-", note.Number, StringComparison.Ordinal);
        var notes = (await InvoicesAsync(portal, family.UserName)).Where(i => i.Kind == InvoiceKind.Avoir).ToList();
        Assert.Equal(note.Number, Assert.Single(notes).Number);
        Assert.NotNull(notes[0].PdfBlobName);
        Assert.Contains($"Avoir sur la facture {invoice.Number} : Repas non servi", await PdfTextAsync(portal, notes[0]), StringComparison.Ordinal);
        Assert.Equal(10.00m, (await InvoicesAsync(portal, family.UserName)).Single(i => i.Id == invoice.Id).Total);
    }

    private async Task<MonthlyInvoicing.Progress> RunAsync(DateOnly month)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MonthlyInvoicing>().RunAsync(month, null, TimeSpan.FromMinutes(5), CancellationToken.None);
    }

    private async Task<Invoice?> CreditAsync(long invoiceId, decimal amount)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        try
        {
            return await scope.ServiceProvider.GetRequiredService<CreditNotes>().IssueAsync(invoiceId, amount, "Repas non servi", "Agent de test", null, CancellationToken.None);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
