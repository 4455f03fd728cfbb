using DossierFamille.Testing;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Families;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>
/// The real portal on a real database of its own (a SQLite file or a fresh PostgreSQL
/// database), sending email over SMTP to the maildev capture started by ./test.sh.
/// </summary>
public abstract class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _name = $"df_{Guid.NewGuid():N}"[..20];

    /// <summary>The public address of the portal under test: the host of the test client.</summary>
    public const string PublicBaseUrl = "http://localhost";

    protected string DatabaseName => _name;

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Extra settings of a test class, e.g. a lower rate limit.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync() => await base.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["Database:ConnectionString"] = ConnectionString,
            ["Database:SeedDemoData"] = "false",
            ["Portal:PublicBaseUrl"] = PublicBaseUrl,
            ["Email:Mode"] = "Smtp",
            ["Email:Host"] = RequiredService.SmtpHost,
            ["Email:Port"] = RequiredService.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:PollInterval"] = "00:00:00.200",
            ["Accounts:PostsPerMinute"] = "1000",
            ["Blobs:Provider"] = "Azure",
            ["Blobs:ConnectionString"] = RequiredService.Azurite,
            ["Blobs:Container"] = $"portal-{_name.Replace("_", "-", StringComparison.Ordinal)}",
            ["Antivirus:Host"] = RequiredService.Clamd.Split(':')[0],
            ["Antivirus:Port"] = RequiredService.Clamd.Split(':')[1],
            ["Workflows:PollInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Creates an onboarded staff account (Gestionnaire or Admin) and returns its identifiant.</summary>
    public async Task<string> CreateStaffAsync(string role)
    {
        var userName = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}"[..24];
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = $"Agent {userName}", Email = $"{userName}@mairie.example", EmailConfirmed = true };
        var result = await users.CreateAsync(user, TestFamily.Password);
        result = result.Succeeded ? await users.AddToRoleAsync(user, role) : result;
        Assert.True(result.Succeeded, string.Join(' ', result.Errors.Select(e => e.Description)));
        await AcceptLegalTextsAsync(scope.ServiceProvider, [userName]);
        return userName;
    }

    /// <summary>A client signed in as a new staff account, and the name the audit log records for it.</summary>
    public async Task<(PortalClient Client, string DisplayName)> SignedInStaffAsync(string role)
    {
        var userName = await CreateStaffAsync(role);
        var client = PortalClient.For(this);
        await client.SignInAsync(userName, TestFamily.Password);
        return (client, $"Agent {userName}");
    }

    public async Task PublishLegalTextAsync(LegalTextKind kind, string body)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LegalTextPublisher>().PublishAsync(kind, $"{kind} test", body, CancellationToken.None);
    }

    /// <summary>Records acceptance of the current RGPD and CGU texts, as an onboarded user has.</summary>
    public async Task AcceptLegalTextsAsync(IEnumerable<string> userNames)
    {
        await using var scope = Services.CreateAsyncScope();
        await AcceptLegalTextsAsync(scope.ServiceProvider, userNames);
    }

    private static async Task AcceptLegalTextsAsync(IServiceProvider services, IEnumerable<string> userNames)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var names = userNames.ToList();
        var ids = await db.Users.Where(u => names.Contains(u.UserName!)).Select(u => u.Id).ToListAsync();
        var texts = await db.LegalTexts.ToListAsync();
        foreach (var id in ids)
        {
            db.LegalAcceptances.AddRange(texts.Select(t => new LegalAcceptance { UserId = id, Kind = t.Kind, Version = t.Version, AcceptedAt = DateTimeOffset.UtcNow }));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Makes sure a campaign is open today and gives the family a child enrolled in a structure.</summary>
    public async Task<int> AddChildAsync(TestFamily family, string firstName = "Zoé")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.OpensOn <= today && c.ClosesOn >= today);
        if (campaign is null)
        {
            campaign = new Web.Features.Commune.Campaign { SchoolYear = $"{today.Year}-{today.Year + 1}", OpensOn = today.AddDays(-30), ClosesOn = today.AddDays(200) };
            db.Campaigns.Add(campaign);
        }

        var structure = await db.Structures.FirstOrDefaultAsync() ?? db.Structures.Add(new Web.Features.Commune.Structure { Name = "École de test" }).Entity;
        var familyId = await db.Families.Where(f => f.Reference == family.Reference).Select(f => f.Id).SingleAsync();
        var child = new Child { FamilyId = familyId, FirstName = firstName, LastName = family.Reference, BirthDate = new DateOnly(2018, 5, 4) };
        child.Enrolments.Add(new Enrolment { Structure = structure, Campaign = campaign });
        db.Children.Add(child);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another test class created today's campaign at the same moment: use it.
            db.ChangeTracker.Clear();
            return await AddChildAsync(family, firstName);
        }

        return child.Id;
    }

    /// <summary>Creates a family whose responsables log in with the returned credentials.</summary>
    public async Task<TestFamily> CreateFamilyAsync(bool mustChangePassword = false, int responsables = 1, bool separated = false)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var people = Enumerable.Range(1, responsables).Select(i => new NewResponsable(
            i == 1 ? ResponsableQuality.Mere : ResponsableQuality.Pere,
            i == 1 ? "Alice" : "Bruno",
            $"Test{id}",
            $"parent{i}.{id}@test.example",
            $"parent{i}.{id}",
            TestFamily.Password)).ToList();
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<FamilyAccounts>();
        var result = await accounts.CreateAsync([new NewFamily($"T-{id}", $"TEST{id}", separated, people)], mustChangePassword, CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
        if (!mustChangePassword)
        {
            await AcceptLegalTextsAsync(scope.ServiceProvider, people.Select(p => p.UserName));
        }

        return new TestFamily($"T-{id}", [.. people.Select(p => p.UserName)], [.. people.Select(p => p.Email!)]);
    }
}

public class SqlitePortal : PortalFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"dossierfamille-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={_file}";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
        File.Delete(_file + ".startup-lock");
    }
}

public class PostgreSqlPortal : PortalFactory
{
    protected override string Provider => "PostgreSql";

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(RequiredService.Postgres) { Database = DatabaseName }.ToString();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(RequiredService.Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
