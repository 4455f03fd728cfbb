using DossierFamille.Web.Features.Families;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>What the rules need to know about one child over a range of days, loaded at once; the cart follows the changes made with it.</summary>
public sealed record ChildBookingData(
    Child Child,
    IReadOnlyList<BookableActivity> Activities,
    IReadOnlySet<(int StructureId, string SchoolYear)> Enrolments,
    IReadOnlySet<string> CompleteYears,
    IReadOnlyList<Booking> Bookings,
    List<CartLine> Cart);
