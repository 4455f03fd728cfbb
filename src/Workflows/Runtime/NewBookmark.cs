using DossierFamille.Workflows.Activities;

namespace DossierFamille.Workflows.Runtime;

internal sealed record NewBookmark(Guid Id, string ActivityId, string Hash, BookmarkRequest Request);
