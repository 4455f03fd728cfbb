namespace DossierFamille.Workflows.Runtime;

/// <summary>Lets the runner discard the data changes of an activity that faulted.</summary>
internal interface IActivityChangeGuard
{
    object Mark();

    void Revert(object mark);
}
