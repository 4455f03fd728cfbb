namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>Holds the "Gate" activity until the test opens it.</summary>
public sealed class StepGate
{
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Opened => opened.Task;

    public void Open() => opened.TrySetResult();
}
