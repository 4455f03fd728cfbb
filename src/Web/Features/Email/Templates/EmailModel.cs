namespace DossierFamille.Web.Features.Email.Templates;

/// <summary>
/// The data of one email: its French subject, and the Razor component that writes its HTML from it
/// (<see cref="EmailModel{TTemplate}"/>). The plain-text part is the text of that HTML, unless the email writes its own.
/// </summary>
public abstract record EmailModel
{
    public abstract string Subject { get; }

    /// <summary>The component rendering this email; it takes the model as its <c>Model</c> parameter.</summary>
    public abstract Type Template { get; }

    /// <summary>The plain-text part when the email keeps a layout of its own (the booking report); null: the text of the HTML.</summary>
    public virtual string? Text => null;
}
