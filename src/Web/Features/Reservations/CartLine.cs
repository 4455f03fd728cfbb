namespace DossierFamille.Web.Features.Reservations;

/// <summary>A change waiting in an account's cart (survives a reload, another tab, another device).</summary>
public sealed class CartLine
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public int FamilyId { get; set; }

    public int ChildId { get; set; }

    public int ActivityId { get; set; }

    public DateOnly Day { get; set; }

    public BookingRequestKind Kind { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
