using System.Globalization;
using System.Security.Claims;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Components.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Contacts;

/// <summary>The people a family allows to pick its children up or to call in an emergency.</summary>
internal static class ContactsModule
{
    public const string ContactsPath = "/dossier/contacts";

    public static IServiceCollection AddContacts(this IServiceCollection services) => services.AddScoped<FamilyContacts>();

    public static IEndpointRouteBuilder MapContacts(this IEndpointRouteBuilder app)
    {
        var parent = app.MapGroup(ContactsPath).RequireAuthorization(Roles.Parent);
        parent.MapPost("/", async ([FromForm] string? firstName, [FromForm] string? lastName, [FromForm] string? phone, ClaimsPrincipal user, FamilyContacts contacts, CancellationToken ct) =>
            FormOutcome.Back(ContactsPath, await contacts.AddAsync(user.RequireFamilyId(), firstName, lastName, phone, ct),
                new Dictionary<string, string?> { ["prenom"] = firstName, ["nom"] = lastName, ["tel"] = phone }));
        parent.MapPost("/{id:int}/telephone", async ([FromRoute] int id, [FromForm] string? phone, ClaimsPrincipal user, FamilyContacts contacts, CancellationToken ct) =>
            FormOutcome.Back(ContactsPath, await contacts.ChangePhoneAsync(user.RequireFamilyId(), id, phone, ct)));
        parent.MapPost("/{id:int}/enfants", async ([FromRoute] int id, [FromForm] int childId, [FromForm] string? relationship, [FromForm] bool? mayPickUp, [FromForm] bool? emergencyCall, ClaimsPrincipal user, FamilyContacts contacts, CancellationToken ct) =>
            FormOutcome.Back(ContactsPath, await contacts.LinkAsync(user.RequireFamilyId(), id, childId, relationship, mayPickUp == true, emergencyCall == true, ct),
                new Dictionary<string, string?>
                {
                    ["contact"] = id.ToString(CultureInfo.InvariantCulture),
                    ["enfant"] = childId.ToString(CultureInfo.InvariantCulture),
                    ["lien"] = relationship,
                    ["chercher"] = mayPickUp == true ? "true" : null,
                    ["urgence"] = emergencyCall == true ? "true" : null,
                }));
        parent.MapPost("/{id:int}/enfants/{childId:int}/retirer", async ([FromRoute] int id, [FromRoute] int childId, ClaimsPrincipal user, FamilyContacts contacts, CancellationToken ct) =>
            FormOutcome.Back(ContactsPath, await contacts.UnlinkAsync(user.RequireFamilyId(), id, childId, ct)));
        parent.MapPost("/{id:int}/supprimer", async ([FromRoute] int id, ClaimsPrincipal user, FamilyContacts contacts, CancellationToken ct) =>
            FormOutcome.Back(ContactsPath, await contacts.DeleteAsync(user.RequireFamilyId(), id, ct)));
        return app;
    }
}
