using System.Net;
using System.Net.Sockets;
using DossierFamille.Web.Tests.Features.Payments;

namespace DossierFamille.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The browser portal paying through the PayFiP simulator: the simulator POSTs its notification to the portal and sends
/// the browser back to it, both at the portal's public address, so the portal listens on a port fixed beforehand.
/// </summary>
public sealed class PayingBrowserPortal() : BrowserPortal(FreePort())
{
    /// <summary>A client number of its own: the simulator keeps the debts of every run, per client number.</summary>
    private readonly string _clientNumber = Random.Shared.Next(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [.. base.Settings, .. PaymentsPortal.PayFipSettings(_clientNumber)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
