namespace DossierFamille.Web.Features.Contacts;

/// <summary>A contact's link with one child: the relationship and what the contact may do.</summary>
public sealed class ChildContact
{
    public int ContactId { get; set; }

    public Contact? Contact { get; set; }

    public int ChildId { get; set; }

    /// <summary>"Grand-mère", "Voisin"…</summary>
    public required string Relationship { get; set; }

    public bool MayPickUp { get; set; }

    public bool EmergencyCall { get; set; }
}
