using Microsoft.AspNetCore.Components;

namespace DossierFamille.Web.Features.Email.Templates;

/// <summary>An email rendered by the component <typeparamref name="TTemplate"/>.</summary>
public abstract record EmailModel<TTemplate> : EmailModel
    where TTemplate : IComponent
{
    public sealed override Type Template => typeof(TTemplate);
}
