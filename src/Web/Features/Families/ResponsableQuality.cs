namespace DossierFamille.Web.Features.Families;

/// <summary>The label of an account, as the communes' portals show it (MERE / PERE).</summary>
public enum ResponsableQuality
{
    Mere,
    Pere,
    Autre,
}
