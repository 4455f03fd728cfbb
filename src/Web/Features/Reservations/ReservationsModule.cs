using System.Globalization;
using System.Security.Claims;
using DossierFamille.Web.Data;
using DossierFamille.Web.Components.Shared;
using DossierFamille.Web.Features.Accounts;
using DossierFamille.Web.Features.Payments;
using DossierFamille.Web.Features.Payments.PayFip;
using DossierFamille.Web.Features.Reservations.Admin;
using DossierFamille.Web.Features.Reservations.Gestion;
using DossierFamille.Web.Features.Reservations.PayAtBooking;
using DossierFamille.Workflows;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace DossierFamille.Web.Features.Reservations;

internal static class ReservationsModule
{
    public const string ParentPath = "/reservations";
    public const string AllActivities = "toutes";

    public static IServiceCollection AddReservations(this IServiceCollection services)
    {
        new WorkflowsBuilder(services).AddActivity<ReadBookingRequestActivity>().AddActivity<ScheduleBookingRunActivity>()
            .AddActivity<ProcessBookingRequestsActivity>().AddActivity<SendBookingReportsActivity>();
        services.AddScoped<BookingPlanner>();
        services.AddScoped<BookingCart>();
        services.AddScoped<BookingValidation>();
        services.AddScoped<BookingHolds>();
        services.AddScoped<HeldDayRecords>();
        services.AddScoped<HeldBookingsPurpose>();
        services.AddScoped<IPaymentPurpose>(sp => sp.GetRequiredService<HeldBookingsPurpose>());
        services.AddScoped<ActivityDayLocks>();
        services.AddScoped<BookingProcessor>();
        services.AddSingleton<ImmediateProcessing>();
        services.AddScoped<WaitingListPromotions>();
        services.AddScoped<BookingAccountEmails>();
        services.AddScoped<NightlyBookingRun>();
        services.AddScoped<BookingReports>();
        services.AddScoped<BookingReportBuilder>();
        services.AddScoped<IDataSeeder, BookingProcessingSeeder>();
        services.AddScoped<IDataSeeder, DemoBookingSeeder>();
        services.AddReservationsAdmin();
        services.AddReservationsGestion();
        return services;
    }

    public static string CalendarPath(int childId, string activity, CalendarMonth month) =>
        $"{ParentPath}?enfant={childId}&activite={activity}&mois={month.Key}";

    public static string SubmissionPath(Guid id) => $"{ParentPath}/demandes/{id}";

