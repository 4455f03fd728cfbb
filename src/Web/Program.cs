using DossierFamille.Web.Components;
using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Admin;
using DossierFamille.Web.Features.Announcements;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.BillingHistory;
using DossierFamille.Web.Features.BillingState;
using DossierFamille.Web.Features.Campaigns;
using DossierFamille.Web.Features.Children;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Contacts;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Designer;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Health;
using DossierFamille.Web.Features.Home;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Messages;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Rgpd;
using DossierFamille.Web.Features.Settings;
using DossierFamille.Web.Features.Wallets;
using DossierFamille.Web.Features.Workflows;
using DossierFamille.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddCommune(builder.Configuration, builder.Environment);
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddFamilies();
builder.Services.AddChildren();
builder.Services.AddHome();
builder.Services.AddAnnouncements();
builder.Services.AddEmail(builder.Configuration);
builder.Services.AddMessages();
builder.Services.AddDocumentStorage(builder.Configuration);
builder.Services.AddPortalWorkflows(builder.Configuration);
builder.Services.AddDossier();
builder.Services.AddReglements();
builder.Services.AddReservations();
builder.Services.AddBilling();
builder.Services.AddPayments(builder.Configuration);
builder.Services.AddInvoicing();
builder.Services.AddBillingHistory();
builder.Services.AddWallets();
builder.Services.AddCredits();
builder.Services.AddBillingState();
builder.Services.AddSettings();
builder.Services.AddRgpd();
builder.Services.AddContacts();
builder.Services.AddCampaigns(builder.Configuration);
builder.Services.AddDesigner();
builder.Services.AddPortalHealthChecks();
builder.Services.AddRazorComponents();
builder.Services.AddErrorPages();
builder.Services.AddCascadingAuthenticationState();

var app = builder.Build();

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseErrorPages();
app.UseRouting(); // after the error pages, so that a re-executed error status is routed to its page
app.UseSecurityHeaders();
app.UseMiddleware<QueryValuesGuard>();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<AntiforgeryEverywhereMiddleware>();
app.UseAuthorization();
app.UseMiddleware<OnboardingMiddleware>();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>();
app.MapAccounts();
app.MapMessages();
app.MapAdmin();
app.MapPortalWorkflows();
app.MapDossier();
app.MapReglements();
app.MapReservations();
app.MapBilling();
app.MapPayments();
app.MapInvoicing();
app.MapBillingHistory();
app.MapWallets();
app.MapSettings();
app.MapRgpd();
app.MapContacts();
app.MapFamilies();
app.MapAnnouncements();
app.MapPortalHealth();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
