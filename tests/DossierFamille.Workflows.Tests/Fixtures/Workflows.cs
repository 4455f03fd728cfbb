using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Tests.Fixtures;

/// <summary>Definitions shared by the tests (unique ids per test to stay independent).</summary>
internal static class Workflows
{
    public static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Human task (Accepter/Refuser) → decision → email → end: the shape of "Revue de fiche".</summary>
    public static WorkflowDefinitionModel Review(string id) => new WorkflowBuilder(id, "Revue de fiche")
        .Variable("accepted", false)
        .Add("start", "Start")
        .Add("review", "HumanTask", a => a
            .Literal("Title", "Vérifier la fiche")
            .Literal("Role", "Gestionnaire")
            .Literal("Outcomes", "Accepter, Refuser")
            .Literal("ResultVariable", "review"))
        .Add("accept", "SetVariable", a => a.Literal("Variable", "accepted").JavaScript("Value", "variables.review.outcome === 'Accepter'"))
        .Add("decide", "Decision", a => a.JavaScript("Condition", "getVariable('accepted')"))
        .Add("mailOk", "SendEmail", a => a.Literal("To", "parent@example.org").Literal("Subject", "Fiche acceptée").JavaScript("HtmlBody", "'<p>Fiche ' + correlationId + ' acceptée</p>'"))
        .Add("mailKo", "SendEmail", a => a.Literal("To", "parent@example.org").Literal("Subject", "Fiche refusée").Literal("HtmlBody", "<p>Refusée</p>"))
        .Add("end", "End")
        .Connect("start", "review")
        .Connect("review", "accept", "Accepter")
        .Connect("review", "accept", "Refuser")
        .Connect("accept", "decide")
        .Connect("decide", "mailOk", "True")
        .Connect("decide", "mailKo", "False")
        .Connect("mailOk", "end")
        .Connect("mailKo", "end")
        .Build();

    public static WorkflowDefinitionModel WaitSignal(string id, string signal) => new WorkflowBuilder(id, "Attente de signal")
        .Add("start", "Start")
        .Add("wait", "WaitForSignal", a => a.Literal("Signal", signal).Literal("ResultVariable", "received"))
        .Add("mail", "SendEmail", a => a.Literal("To", "x@example.org").Literal("Subject", "Reçu").Literal("HtmlBody", "ok"))
        .Add("end", "End")
        .Sequence("start", "wait", "mail", "end")
        .Build();

    public static WorkflowDefinitionModel DelayThenMail(string id, string duration) => new WorkflowBuilder(id, "Relance")
        .Add("start", "Start")
        .Add("delay", "Delay", a => a.Literal("Duration", duration))
        .Add("mail", "SendEmail", a => a.Literal("To", "x@example.org").Literal("Subject", "Relance").Literal("HtmlBody", "relance"))
        .Add("end", "End")
        .Sequence("start", "delay", "mail", "end")
        .Build();

    public static JsonObject Payload(string key, string value) => new() { [key] = value };
}
