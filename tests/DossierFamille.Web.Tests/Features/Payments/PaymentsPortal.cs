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

    public static IEnumerable<KeyValuePair<string, string?>> PayFipSettings =>
    [
        new("PayFip:ServiceUrl", $"{RequiredService.PayFip}/tpa/services/securite"),
        new("PayFip:PaymentPageUrl", $"{RequiredService.PayFip}/tpa/paiementws.web"),
        new("PayFip:ClientNumber", "012345"),
        new("PayFip:Mode", "Test"),
    ];

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [.. ClockedPortal.Settings, .. PayFipSettings];

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
