using DossierFamille.Web.Features.Reservations.Gestion;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>A pointage of the month: one child, activity and day, and how the child was marked.</summary>
public sealed record MarkedDay(int ChildId, int ActivityId, DateOnly Day, AttendanceStatus Status);
