using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Invoicing;

/// <summary>
/// The shape of the invoicing workflows: plan the next time from the admin's settings ("PlanifierFacturation" with a
/// stage), wait for it or for the settings-changed signal (which plans again), then run the slice activity, pausing a
/// second between slices while it answers "Suite", and plan again once it answers "Termine".
/// </summary>
internal static class ScheduledRunWorkflow
{
    public static WorkflowDefinitionModel Build(string definitionId, string name, string description, string stage, string runActivity, string resultVariable) =>
        new WorkflowBuilder(definitionId, name)
            .Describe(description)
            .Variable("echeance")
            .Variable("modification")
            .Variable(resultVariable)
            .Add("debut", "Start", a => a.At(0, 0))
            .Add("planifier", "PlanifierFacturation", a => a.Literal("Etape", stage).At(0, 120))
            .Add("attendre", "WaitForSignal", a => a.Literal("Signal", InvoicingWorkflow.SettingsChangedSignal).JavaScript("Until", "variables.echeance").Literal("ResultVariable", "modification").At(0, 240))
            .Add("aLHeure", "Decision", a => a.JavaScript("Condition", "variables.modification == null").At(0, 360))
            .Add("executer", runActivity, a => a.Literal("ResultVariable", resultVariable).At(0, 480))
            .Add("pause", "Delay", a => a.Literal("Duration", "PT1S").At(320, 480))
            .Connect("debut", "planifier")
            .Connect("planifier", "attendre")
            .Connect("attendre", "aLHeure")
            .Connect("aLHeure", "executer", "True")
            .Connect("aLHeure", "planifier", "False")
            .Connect("executer", "pause", "Suite")
            .Connect("pause", "executer")
            .Connect("executer", "planifier", "Termine")
            .Build();
}
