using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace DossierFamille.Web.Features.Email.Templates;

/// <summary>
/// Renders an email's Razor component with ASP.NET Core's <see cref="HtmlRenderer"/> (on its own dispatcher, awaited:
/// no thread is blocked), then takes the plain-text part from the HTML (<see cref="HtmlText"/>) unless the email writes
/// its own. Rendering reads nothing of the caller's unit of work, so it can run before the SaveChanges that queues the email.
/// Letters outside ASCII stay as they are in the HTML ("é", not "&amp;#xE9;"), as mail clients show the source.
/// </summary>
public sealed class EmailRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task<EmailContent> RenderAsync(EmailModel email)
    {
        ArgumentNullException.ThrowIfNull(email);
        await using var renderer = new HtmlRenderer(new EncoderServices(services), loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(EmailTemplate<EmailModel>.Model)] = email });
            var output = await renderer.RenderComponentAsync(email.Template, parameters);
            return output.ToHtmlString();
        });
        return new EmailContent(email.Subject, html, email.Text ?? HtmlText.From(html));
    }

    /// <summary>The request's services, with the encoder of the emails (the renderer asks its provider for one).</summary>
    private sealed class EncoderServices(IServiceProvider inner) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : inner.GetService(serviceType);
    }
}
