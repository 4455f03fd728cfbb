using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Email;
using DossierFamille.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Web.Tests.Features.Email;

public sealed class OutboxSenderTests(PostgreSqlPortal portal) : IClassFixture<PostgreSqlPortal>
{
    [Fact]
    public async Task An_enqueued_email_is_sent_once_with_html_and_text()
    {
        var recipient = $"outbox.{Guid.NewGuid():N}@test.example";
        await EnqueueAsync(recipient);

        var email = Assert.Single(await Maildev.WaitForAsync(recipient));
        await RunSendersAsync(3);

        Assert.Equal("Essai du portail", email.Subject);
        Assert.Contains("Un paragraphe accentué", email.Html, StringComparison.Ordinal);
        Assert.Contains("Un paragraphe accentué", email.Text, StringComparison.Ordinal);
        Assert.Single(await Maildev.ToAsync(recipient));
    }

    [Fact]
    public async Task A_message_claimed_by_a_crashed_sender_is_sent_once_after_its_lease_expires()
    {
        var recipient = $"crash.{Guid.NewGuid():N}@test.example";
        var crashedLease = DateTimeOffset.UtcNow.AddMinutes(10);
        var id = await EnqueueAsync(recipient, message =>
        {
            message.LockedUntil = crashedLease;
            message.LockToken = Guid.NewGuid();
            message.Attempts = 1;
        });

        await RunSendersAsync(2);
        Assert.Empty(await Maildev.ToAsync(recipient));

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Outbox.SingleAsync(m => m.Id == id)).LockedUntil = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        }

        Assert.Single(await Maildev.WaitForAsync(recipient));
        await RunSendersAsync(2);
        Assert.Single(await Maildev.ToAsync(recipient));
    }

    [Fact]
    public async Task Concurrent_senders_never_send_a_message_twice()
    {
        var recipients = Enumerable.Range(0, 10).Select(i => $"race{i}.{Guid.NewGuid():N}@test.example").ToList();
        foreach (var recipient in recipients)
        {
            await EnqueueAsync(recipient);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunSendersAsync(1)));

        foreach (var recipient in recipients)
        {
            Assert.Single(await Maildev.WaitForAsync(recipient));
        }

        await Task.Delay(500);
        foreach (var recipient in recipients)
        {
            Assert.Single(await Maildev.ToAsync(recipient));
        }
    }

    [Fact]
    public void Backoff_grows_and_is_capped_at_an_hour()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), OutboxSender.Backoff(1));
        Assert.Equal(TimeSpan.FromSeconds(15), OutboxSender.Backoff(2));
        Assert.Equal(TimeSpan.FromHours(1), OutboxSender.Backoff(20));
    }

    private async Task<Guid> EnqueueAsync(string recipient, Action<OutboxMessage>? tweak = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
        var message = outbox.Enqueue(recipient, new EmailContent("Essai du portail", "<p>Un paragraphe accentué : été, à bientôt.</p>", "Un paragraphe accentué : été, à bientôt."));
        tweak?.Invoke(message);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return message.Id;
    }

    private async Task RunSendersAsync(int rounds)
    {
        var sender = portal.Services.GetRequiredService<OutboxSender>();
        for (var i = 0; i < rounds; i++)
        {
            await sender.SendNextBatchAsync(CancellationToken.None);
        }
    }
}
