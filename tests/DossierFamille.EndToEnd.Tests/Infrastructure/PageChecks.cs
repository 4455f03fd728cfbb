using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DossierFamille.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What every end-to-end test runs after each navigation (<c>await page.CheckPageAsync()</c>): axe-core on the page (RGAA is
/// WCAG 2.1 AA: no critical or serious violation allowed) and the document's width at a 390 px phone viewport (no sideways
/// scrolling). The counts of the test run so far are printed when each fixture ends (<see cref="BrowserPortal"/>), so the last
/// line holds the run's totals: <c>a11y_pages=</c>, <c>a11y_serious=</c>, <c>a11y_critical=</c>, <c>a11y_moderate=</c>,
/// <c>a11y_minor=</c>, <c>phone_overflow_pages=</c>.
/// </summary>
public sealed class PageChecks
{
    /// <summary>The counts of every page checked in this test run.</summary>
    public static PageChecks Run { get; } = new();

    public const int PhoneWidth = 390;

    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        // The portal's only frame is the admin's email preview, a sandboxed frame without scripts (an email, not a page
        // of the portal) into which axe cannot be injected: the check waited for it for ever.
        Iframes = false,
    };

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _byImpact = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _lesser = new(StringComparer.Ordinal);
    private int _pages;
    private int _overflowing;

    public async Task CheckAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        var result = await page.RunAxe(Rules);
        var width = await PhoneDocumentWidthAsync(page);
        lock (_gate)
        {
            _pages++;
            _overflowing += width > PhoneWidth ? 1 : 0;
            foreach (var violation in result.Violations)
            {
                var impact = violation.Impact ?? "minor";
                _byImpact[impact] = _byImpact.GetValueOrDefault(impact) + 1;
                if (impact is "moderate" or "minor")
                {
                    _lesser.Add($"{impact}:{violation.Id}@{new Uri(page.Url).AbsolutePath}");
                }
            }
        }

        var blocking = result.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
        Assert.True(blocking.Count == 0, $"{page.Url}: {blocking.Count} critical or serious accessibility violation(s):\n"
            + string.Join('\n', blocking.Select(v => $"- {v.Impact} {v.Id}: {v.Help} → {string.Join(" | ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html} ({string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"))}")));
        if (width > PhoneWidth)
        {
            Assert.Fail($"{page.Url}: the document is {width} px wide on a {PhoneWidth} px phone (it scrolls sideways): {await WidestAsync(page)}");
        }
    }

    /// <summary>The moderate and minor violations seen so far, as impact:rule@path, to say which ones to fix next.</summary>
    public string LesserViolations()
    {
        lock (_gate)
        {
            return $"a11y_lesser_rules={string.Join(' ', _lesser)}";
        }
    }

    public string Summary()
    {
        lock (_gate)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"a11y_pages={_pages} a11y_serious={_byImpact.GetValueOrDefault("serious")} a11y_critical={_byImpact.GetValueOrDefault("critical")} a11y_moderate={_byImpact.GetValueOrDefault("moderate")} a11y_minor={_byImpact.GetValueOrDefault("minor")} phone_overflow_pages={_overflowing}");
        }
    }

    /// <summary>The innermost elements that stick out of a phone's width, to say what to fix.</summary>
    private static async Task<string> WidestAsync(IPage page)
    {
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        return await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > innerWidth + 0.5))
                .slice(0, 5).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`).join(', ')
            """);
    }

    /// <summary>The page's width at a phone's viewport: a desktop page is narrowed for the measure, then given its size back.</summary>
    private static async Task<int> PhoneDocumentWidthAsync(IPage page)
    {
        const string Measure = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollWidth))))";
        var size = page.ViewportSize!;
        if (size.Width <= PhoneWidth)
        {
            return await page.EvaluateAsync<int>(Measure);
        }

        await page.SetViewportSizeAsync(PhoneWidth, 844);
        try
        {
            return await page.EvaluateAsync<int>(Measure);
        }
        finally
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }
}
