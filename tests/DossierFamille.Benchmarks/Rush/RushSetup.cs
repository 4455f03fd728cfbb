using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reservations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Benchmarks.Rush;

/// <summary>Creates the school, its two activities (capacity below the demand) and the families, through the portal's own services.</summary>
internal static class RushSetup
{
    public const string Password = "Rentree-Cantine-2027!";
    private const int FamiliesPerBatch = 100;

    public static async Task<RushSchool> CreateAsync(IServiceProvider services, int parents, DateOnly month)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = new Structure { Name = "École de la Rentrée", Kind = StructureKind.Ecole };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        // Demand per day is one child per family on each activity: half of them get the canteen, a quarter the APS.
        var canteen = new BookableActivity { StructureId = structure.Id, Name = "RESTAURATION", StartsAt = new(11, 30), EndsAt = new(13, 20), CapacityPerDay = Math.Max(1, parents / 2), ProcessingMode = BookingProcessingMode.Immediate };
        var aps = new BookableActivity { StructureId = structure.Id, Name = "APS MATIN", StartsAt = new(7, 30), EndsAt = new(8, 20), CapacityPerDay = Math.Max(1, parents / 4), ProcessingMode = BookingProcessingMode.Immediate };
        db.Activities.AddRange(canteen, aps);
        var year = BookingRules.SchoolYearOf(month);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.SchoolYear == year);
        if (campaign is null)
        {
            var start = int.Parse(year[..4], System.Globalization.CultureInfo.InvariantCulture);
            campaign = new Campaign { SchoolYear = year, OpensOn = new DateOnly(start, 6, 1), ClosesOn = new DateOnly(start + 1, 6, 30) };
            db.Campaigns.Add(campaign);
        }

        await db.SaveChangesAsync();
        var batches = Enumerable.Range(0, (parents + FamiliesPerBatch - 1) / FamiliesPerBatch)
            .Select(b => Enumerable.Range(b * FamiliesPerBatch, Math.Min(FamiliesPerBatch, parents - (b * FamiliesPerBatch))).ToList()).ToList();
        var families = new List<RushFamily>();
        foreach (var pair in batches.Chunk(2))
        {
            foreach (var created in await Task.WhenAll(pair.Select(batch => CreateFamiliesAsync(services, batch, structure.Id, campaign.Id))))
            {
                families.AddRange(created);
            }
        }

        return new RushSchool(structure.Id, canteen.Id, aps.Id, families);
    }

    /// <summary>Accounts as the mairie's import makes them, two children enrolled each, the legal texts accepted (as after a first login).</summary>
    private static async Task<List<RushFamily>> CreateFamiliesAsync(IServiceProvider services, List<int> numbers, int structureId, int campaignId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var requests = numbers.Select(i => new NewFamily($"R-{i:00000}", $"RUSH{i:00000}", false,
            [new NewResponsable(ResponsableQuality.Mere, "Camille", $"Rush{i:00000}", $"parent.{i:00000}@rush.example", $"parent.{i:00000}", Password)])).ToList();
        var result = await scope.ServiceProvider.GetRequiredService<FamilyAccounts>().CreateAsync(requests, mustChangePassword: false, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }

        var references = requests.Select(r => r.Reference).ToList();
        var familyIds = await db.Families.Where(f => references.Contains(f.Reference)).ToDictionaryAsync(f => f.Reference, f => f.Id);
        var children = new List<(string UserName, Child Elder, Child Younger)>();
        foreach (var request in requests)
        {
            var elder = Child(familyIds[request.Reference], "Léa", request.Name, 2017, structureId, campaignId);
            var younger = Child(familyIds[request.Reference], "Hugo", request.Name, 2020, structureId, campaignId);
            db.Children.AddRange(elder, younger);
            children.Add((request.Responsables[0].UserName, elder, younger));
        }

        var userNames = requests.Select(r => r.Responsables[0].UserName).ToList();
        var userIds = await db.Users.Where(u => userNames.Contains(u.UserName!)).Select(u => u.Id).ToListAsync();
        var texts = await db.LegalTexts.ToListAsync();
        db.LegalAcceptances.AddRange(userIds.SelectMany(id => texts.Select(t => new LegalAcceptance { UserId = id, Kind = t.Kind, Version = t.Version, AcceptedAt = DateTimeOffset.UtcNow })));
        await db.SaveChangesAsync();
        return [.. children.Select(c => new RushFamily(c.UserName, c.Elder.Id, c.Younger.Id))];
    }

    private static Child Child(int familyId, string firstName, string lastName, int born, int structureId, int campaignId)
    {
        var child = new Child { FamilyId = familyId, FirstName = firstName, LastName = lastName, BirthDate = new DateOnly(born, 4, 12) };
        child.Enrolments.Add(new Enrolment { StructureId = structureId, CampaignId = campaignId });
        return child;
    }
}
