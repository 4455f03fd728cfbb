using Microsoft.Playwright;

namespace DossierFamille.EndToEnd.Tests.Infrastructure;

public static class PageCheckExtensions
{
    /// <summary>
    /// Every test calls this after each navigation (a link followed, a form posted, an address typed): axe-core finds no
    /// critical or serious violation and the page fits a 390 px phone. See <see cref="PageChecks"/>.
    /// </summary>
    public static Task CheckPageAsync(this IPage page) => PageChecks.Run.CheckAsync(page);
}
