namespace DossierFamille.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The portal's clock in the browser tests: the real time plus an offset a test moves forward (a fake clock that
/// does not stop time, so the background pollers, cookies and Playwright's waits keep running). Timers and delays
/// of workflows fall due as soon as the offset passes them.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
