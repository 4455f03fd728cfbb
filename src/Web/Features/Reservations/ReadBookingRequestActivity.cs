using System.Text.Json.Nodes;
using DossierFamille.Web.Data;
using DossierFamille.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>Loads a validated cart (the workflow's input) into variables for the next activities and emails.</summary>
[Activity("LireDemandeReservation", "Lire la demande de réservation", "Réservations", Description = "Charge la demande validée : variables famille, familleId, destinataires, emailMairie, reservations, annulations, refusees, detail.")]
[ActivityOutcomes("Done")]
internal sealed class ReadBookingRequestActivity : WorkflowActivity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.Services.GetRequiredService<AppDbContext>();
        var id = Guid.Parse(context.WorkflowInput?["demande"]?.GetValue<string>() ?? throw new InvalidOperationException("La demande de réservation n'a pas d'identifiant."));
        var submission = await db.BookingSubmissions.AsNoTracking().SingleAsync(s => s.Id == id, context.CancellationToken);
        var family = await db.Families.AsNoTracking().SingleAsync(f => f.Id == submission.FamilyId, context.CancellationToken);
        var commune = await db.Commune.AsNoTracking().SingleAsync(context.CancellationToken);
        // Only the account that validated is told: who booked is that account's alone.
        var recipient = await db.Responsables.AsNoTracking().Where(r => r.UserId == submission.UserId).Select(r => r.Email).SingleOrDefaultAsync(context.CancellationToken);
        var lines = await db.BookingRequests.AsNoTracking().Where(r => r.SubmissionId == id).OrderBy(r => r.Id)
            .Join(db.Bookings, r => r.BookingId, b => b.Id, (r, b) => new { r.Kind, b.ChildId, b.ActivityId, b.Day })
            .Join(db.Children, x => x.ChildId, c => c.Id, (x, c) => new { x.Kind, x.ActivityId, x.Day, Child = c.FirstName + " " + c.LastName })
            .Join(db.Activities, x => x.ActivityId, a => a.Id, (x, a) => new { x.Kind, x.Day, x.Child, Activity = a.Name })
            .ToListAsync(context.CancellationToken);
        context.SetVariable("famille", JsonValue.Create(family.Name));
        context.SetVariable("familleId", JsonValue.Create(family.Id));
        context.SetVariable("destinataires", JsonValue.Create(recipient ?? string.Empty));
        context.SetVariable("emailMairie", JsonValue.Create(commune.ContactEmail));
        context.SetVariable("reservations", JsonValue.Create(submission.Reservations));
        context.SetVariable("annulations", JsonValue.Create(submission.Cancellations));
        context.SetVariable("refusees", JsonValue.Create((JsonNode.Parse(submission.RefusedJson) as JsonArray)?.Count ?? 0));
        context.SetVariable("detail", JsonValue.Create(string.Join('\n', lines.Select(l =>
            $"{(l.Kind == BookingRequestKind.Reservation ? "Réservation" : "Annulation")} – {l.Activity} – {l.Child} : {BookingFormat.Short(l.Day)}"))));
        return ActivityResult.Done;
    }
}
