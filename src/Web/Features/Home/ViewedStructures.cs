using System.Globalization;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Home;

/// <summary>
/// The structure a parent chose in the header ("Structure affichée"): the header's form sends <c>?structure=</c> to the
/// home page, which keeps the choice in a cookie for the next pages. Only the family's own active structures can be
/// chosen; anything else means all of them. Read once per request (the layout and the page share it), through its own
/// scope: the layout initialises while the page does, and the request's DbContext serves one of them at a time.
/// </summary>
internal sealed class ViewedStructures(IServiceScopeFactory scopes)
{
    public const string QueryName = "structure";
    private const string CookieName = "df-structure";

    private Task<StructureChoice>? choice;

    public Task<StructureChoice> GetAsync(HttpContext http) => choice ??= ReadAsync(http);

    private async Task<StructureChoice> ReadAsync(HttpContext http)
    {
        if (http.User.GetFamilyId() is not { } familyId)
        {
            return StructureChoice.None;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structures = await db.Enrolments.AsNoTracking().Where(e => e.Child!.FamilyId == familyId && e.Structure!.IsActive)
            .Select(e => e.Structure!).Distinct().OrderBy(s => s.Name).ToListAsync(http.RequestAborted);
        var asked = http.Request.Query.TryGetValue(QueryName, out var query);
        var value = asked ? query.ToString() : http.Request.Cookies[CookieName];
        int? selected = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && structures.Any(s => s.Id == id) ? id : null;
        if (asked && !http.Response.HasStarted)
        {
            if (selected is { } kept)
            {
                http.Response.Cookies.Append(CookieName, kept.ToString(CultureInfo.InvariantCulture),
                    new CookieOptions { HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
            }
            else
            {
                http.Response.Cookies.Delete(CookieName);
            }
        }

        return new StructureChoice(structures, selected);
    }
}
