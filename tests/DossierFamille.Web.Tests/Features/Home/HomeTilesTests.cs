using DossierFamille.Web.Tests.Infrastructure;

namespace DossierFamille.Web.Tests.Features.Home;

/// <summary>The parent's home leads to what the portal offers today.</summary>
public sealed class HomeTilesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task The_bookings_tile_leads_to_the_booking_pages_and_the_children_to_their_details()
    {
        var family = await portal.CreateFamilyAsync();
        await portal.AddChildAsync(family, "Lina");
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);

        var home = await parent.PageAsync("/");

        Assert.Contains("<a class=\"tile\" href=\"/reservations\"><h2>Réservations</h2>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("La réservation des activités ouvrira", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/enfants\"", home, StringComparison.Ordinal);
    }
}
