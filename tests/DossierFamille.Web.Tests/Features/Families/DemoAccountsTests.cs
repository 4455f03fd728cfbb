using System.Net;
using System.Text.RegularExpressions;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DossierFamille.Web.Tests.Features.Families;

/// <summary>The demo logins the README publishes are the ones seeded, and the portal's own password rules accept them.</summary>
public sealed partial class DemoAccountsTests(DemoAccountsTests.DemoPortal portal) : IClassFixture<DemoAccountsTests.DemoPortal>
{
    [Fact]
    public async Task Every_demo_login_of_the_README_signs_in_with_its_published_password()
    {
        // The seeder creates the accounts through Identity's validators (zxcvbn included): a refused password stops the start.
        var logins = DemoLogins(await File.ReadAllTextAsync(ReadmePath())).ToList();
        Assert.Equal(7, logins.Count);

        foreach (var (userName, password) in logins)
        {
            var client = PortalClient.For(portal);
            using var response = await client.LoginAsync(userName, password);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} with the README's password: {(int)response.StatusCode}");
            Assert.NotEqual("/connexion", response.RedirectPath());
        }
    }

    /// <summary>The rows of the README's "Demo logins" table: identifiants in backquotes, then the password.</summary>
    private static IEnumerable<(string UserName, string Password)> DemoLogins(string readme)
    {
        var section = readme[readme.IndexOf("### Demo logins", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("### ", 4, StringComparison.Ordinal)];
        foreach (Match row in LoginRow().Matches(section))
        {
            foreach (Match user in Quoted().Matches(row.Groups["users"].Value))
            {
                yield return (user.Groups[1].Value, row.Groups["password"].Value);
            }
        }
    }

    private static string ReadmePath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DossierFamille.sln")))
            {
                return Path.Combine(folder.FullName, "README.md");
            }
        }

        throw new InvalidOperationException("README.md not found above the test's folder.");
    }

    [GeneratedRegex(@"^\| (?<users>`[^|]+) \| `(?<password>[^`]+)`", RegexOptions.Multiline)]
    private static partial Regex LoginRow();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();

    /// <summary>The portal as `dotnet run` starts it: Development, with the demo data.</summary>
    public sealed class DemoPortal : SqlitePortal
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Database:SeedDemoData", "true")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
