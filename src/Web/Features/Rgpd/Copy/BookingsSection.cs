using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Rgpd.Copy;

/// <summary>The children's bookings (shared by the parents); who booked a day is said only when it is this account.</summary>
internal sealed class BookingsSection(AppDbContext db) : ICopySection
{
    public async Task WriteAsync(CopyContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userId = context.Scope.UserId;
        var bookings = await context.Scope.InFamily(db.Bookings.AsNoTracking(), b => b.FamilyId)
            .Join(db.Children, b => b.ChildId, c => c.Id, (b, c) => new { b, Child = c.FirstName + " " + c.LastName })
            .Join(db.Activities, x => x.b.ActivityId, a => a.Id, (x, a) => new { x.b.Day, x.Child, Activity = a.Name, x.b.State, ByYou = x.b.UserId == userId, x.b.UpdatedAt })
            .OrderBy(x => x.Day).ThenBy(x => x.Child).ThenBy(x => x.Activity)
            .ToListAsync(cancellationToken);
        await context.Archive.AddJsonAsync("reservations.json", bookings.Select(b => new { b.Day, b.Child, b.Activity, State = BookingLabels.State(b.State), b.ByYou, b.UpdatedAt }), cancellationToken);
        await context.Archive.AddHtmlAsync("reservations.html", new CopyHtml("Réservations")
            .Table(["Jour", "Enfant", "Activité", "État", "Réservé par"], bookings.Select(b => (IReadOnlyList<string?>)[
                b.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), b.Child, b.Activity, BookingLabels.State(b.State), b.ByYou ? "Vous" : "Un autre responsable de l'enfant"])), cancellationToken);
        context.Summarise("Réservations", $"{bookings.Count} jour(s) réservé(s) ou annulé(s) pour vos enfants.", ("reservations.html", "Lire (reservations.html)"), ("reservations.json", "Données (reservations.json)"));
    }
}
