using DossierFamille.Testing;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DossierFamille.Web.Tests.Features.Payments;

/// <summary>The portal on PostgreSQL and a fake clock, paying through the PayFiP simulator started by the test command.</summary>
public sealed class PaymentsPortal : PostgreSqlPortal, IClockedPortal
{
    public FakeTimeProvider Clock { get; } = new(ClockedPortal.Start);

    public CrashingCommit Crash { get; } = new();

    /// <summary>
    /// A client number of its own: the simulator is shared by every test run and refuses a refdet already paid for a client
    /// (S9), and invoice numbers start again at 1 in each test database, so each database is a commune of its own.
    /// </summary>
    private readonly string _clientNumber = Random.Shared.Next(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<KeyValuePair<string, string?>> PayFipSettings(string clientNumber) =>
    [
        new("PayFip:ServiceUrl", $"{RequiredService.PayFip}/tpa/services/securite"),
        new("PayFip:PaymentPageUrl", $"{RequiredService.PayFip}/tpa/paiementws.web"),
        new("PayFip:ClientNumber", clientNumber),
        new("PayFip:Mode", "Test"),
    ];

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [.. ClockedPortal.Settings, .. PayFipSettings(_clientNumber)];

    public Task<int> RunSchedulerAsync() => ClockedPortal.RunSchedulerAsync(Services, Crash);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ClockedPortal.Configure<PostgreSqlAppDbContext>(builder, Clock, Crash);
        builder.ConfigureTestServices(services => services.AddScoped<IPaymentPurpose, TestDebts>());
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Crash.Dispose();
    }
}
