using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Contacts;

/// <summary>
/// A family's contacts and their links with its children. Every method takes the caller's
/// family and never reaches another's. Methods return a French error, or null once saved.
/// </summary>
internal sealed class FamilyContacts(AppDbContext db)
{
    public Task<List<Contact>> ListAsync(int familyId, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking().Include(c => c.Children).Where(c => c.FamilyId == familyId)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ToListAsync(cancellationToken);

    /// <summary>The contacts of one child with their link; the caller has checked the child is one it may see.</summary>
    public Task<List<ChildContact>> ForChildAsync(int childId, CancellationToken cancellationToken) =>
        db.ChildContacts.AsNoTracking().Include(l => l.Contact).Where(l => l.ChildId == childId)
            .OrderBy(l => l.Contact!.LastName).ThenBy(l => l.Contact!.FirstName).ToListAsync(cancellationToken);

    public async Task<string?> AddAsync(int familyId, string? firstName, string? lastName, string? phone, CancellationToken cancellationToken)
    {
        firstName = firstName?.Trim();
        lastName = lastName?.Trim();
        if (string.IsNullOrEmpty(firstName) || string.IsNullOrEmpty(lastName) || firstName.Length > 100 || lastName.Length > 100)
        {
            return "Indiquez le prénom et le nom du contact.";
        }

        if (PhoneError(phone) is { } error)
        {
            return error;
        }

        if (await db.Contacts.AnyAsync(c => c.FamilyId == familyId && c.FirstName == firstName && c.LastName == lastName, cancellationToken))
        {
            return $"{firstName} {lastName} fait déjà partie de vos contacts.";
        }

        db.Contacts.Add(new Contact { FamilyId = familyId, FirstName = firstName, LastName = lastName, Phone = phone!.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Changes the phone; the name stays (a different person is a new contact).</summary>
    public async Task<string?> ChangePhoneAsync(int familyId, int contactId, string? phone, CancellationToken cancellationToken)
    {
        if (PhoneError(phone) is { } error)
        {
            return error;
        }

        var contact = await FindAsync(familyId, contactId, cancellationToken);
        if (contact is null)
        {
            return NotFound;
        }

        contact.Phone = phone!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Links the contact with one of the family's children, or updates the link.</summary>
    public async Task<string?> LinkAsync(int familyId, int contactId, int childId, string? relationship, bool mayPickUp, bool emergencyCall, CancellationToken cancellationToken)
    {
        relationship = relationship?.Trim();
        if (string.IsNullOrEmpty(relationship) || relationship.Length > 60)
        {
            return "Indiquez le lien du contact avec l'enfant (grand-mère, voisin…).";
        }

        if (!mayPickUp && !emergencyCall)
        {
            return "Indiquez si le contact peut venir chercher l'enfant, être appelé en cas d'urgence, ou les deux.";
        }

        var contact = await FindAsync(familyId, contactId, cancellationToken);
        if (contact is null || !await db.Children.AnyAsync(c => c.Id == childId && c.FamilyId == familyId, cancellationToken))
        {
            return NotFound;
        }

        var link = contact.Children.SingleOrDefault(l => l.ChildId == childId);
        if (link is null)
        {
            contact.Children.Add(link = new ChildContact { ChildId = childId, Relationship = relationship });
        }

        link.Relationship = relationship;
        link.MayPickUp = mayPickUp;
        link.EmergencyCall = emergencyCall;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> UnlinkAsync(int familyId, int contactId, int childId, CancellationToken cancellationToken)
    {
        var contact = await FindAsync(familyId, contactId, cancellationToken);
        if (contact?.Children.SingleOrDefault(l => l.ChildId == childId) is not { } link)
        {
            return NotFound;
        }

        db.ChildContacts.Remove(link);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Deletes a contact once it is linked with no child any more.</summary>
    public async Task<string?> DeleteAsync(int familyId, int contactId, CancellationToken cancellationToken)
    {
        var contact = await FindAsync(familyId, contactId, cancellationToken);
        if (contact is null)
        {
            return NotFound;
        }

        if (contact.Children.Count > 0)
        {
            return $"Retirez d'abord {contact.FullName} de chaque enfant, puis supprimez le contact.";
        }

        db.Contacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private const string NotFound = "Ce contact ou cet enfant n'existe pas dans votre famille.";

    private Task<Contact?> FindAsync(int familyId, int contactId, CancellationToken cancellationToken) =>
        db.Contacts.Include(c => c.Children).SingleOrDefaultAsync(c => c.Id == contactId && c.FamilyId == familyId, cancellationToken);

    private static string? PhoneError(string? phone) =>
        PhoneNumber.IsValid(phone) ? null : "Le numéro de téléphone du contact n'est pas valide.";
}
