namespace DossierFamille.Web.Features.Contacts;

/// <summary>
/// Someone a family allows to pick a child up or to call in an emergency. Reusable across the
/// family's children; the name is fixed once created (a different person is a new contact).
/// </summary>
public sealed class Contact
{
    public int Id { get; set; }

    public int FamilyId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public required string Phone { get; set; }

    public List<ChildContact> Children { get; } = [];

    public string FullName => $"{FirstName} {LastName}";
}
