using Microsoft.AspNetCore.Components;

namespace DossierFamille.Web.Features.Email.Templates;

/// <summary>The base of every email component: the model it writes is its one parameter.</summary>
public abstract class EmailTemplate<TModel> : ComponentBase
    where TModel : EmailModel
{
    [Parameter, EditorRequired]
    public TModel Model { get; set; } = default!;
}
