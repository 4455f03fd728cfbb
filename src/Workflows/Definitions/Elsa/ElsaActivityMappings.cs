namespace DossierFamille.Workflows.Definitions.Elsa;

/// <summary>The Elsa 3 built-in activities that have an equivalent here.</summary>
internal static class ElsaActivityMappings
{
    private static readonly Dictionary<string, string> None = new(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, ElsaActivityMapping> ByType { get; } = new Dictionary<string, ElsaActivityMapping>(StringComparer.OrdinalIgnoreCase)
    {
        ["Elsa.Start"] = new("Start", None),
        ["Elsa.End"] = new("End", None),
        ["Elsa.Finish"] = new("End", None),
        ["Elsa.WriteLine"] = new("WriteLine", Map(("text", "Text"))),
        ["Elsa.SetVariable"] = new("SetVariable", Map(("variable", "Variable"), ("value", "Value"))),
        ["Elsa.If"] = new("Decision", Map(("condition", "Condition")), Unsupported: Map(("then", "les branches d'un If se relient ici par les ports « True » et « False »"), ("else", "les branches d'un If se relient ici par les ports « True » et « False »"))),
        ["Elsa.FlowDecision"] = new("Decision", Map(("condition", "Condition"))),
        ["Elsa.FlowSwitch"] = new("Switch", Map(("cases", "Cases")), Unsupported: Map(("mode", "ici le premier cas vrai est suivi (mode « MatchFirst »)"))),
        ["Elsa.Delay"] = new("Delay", Map(("timeSpan", "Duration"))),
        ["Elsa.Timer"] = new("Timer", Map(("interval", "Duration")), Note: "le minuteur d'Elsa se répète à chaque intervalle ; ici il se déclenche une fois, après la durée (utilisez une planification cron pour répéter)"),
        ["Elsa.Cron"] = new("Timer", Map(("cronExpression", "Cron"))),
        ["Elsa.StartAt"] = new("Timer", Map(("dateTime", "Date"))),
        ["Elsa.FlowFork"] = new("Fork", Map(("branches", "Branches"))),
        ["Elsa.FlowJoin"] = new("Join", Map(("mode", "Mode"))),
        ["Elsa.SendEmail"] = new("SendEmail", Map(("to", "To"), ("subject", "Subject"), ("body", "HtmlBody")), Unsupported: Map(
            ("from", "l'expéditeur est l'adresse configurée pour le portail"),
            ("cc", "pas de copie ici : ajoutez les adresses au destinataire"),
            ("bcc", "pas de copie cachée ici"),
            ("attachments", "pas de pièce jointe dans les e-mails des workflows"))),
        ["Elsa.Event"] = new("WaitForSignal", Map(("eventName", "Signal")), Outputs: Map(("result", "ResultVariable"))),
        ["Elsa.PublishEvent"] = new("SendSignal", Map(("eventName", "Signal"), ("correlationId", "CorrelationId"), ("payload", "Payload")), Unsupported: Map(
            ("isLocal", "un signal touche ici tous les workflows en attente de ce nom et de cette clé"))),
        ["Elsa.RunWorkflow"] = new("RunWorkflow", Map(("workflowDefinitionId", "DefinitionId"), ("input", "Input")), Outputs: Map(("result", "ResultVariable"))),
    };

    /// <summary>Properties every Elsa activity carries that are not inputs.</summary>
    public static IReadOnlySet<string> Structural { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "nodeId", "name", "type", "version", "customProperties", "metadata", "canStartWorkflow", "runAsynchronously", "source",
    };

    private static Dictionary<string, string> Map(params (string Elsa, string Ours)[] pairs) =>
        pairs.ToDictionary(p => p.Elsa, p => p.Ours, StringComparer.OrdinalIgnoreCase);
}
