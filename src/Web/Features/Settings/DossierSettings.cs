using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Dossier;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Settings;

/// <summary>
/// The admin's changes to the pièces justificatives, the authorisations and the insurance
/// companies. Each method returns a French error, or null once the change and its audit entry are saved.
/// </summary>
internal sealed class DossierSettings(AppDbContext db, SettingsAudit audit)
{
    public async Task<string?> AddPieceAsync(string? label, FicheKind fiche, PieceCondition condition, string actor, CancellationToken cancellationToken)
    {
        label = label?.Trim();
        if (string.IsNullOrEmpty(label) || label.Length > 200)
        {
            return "Indiquez le nom de la pièce (200 caractères au plus).";
        }

        if (!condition.AppliesTo(fiche))
        {
            return $"La condition « {condition.Label()} » ne s'applique pas à cette fiche.";
        }

        var code = Slug.From(label);
        if (await db.PieceRules.AnyAsync(r => r.Code == code || r.Label == label, cancellationToken))
        {
            return $"La pièce « {label} » existe déjà.";
        }

        var order = await db.PieceRules.MaxAsync(r => (int?)r.SortOrder, cancellationToken) ?? 0;
        db.PieceRules.Add(new PieceRule { Code = code, Label = label, Fiche = fiche, Condition = condition, SortOrder = order + 1 });
        audit.Record(actor, "Pièces justificatives", $"Pièce « {label} » ajoutée ({FicheLabels.Kind(fiche)}, condition : {condition.Label()}).");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> UpdatePieceAsync(int id, PieceCondition condition, bool active, string actor, CancellationToken cancellationToken)
    {
        if (await db.PieceRules.FindAsync([id], cancellationToken) is not { } rule)
        {
            return "Cette pièce n'existe pas.";
        }

        if (!condition.AppliesTo(rule.Fiche))
        {
            return $"La condition « {condition.Label()} » ne s'applique pas à la {FicheLabels.Kind(rule.Fiche).ToLowerInvariant()}.";
        }

        var changes = new List<string>();
        if (rule.Condition != condition)
        {
            changes.Add($"condition : {rule.Condition.Label()} → {condition.Label()}");
            rule.Condition = condition;
        }

        if (rule.IsActive != active)
        {
            changes.Add(active ? "réactivée" : "désactivée");
            rule.IsActive = active;
        }

        await SaveAsync("Pièces justificatives", $"Pièce « {rule.Label} »", changes, actor, cancellationToken);
        return null;
    }

    public async Task<string?> AddAuthorisationAsync(string? wording, string actor, CancellationToken cancellationToken)
    {
        wording = wording?.Trim();
        if (string.IsNullOrEmpty(wording) || wording.Length > 300)
        {
            return "Indiquez le texte de l'autorisation (300 caractères au plus).";
        }

        if (await db.AuthorisationQuestions.AnyAsync(a => a.Wording == wording, cancellationToken))
        {
            return "Cette autorisation existe déjà.";
        }

        var order = await db.AuthorisationQuestions.MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
        db.AuthorisationQuestions.Add(new AuthorisationQuestion { Wording = wording, SortOrder = order + 1 });
        audit.Record(actor, "Autorisations", $"Autorisation « {wording} » ajoutée.");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> SetAuthorisationActiveAsync(int id, bool active, string actor, CancellationToken cancellationToken)
    {
        if (await db.AuthorisationQuestions.FindAsync([id], cancellationToken) is not { } question)
        {
            return "Cette autorisation n'existe pas.";
        }

        List<string> changes = question.IsActive == active ? [] : [active ? "réactivée" : "désactivée"];
        question.IsActive = active;
        await SaveAsync("Autorisations", $"Autorisation « {question.Wording} »", changes, actor, cancellationToken);
        return null;
    }

    public async Task<string?> AddInsurerAsync(string? name, string actor, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return "Indiquez le nom de la compagnie (100 caractères au plus).";
        }

        if (name.Equals(InsuranceCompanies.Other, StringComparison.OrdinalIgnoreCase) || await db.InsuranceCompanies.AnyAsync(c => c.Name == name, cancellationToken))
        {
            return $"La compagnie « {name} » existe déjà.";
        }

        db.InsuranceCompanies.Add(new InsuranceCompany { Name = name });
        audit.Record(actor, "Compagnies d'assurance", $"Compagnie « {name} » ajoutée.");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> SetInsurerActiveAsync(int id, bool active, string actor, CancellationToken cancellationToken)
    {
        if (await db.InsuranceCompanies.FindAsync([id], cancellationToken) is not { } company)
        {
            return "Cette compagnie n'existe pas.";
        }

        List<string> changes = company.IsActive == active ? [] : [active ? "réactivée" : "retirée de la liste"];
        company.IsActive = active;
        await SaveAsync("Compagnies d'assurance", $"Compagnie « {company.Name} »", changes, actor, cancellationToken);
        return null;
    }

    private async Task SaveAsync(string subject, string what, List<string> changes, string actor, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        audit.Record(actor, subject, $"{what} : {string.Join(", ", changes)}.");
        await db.SaveChangesAsync(cancellationToken);
    }
}
