using System.Net;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DossierFamille.Web.Tests.Features.Email;

/// <summary>The development mailbox shows every email written to the folder: staff only, Development only.</summary>
public sealed class DevMailboxTests(DevMailboxTests.DevelopmentPortal portal) : IClassFixture<DevMailboxTests.DevelopmentPortal>
{
    [Fact]
    public async Task Only_signed_in_staff_open_the_development_mailbox()
    {
        var family = await portal.CreateFamilyAsync();
        var parent = PortalClient.For(portal);
        await parent.SignInAsync(family.UserName, TestFamily.Password);
        var gestionnaire = PortalClient.For(portal);
        await gestionnaire.SignInAsync(await portal.CreateStaffAsync(Roles.Gestionnaire), TestFamily.Password);

        using var anonymous = await PortalClient.For(portal).GetAsync("/dev/boite-mail");
        using var forParent = await parent.GetAsync("/dev/boite-mail");

        Assert.Equal(AccountsModule.LoginPath, anonymous.RedirectPath()?.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Forbidden, forParent.StatusCode);
        Assert.Contains("Boîte mail de développement", await gestionnaire.PageAsync("/dev/boite-mail"), StringComparison.Ordinal);
    }

    public sealed class DevelopmentPortal : SqlitePortal
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Email:Mode", "Files"),
            new("Email:FolderPath", Path.Combine(Path.GetTempPath(), $"dossierfamille-mail-{Guid.NewGuid():N}")),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
