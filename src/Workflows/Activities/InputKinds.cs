namespace DossierFamille.Workflows.Activities;

/// <summary>UI hints for activity inputs, read by the designer.</summary>
public static class InputKinds
{
    public const string Text = "text";
    public const string Multiline = "multiline";
    public const string EmailTemplate = "email-template";
    public const string Email = "email";
    public const string Role = "role";
    public const string Duration = "duration";
    public const string Date = "date";
    public const string Cron = "cron";
    public const string JavaScript = "javascript";
    public const string Json = "json";
    public const string Variable = "variable";
    public const string List = "list";
    public const string Cases = "cases";
    public const string Select = "select";
    public const string Workflow = "workflow";
}
