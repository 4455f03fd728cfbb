using System.Text;
using DossierFamille.Storage.Blobs;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DossierFamille.Web.Tests.Features.Invoicing;

internal static class InvoicingSteps
{
    /// <summary>A booking of <paramref name="userName"/>'s account as the processing left it, with the price recorded at validation; <paramref name="minute"/> orders who booked last.</summary>
    public static async Task BookAsync(PortalFactory portal, string userName, int childId, int activityId, DateOnly day, decimal? price, BookingState state = BookingState.Acceptee, int minute = 0)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = await UserIdAsync(db, userName);
        var familyId = await db.Children.Where(c => c.Id == childId).Select(c => c.FamilyId).SingleAsync();
        db.Bookings.Add(new Booking { FamilyId = familyId, ChildId = childId, ActivityId = activityId, Day = day, State = state, UserId = userId, Price = price, UpdatedAt = new DateTimeOffset(2030, 1, 1, 0, minute, 0, TimeSpan.Zero) });
        await db.SaveChangesAsync();
    }

    /// <summary>A gestionnaire's pointage of the child on the day.</summary>
    public static async Task MarkAsync(PortalFactory portal, int childId, int activityId, DateOnly day, AttendanceStatus status)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var familyId = await db.Children.Where(c => c.Id == childId).Select(c => c.FamilyId).SingleAsync();
        db.Attendances.Add(new Attendance { ChildId = childId, ActivityId = activityId, Day = day, FamilyId = familyId, Status = status, MarkedAt = DateTimeOffset.UtcNow, MarkedBy = "Agent de test" });
        await db.SaveChangesAsync();
    }

    public static async Task SetPaymentModeAsync(PortalFactory portal, int activityId, PaymentMode mode)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ActivityBillings.Add(new ActivityBilling { ActivityId = activityId, PaymentMode = mode });
        await db.SaveChangesAsync();
    }

    /// <summary>The account's invoices and credit notes with their lines, oldest first.</summary>
    public static async Task<List<Invoice>> InvoicesAsync(PortalFactory portal, string userName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = await UserIdAsync(db, userName);
        return await db.Invoices.AsNoTracking().Include(i => i.Lines).Where(i => i.UserId == userId).OrderBy(i => i.Id).ToListAsync();
    }

    /// <summary>Every number of a series and year, in order.</summary>
    public static async Task<List<string>> NumbersAsync(PortalFactory portal, InvoiceKind kind, int year)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var prefix = $"{InvoiceNumber.SeriesOf(kind)}{year}-";
        return [.. (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Invoices.AsNoTracking().Where(i => i.Number.StartsWith(prefix)).Select(i => i.Number).ToListAsync()).Order(StringComparer.Ordinal)];
    }

    /// <summary>The text of the invoice's PDF, read back from the blob store with PdfPig, pages joined.</summary>
    public static async Task<string> PdfTextAsync(PortalFactory portal, Invoice invoice)
    {
        Assert.NotNull(invoice.PdfBlobName);
        await using var scope = portal.Services.CreateAsyncScope();
        await using var blob = await scope.ServiceProvider.GetRequiredService<IBlobStore>().OpenReadAsync(invoice.PdfBlobName!);
        Assert.NotNull(blob);
        using var copy = new MemoryStream();
        await blob!.Content.CopyToAsync(copy);
        return PdfText(copy.ToArray());
    }

    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            // Words joined by single spaces, as the line reads.
            text.AppendJoin(' ', page.GetWords().Select(w => w.Text)).Append('\n');
        }

        return text.ToString();
    }

    public static async Task<T> QueryAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static Task<string> UserIdAsync(AppDbContext db, string userName) => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
}
