using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DossierFamille.Web.Tests.Infrastructure;

/// <summary>Drives the server-rendered pages like a browser without JavaScript: cookies, antiforgery, form posts.</summary>
public sealed partial class PortalClient(HttpClient http)
{
    public HttpClient Http => http;

    public static PortalClient For(PortalFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<HttpResponseMessage> GetAsync(string url) => await http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>GETs a page that must answer 200 and returns its HTML.</summary>
    public async Task<string> PageAsync(string url)
    {
        using var response = await GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 300)]}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Loads <paramref name="url"/> for its antiforgery token, then posts the named form.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var html = await PageAsync(url);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {url}");
        var content = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = token.Groups[1].Value };
        return await http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(content));
    }

    /// <summary>Submits and returns the HTML of the page rendered in answer (no redirect expected).</summary>
    public async Task<string> SubmitForPageAsync(string url, string formName, IReadOnlyDictionary<string, string> fields)
    {
        using var response = await SubmitAsync(url, formName, fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 300)]}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Posts a plain form of <paramref name="pageUrl"/> to an endpoint, follows its redirect and returns the page shown.</summary>
    public async Task<string> PostFormAsync(string pageUrl, string action, IReadOnlyDictionary<string, string> fields)
    {
        var html = await PageAsync(pageUrl);
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken().Match(html).Groups[1].Value };
        using var response = await http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(content));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {action} answered {(int)response.StatusCode}");
        return await PageAsync(response.RedirectPath()!);
    }

    /// <summary>Posts to the workflow API as the designer does: the antiforgery token of <paramref name="pageUrl"/> in the request's header.</summary>
    public async Task<HttpResponseMessage> ApiPostAsync(string pageUrl, string url, HttpContent? content = null)
    {
        var html = await PageAsync(pageUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = content };
        request.Headers.Add("RequestVerificationToken", AntiforgeryToken().Match(html).Groups[1].Value);
        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password, bool rememberMe = false) =>
        await SubmitAsync("/connexion", "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = rememberMe ? "True" : "False",
        });

    /// <summary>Signs in an onboarded account and checks it lands on the home page.</summary>
    public async Task SignInAsync(string userName, string password)
    {
        using var response = await LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The antiforgery token of a page's first form.</summary>
    public static string TokenOf(string html)
    {
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, "No antiforgery token on the page");
        return token.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
