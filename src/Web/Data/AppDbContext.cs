using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Billing;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Contacts;
using DossierFamille.Web.Features.Credits;
using DossierFamille.Web.Features.Dossier;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Messages;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Reglements;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Features.Reservations.PayAtBooking;
using DossierFamille.Web.Features.Settings;
using DossierFamille.Web.Features.Wallets;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using DossierFamille.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Data;

/// <summary>
/// The portal's database. One subclass per provider (Sqlite, PostgreSql, SqlServer) carries
/// that provider's migrations; code depends on this class only. It also holds the data-protection
/// keys, so that every node sharing the database reads the others' cookies and antiforgery tokens.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CommuneSettings> Commune => Set<CommuneSettings>();

    public DbSet<Structure> Structures => Set<Structure>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public DbSet<Family> Families => Set<Family>();

    public DbSet<Responsable> Responsables => Set<Responsable>();

    public DbSet<Child> Children => Set<Child>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<LegalText> LegalTexts => Set<LegalText>();

    public DbSet<LegalAcceptance> LegalAcceptances => Set<LegalAcceptance>();

    public DbSet<MairieMessage> MairieMessages => Set<MairieMessage>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Fiche> Fiches => Set<Fiche>();

    public DbSet<FichePiece> FichePieces => Set<FichePiece>();

    public DbSet<FicheEvent> FicheEvents => Set<FicheEvent>();

    public DbSet<Reglement> Reglements => Set<Reglement>();

    public DbSet<ReglementSignature> ReglementSignatures => Set<ReglementSignature>();

    public DbSet<DossierComplet> DossiersComplets => Set<DossierComplet>();

    public DbSet<PieceRule> PieceRules => Set<PieceRule>();

    public DbSet<AuthorisationQuestion> AuthorisationQuestions => Set<AuthorisationQuestion>();

    public DbSet<InsuranceCompany> InsuranceCompanies => Set<InsuranceCompany>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ChildContact> ChildContacts => Set<ChildContact>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<BookableActivity> Activities => Set<BookableActivity>();

    public DbSet<HolidayPeriod> HolidayPeriods => Set<HolidayPeriod>();

    public DbSet<ClosedDay> ClosedDays => Set<ClosedDay>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<ActivityDay> ActivityDays => Set<ActivityDay>();

    public DbSet<BookingPromotion> BookingPromotions => Set<BookingPromotion>();

    public DbSet<BookingReport> BookingReports => Set<BookingReport>();

    public DbSet<BookingRequest> BookingRequests => Set<BookingRequest>();

    public DbSet<CartLine> CartLines => Set<CartLine>();

    public DbSet<BookingSubmission> BookingSubmissions => Set<BookingSubmission>();

    public DbSet<Tariff> Tariffs => Set<Tariff>();

    public DbSet<ActivityBilling> ActivityBillings => Set<ActivityBilling>();

    public DbSet<BillingSettings> BillingSettings => Set<BillingSettings>();

    public DbSet<Attendance> Attendances => Set<Attendance>();

    public DbSet<PaymentOperation> PaymentOperations => Set<PaymentOperation>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceCounter> InvoiceCounters => Set<InvoiceCounter>();

    public DbSet<InvoicePayment> InvoicePayments => Set<InvoicePayment>();

    public DbSet<InvoicingSettings> InvoicingSettings => Set<InvoicingSettings>();

    public DbSet<BookingHold> BookingHolds => Set<BookingHold>();

    public DbSet<WalletMovement> WalletMovements => Set<WalletMovement>();

    public DbSet<WalletLock> WalletLocks => Set<WalletLock>();

    public DbSet<CreditMovement> CreditMovements => Set<CreditMovement>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyWorkflowModel();
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, type => type.Namespace?.StartsWith("DossierFamille.Web", StringComparison.Ordinal) == true);
    }
}
