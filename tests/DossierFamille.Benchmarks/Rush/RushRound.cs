using System.Diagnostics;
using System.Globalization;

namespace DossierFamille.Benchmarks.Rush;

/// <summary>
/// All parents at once each tick a month for their two children and validate, while a few other
/// signed-in parents keep opening a cheap page: the validations' and the cheap page's latencies, the
/// window, the errors.
/// </summary>
internal sealed class RushRound(RushSchool school, IReadOnlyList<RushParent> parents, IReadOnlyList<RushParent> noopParents)
{
    private readonly List<double> confirms = [];
    private readonly List<double> noops = [];
    private readonly List<string> errors = [];
    private int days;

    public async Task RunAsync(DateOnly month)
    {
        var started = Stopwatch.GetTimestamp();
        using var stop = new CancellationTokenSource();
        var noop = Task.WhenAll(noopParents.Select(p => NoopLoopAsync(p, stop.Token)));
        await Task.WhenAll(parents.Select((p, i) => Task.Run(() => BookAsync(p, school.Families[i], month))));
        Window = Stopwatch.GetElapsedTime(started);
        await stop.CancelAsync();
        await noop;
    }

    public TimeSpan Window { get; private set; }

    /// <summary>Failed requests: the rushing parents' (one each at most) and the cheap page's.</summary>
    public int Errors => errors.Count;

    public IReadOnlyList<string> FirstErrors => [.. errors.Take(5)];

    public int DaysTicked => days;

    public double ConfirmMs(double percentile) => Percentile(confirms, percentile);

    public double NoopMs(double percentile) => Percentile(noops, percentile);

    public static string Format(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private async Task BookAsync(RushParent parent, RushFamily family, DateOnly month)
    {
        try
        {
            var ticked = await parent.TickMonthAsync(family.Elder, school.Restauration, month);
            ticked += await parent.TickMonthAsync(family.Younger, school.ApsMatin, month);
            var confirm = await parent.ValidateAsync();
            lock (confirms)
            {
                confirms.Add(confirm.TotalMilliseconds);
                days += ticked;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            lock (errors)
            {
                errors.Add($"{family.UserName}: {e.Message}");
            }
        }
    }

    private async Task NoopLoopAsync(RushParent parent, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var elapsed = await parent.NoopAsync();
                lock (noops)
                {
                    noops.Add(elapsed.TotalMilliseconds);
                }

                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
            {
                lock (errors)
                {
                    errors.Add($"noop: {e.Message}");
                }
            }
        }
    }

    private static double Percentile(List<double> samples, double percentile)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(sorted.Count * percentile) - 1)];
    }
}
