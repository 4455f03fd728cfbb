namespace DossierFamille.Web.Features.Reservations;

/// <summary>A cart line the final validation refused, kept on the submission so the parent reads why.</summary>
public sealed record RefusedLine(string Child, string Activity, DateOnly Day, BookingRequestKind Kind, string Reason);