    public static IEndpointRouteBuilder MapReservations(this IEndpointRouteBuilder app)
    {
        // Every POST checks the antiforgery token, including those that bind no form field.
        var parent = app.MapGroup(ParentPath).RequireAuthorization(Roles.Parent).WithMetadata(new RequireAntiforgeryTokenAttribute())
            .AddEndpointFilter(async (context, next) => context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true }
                ? await next(context)
                : TypedResults.BadRequest());
        parent.MapPost("/jours", TickDaysAsync);
        parent.MapPost("/jour", TickActivitiesAsync);
        parent.MapPost("/bascule", ToggleAsync);
        parent.MapPost("/copier", CopyAsync);
        parent.MapPost("/panier/{lineId:long}/retirer", async (long lineId, ClaimsPrincipal user, BookingCart cart, CancellationToken ct) =>
        {
            await cart.RemoveAsync(UserId(user), lineId, ct);
            return TypedResults.LocalRedirect($"{ParentPath}/panier");
        });
        parent.MapPost("/panier/vider", async (ClaimsPrincipal user, BookingCart cart, CancellationToken ct) =>
        {
            await cart.ClearAsync(UserId(user), ct);
            return TypedResults.LocalRedirect($"{ParentPath}/panier?vide=true");
        });
        parent.MapPost("/valider", ValidateAsync);
        app.MapReservationsAdmin();
        app.MapReservationsGestion();
        return app;
    }

    /// <summary>"Valider définitivement", or "Payer (CB sécurisé)" when days are paid at booking: then on to PayFiP's page.</summary>
    private static async Task<IResult> ValidateAsync([FromForm] Guid demande, [FromForm] int[]? tropPaye, ClaimsPrincipal user, BookingValidation validation, BookingHolds holds, ILogger<BookingValidation> logger, CancellationToken ct)
    {
        BookingSubmission? submission;
        try
        {
            submission = await validation.SubmitAsync(user.RequireFamilyId(), UserId(user), demande, tropPaye ?? [], ct);
        }
        catch (PayFipException ex)
        {
            // Nothing was recorded: the cart is as it was.
            logger.LogError(ex, "PayFiP could not register the payment of a validation that holds days");
            return FormOutcome.Back($"{ParentPath}/recapitulatif", PaymentStarter.Unavailable);
        }

        if (submission is null)
        {
            return TypedResults.LocalRedirect($"{ParentPath}/panier?vide=true");
        }

        return await holds.PaymentPageAsync(submission.Id, UserId(user), ct) is { } page
            ? TypedResults.Redirect(page.AbsoluteUri)
            : TypedResults.LocalRedirect(SubmissionPath(submission.Id));
    }

    private static async Task<IResult> TickDaysAsync(
        [FromForm] int enfant, [FromForm] int activite, [FromForm] string mois,
        IFormCollection form, ClaimsPrincipal user, BookingPlanner planner, BookingCart cart, CancellationToken ct)
    {
        var month = CalendarMonth.Parse(mois, DateOnly.MinValue);
        if (await PlanAsync(user, planner, enfant, month.First, month.Last, ct) is not { } plan || plan.Data.Activities.FirstOrDefault(a => a.Id == activite) is not { } activity)
        {
            return TypedResults.NotFound();
        }

        var ticked = Days(form["jours"]).ToHashSet();
        var changes = Days(form["affiches"]).Where(month.Contains).Select(d => new CartChange(activity, d, ticked.Contains(d)));
        var skipped = await cart.SetAsync(plan, UserId(user), changes, ct);
        return Back(CalendarPath(enfant, activite.ToString(CultureInfo.InvariantCulture), month), skipped);
    }

    private static async Task<IResult> TickActivitiesAsync(
        [FromForm] int enfant, [FromForm] string jour, [FromForm] int[]? activites, [FromForm] int[]? affichees,
        ClaimsPrincipal user, BookingPlanner planner, BookingCart cart, CancellationToken ct)
    {
        if (BookingFormat.ParseIso(jour) is not { } day || await PlanAsync(user, planner, enfant, day, day, ct) is not { } plan)
        {
            return TypedResults.NotFound();
        }

        var ticked = (activites ?? []).ToHashSet();
        var shown = (affichees ?? []).ToHashSet();
        var changes = plan.Data.Activities.Where(a => shown.Contains(a.Id)).Select(a => new CartChange(a, day, ticked.Contains(a.Id)));
        var skipped = await cart.SetAsync(plan, UserId(user), changes, ct);
        return Back(CalendarPath(enfant, AllActivities, new CalendarMonth(new DateOnly(day.Year, day.Month, 1))), skipped);
    }

    /// <summary>portee: "semaine:2026-01-05" (that week), "jour:Monday" (that weekday in the month) or "mois".</summary>
    private static async Task<IResult> ToggleAsync(
        [FromForm] int enfant, [FromForm] int activite, [FromForm] string mois, [FromForm] string portee,
        IFormCollection form, ClaimsPrincipal user, BookingPlanner planner, BookingCart cart, CancellationToken ct)
    {
        var month = CalendarMonth.Parse(mois, DateOnly.MinValue);
        if (await PlanAsync(user, planner, enfant, month.First, month.Last, ct) is not { } plan || plan.Data.Activities.FirstOrDefault(a => a.Id == activite) is not { } activity)
        {
            return TypedResults.NotFound();
        }

        var scope = portee.Split(':', 2);
        IEnumerable<DateOnly> days = scope[0] switch
        {
            "semaine" when BookingFormat.ParseIso(scope.ElementAtOrDefault(1)) is { } monday => Enumerable.Range(0, 7).Select(monday.AddDays).Where(month.Contains),
            "jour" when Enum.TryParse<DayOfWeek>(scope.ElementAtOrDefault(1), out var weekday) => month.Days.Where(d => d.DayOfWeek == weekday),
            "mois" => month.Days,
            _ => [],
        };
        // The days ticked before pressing a toggle are kept, then the toggle applies.
        var ticked = Days(form["jours"]).ToHashSet();
        var skipped = (await cart.SetAsync(plan, UserId(user), Days(form["affiches"]).Where(month.Contains).Select(d => new CartChange(activity, d, ticked.Contains(d))), ct))
            .Concat(await cart.ToggleAsync(plan, UserId(user), activity, days, ct)).ToList();
        return Back(CalendarPath(enfant, activite.ToString(CultureInfo.InvariantCulture), month), skipped);
    }

    private static async Task<IResult> CopyAsync(
        [FromForm] int enfant, [FromForm] int activite, [FromForm] string mois, [FromForm] int sourceEnfant, [FromForm] int sourceActivite, [FromForm] string? du, [FromForm] string? au,
        ClaimsPrincipal user, BookingPlanner planner, BookingCart cart, CancellationToken ct)
    {
        var month = CalendarMonth.Parse(mois, DateOnly.MinValue);
        var back = CalendarPath(enfant, activite.ToString(CultureInfo.InvariantCulture), month);
        if (BookingFormat.ParseIso(du) is not { } from || BookingFormat.ParseIso(au) is not { } to || to < from || to.DayNumber - from.DayNumber > 366)
        {
            return TypedResults.LocalRedirect($"{back}&erreur={Uri.EscapeDataString("Indiquez la période à copier : une date de début et une date de fin (un an au plus).")}#copier");
        }

        if (await PlanAsync(user, planner, sourceEnfant, from, to, ct) is not { } source || source.Data.Activities.FirstOrDefault(a => a.Id == sourceActivite) is not { } sourceActivity
            || await PlanAsync(user, planner, enfant, from, to, ct) is not { } target || target.Data.Activities.FirstOrDefault(a => a.Id == activite) is not { } targetActivity)
        {
            return TypedResults.NotFound();
        }

        var skipped = await cart.CopyAsync(source, sourceActivity, target, targetActivity, from, to, UserId(user), ct);
        return Back($"{back}&copie=true", skipped);
    }

    private static Task<ChildPlan?> PlanAsync(ClaimsPrincipal user, BookingPlanner planner, int childId, DateOnly from, DateOnly to, CancellationToken ct) =>
        planner.PlanAsync(user.RequireFamilyId(), UserId(user), childId, from, to, ct);

    private static RedirectHttpResult Back(string path, IReadOnlyList<SkippedDay> skipped) =>
        TypedResults.LocalRedirect(path + string.Concat(skipped.Take(60).Select(s => "&refus=" + Uri.EscapeDataString(s.Encode()))));

    private static IEnumerable<DateOnly> Days(StringValues values) =>
        values.Select(BookingFormat.ParseIso).OfType<DateOnly>();

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
