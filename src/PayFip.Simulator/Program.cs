using DossierFamille.PayFip.Simulator;

// A stand-in for PayFiP (the DGFiP's online payment) for development and the tests: the same SOAP web service,
// a payment page with "Payer", "Refuser", "Abandonner" and "Payer sans notifier", the server-to-server
// notification and the parent's return. Payments live in memory; nothing here ever sees a card.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SimulatedPayments>();
builder.Services.AddHttpClient<Notifier>(http => http.Timeout = TimeSpan.FromSeconds(15));

var app = builder.Build();
app.MapGet("/", () => Results.Text("Simulateur PayFiP : service SOAP sur " + SimulatorPaths.Service + ", page de paiement sur " + SimulatorPaths.PaymentPage, "text/plain; charset=utf-8"));
app.MapPost(SimulatorPaths.Service, SoapEndpoint.HandleAsync);
app.MapGet(SimulatorPaths.PaymentPage, PaymentPageEndpoints.Show);
app.MapPost(SimulatorPaths.PaymentPage, PaymentPageEndpoints.ChooseAsync).DisableAntiforgery();
app.Run();
