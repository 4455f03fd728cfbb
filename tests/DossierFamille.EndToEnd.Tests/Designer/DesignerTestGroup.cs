namespace DossierFamille.EndToEnd.Tests.Designer;

/// <summary>The designer's browser tests run one after the other, so that the render-time figures are not measured while another Chromium works.</summary>
[CollectionDefinition(Name)]
public sealed class DesignerTestGroup
{
    public const string Name = "Designer";
}
