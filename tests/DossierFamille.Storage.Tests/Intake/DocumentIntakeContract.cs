using System.Security.Cryptography;
using DossierFamille.Storage.Intake;
using DossierFamille.Storage.Tests.Corpus;

namespace DossierFamille.Storage.Tests.Intake;

/// <summary>
/// The bad-input corpus and the good documents through the full pipeline (real clamd), once per
/// store. Every test checks that what is stored is exactly what was accepted.
/// </summary>
public abstract class DocumentIntakeContract(bool azure) : StoreTestBase(azure)
{
    [Fact]
    public async Task A_valid_pdf_is_stored_with_its_page_count_and_hash()
    {
        var pdf = PdfSamples.Valid(pages: 3);

        var accepted = Assert.IsType<AcceptedDocument>(await SingleAsync(pdf, "avis d'imposition.pdf"));

        Assert.Equal("application/pdf", accepted.ContentType);
        Assert.Equal(3, accepted.PageCount);
        Assert.Equal(pdf.Length, accepted.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), accepted.Sha256);
        Assert.Null(accepted.ThumbnailBlobName);
        Assert.Equal("avis d'imposition.pdf", accepted.DisplayName);
        Assert.Equal([accepted.BlobName], await AllBlobNamesAsync());
    }

    [Fact]
    public async Task A_pdf_protected_by_an_owner_password_only_opens_without_one_and_is_accepted()
    {
        var pdf = PdfSamples.OwnerPasswordOnly();

        var accepted = Assert.IsType<AcceptedDocument>(await SingleAsync(pdf, "releve CAF.pdf"));

        Assert.Equal(1, accepted.PageCount);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), accepted.Sha256);
        Assert.Equal(pdf, await ReadAsync(accepted.BlobName));
    }

    [Fact]
    public async Task A_pdf_that_needs_a_password_to_open_is_refused_with_how_to_remove_it()
    {
        var refused = Assert.IsType<RefusedDocument>(await SingleAsync(PdfSamples.Encrypted(), "bulletin.pdf"));

        Assert.Equal(RefusalReason.EncryptedPdf, refused.Reason);
        Assert.StartsWith("Le fichier « bulletin.pdf » est protégé par un mot de passe.", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await AllBlobNamesAsync());
    }

    [Fact]
    public async Task A_pdf_carrying_an_attached_program_is_refused_with_a_french_message()
    {
        var refused = Assert.IsType<RefusedDocument>(await SingleAsync(PdfSamples.WithEmbeddedFile(), "facture.pdf"));

        Assert.Equal(RefusalReason.PdfAttachment, refused.Reason);
        Assert.StartsWith("Le fichier « facture.pdf » contient des pièces jointes", refused.Message, StringComparison.Ordinal);
        Assert.Contains("« Imprimer » > « Enregistrer en PDF »", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await AllBlobNamesAsync());
    }

    public static TheoryData<string, string, RefusalReason> Refused => new()
    {
        { "empty", "vide.pdf", RefusalReason.Empty },
        { "truncated-pdf", "attestation.pdf", RefusalReason.CorruptPdf },
        { "encrypted-pdf", "bulletin.pdf", RefusalReason.EncryptedPdf },
        { "javascript-pdf", "facture.pdf", RefusalReason.ActivePdfContent },
        { "launch-pdf", "facture.pdf", RefusalReason.ActivePdfContent },
        { "embedded-file-pdf", "facture.pdf", RefusalReason.PdfAttachment },
        { "file-attachment-pdf", "releve.pdf", RefusalReason.PdfAttachment },
        { "html", "jugement.pdf", RefusalReason.UnsupportedType },
        { "svg", "photo.svg", RefusalReason.UnsupportedType },
        { "script", "script.sh", RefusalReason.UnsupportedType },
        { "zip", "documents.zip", RefusalReason.UnsupportedType },
        { "elf", "scan.pdf", RefusalReason.UnsupportedType },
        { "office", "attestation.doc", RefusalReason.UnsupportedType },
        { "eicar", "eicar.com", RefusalReason.Infected },
        { "eicar-pdf", "ordonnance.pdf", RefusalReason.Infected },
        { "png-bomb", "carnet.png", RefusalReason.ImageDimensionsTooLarge },
        { "jpeg-named-pdf", "vaccins.pdf", RefusalReason.ContentDoesNotMatchName },
        { "pdf-named-png", "vaccins.png", RefusalReason.ContentDoesNotMatchName },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Bad_input_is_refused_with_a_french_message_and_nothing_is_stored(string sample, string fileName, RefusalReason reason)
    {
        var refused = Assert.IsType<RefusedDocument>(await SingleAsync(Sample(sample), fileName));

        Assert.Equal(reason, refused.Reason);
        Assert.Contains($"« {refused.DisplayName} »", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await AllBlobNamesAsync());
    }

    [Fact]
    public async Task A_pdf_over_the_limit_is_refused_with_how_to_make_it_smaller()
    {
        var pdf = PdfSamples.Scanned(2_300_000);

        var refused = Assert.IsType<RefusedDocument>(await SingleAsync(pdf, "avis.pdf"));

        Assert.Equal(RefusalReason.TooLarge, refused.Reason);
        Assert.StartsWith("Le fichier « avis.pdf » dépasse 2000 ko", refused.Message, StringComparison.Ordinal);
        Assert.Contains("150 ppp", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await AllBlobNamesAsync());
    }

    [Theory]
    [InlineData("%PDF-1.7\n", "enorme.pdf")]
    [InlineData("\u00ff\u00d8\u00ff\u00e0", "enorme.jpg")]
    public async Task A_40_mb_upload_is_refused_without_being_read_to_the_end(string header, string fileName)
    {
        var upload = new LargeUpload(System.Text.Encoding.Latin1.GetBytes(header), 40_000_000);

        var results = await IntakeHarness.Create(Store).ProcessAsync(new IntakeRequest(PieceLimits.Default, [new IncomingFile(upload, fileName)]));

        var refused = Assert.IsType<RefusedDocument>(Assert.Single(results));
        Assert.Equal(RefusalReason.TooLarge, refused.Reason);
        Assert.True(upload.BytesServed <= new Storage.Intake.IntakeOptions().MaxUploadBytes + 100_000, $"read {upload.BytesServed} bytes");
        Assert.Empty(await AllBlobNamesAsync());
    }

    [Fact]
    public async Task A_12_megapixel_photo_with_gps_is_accepted_upright_under_the_limit_and_without_gps()
    {
        var photo = ImageSamples.TwelveMegapixelPhotoWithGps();
        Assert.True(photo.Length > 2_048_000, $"the sample photo should be over the limit, it is {photo.Length} bytes");

        var accepted = Assert.IsType<AcceptedDocument>(await SingleAsync(photo, "IMG_2041.JPG"));

        Assert.Equal("image/jpeg", accepted.ContentType);
        Assert.InRange(accepted.Size, 1, 2_048_000);
        Assert.True(accepted.Height > accepted.Width, "EXIF orientation 6 turns the 4000 × 3000 photo upright");
        var stored = await ReadAsync(accepted.BlobName);
        Assert.Equal(accepted.Size, stored.Length);
        Assert.Equal(-1, stored.AsSpan().IndexOf("Exif\0\0"u8));
        Assert.Equal(-1, stored.AsSpan().IndexOf(BitConverter.GetBytes(ExifWriter.LatitudeSecondsNumerator)));
        Assert.NotNull(accepted.ThumbnailBlobName);
        var thumbnail = await ReadAsync(accepted.ThumbnailBlobName);
        Assert.True(thumbnail.Length < 100_000);
        Assert.Equal([accepted.BlobName, accepted.ThumbnailBlobName], (await AllBlobNamesAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_png_keeps_its_format_and_gets_a_thumbnail()
    {
        var accepted = Assert.IsType<AcceptedDocument>(await SingleAsync(ImageSamples.PngWithAlpha(), "carnet.png"));

        Assert.Equal("image/png", accepted.ContentType);
        Assert.Equal((300, 200), (accepted.Width, accepted.Height));
        Assert.Equal("carnet.png", accepted.DisplayName);
        Assert.True(await Store.ExistsAsync(accepted.ThumbnailBlobName!));
    }

    [Fact]
    public async Task A_fifth_file_for_a_piece_is_refused_and_the_others_are_unaffected()
    {
        var request = new IntakeRequest(
            new PieceLimits(AlreadyStored: 2),
            [
                IntakeHarness.File(PdfSamples.Valid(1), "page1.pdf"),
                IntakeHarness.File(OtherSamples.Html(), "page2.pdf"),
                IntakeHarness.File(ImageSamples.SmallJpeg(), "page3.jpg"),
                IntakeHarness.File(PdfSamples.Valid(1), "page4.pdf"),
            ]);

        var results = await IntakeHarness.Create(Store).ProcessAsync(request);

        Assert.IsType<AcceptedDocument>(results[0]);
        Assert.Equal(RefusalReason.UnsupportedType, Assert.IsType<RefusedDocument>(results[1]).Reason);
        Assert.IsType<AcceptedDocument>(results[2]);
        var fifth = Assert.IsType<RefusedDocument>(results[3]);
        Assert.Equal(RefusalReason.TooManyFiles, fifth.Reason);
        Assert.Contains("déjà 4 fichiers", fifth.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await AllBlobNamesAsync()).Count);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("<script>.pdf", "script.pdf")]
    [InlineData("C:\\Users\\marie\\Desktop\\CAF\u0000\u0007.pdf", "CAF.pdf")]
    public async Task Hostile_file_names_are_only_sanitised_for_display(string fileName, string displayName)
    {
        var accepted = Assert.IsType<AcceptedDocument>(await SingleAsync(PdfSamples.Valid(1), fileName));

        Assert.Equal(displayName, accepted.DisplayName);
        Assert.DoesNotContain("passwd", accepted.BlobName, StringComparison.Ordinal);
        Assert.DoesNotContain("script", accepted.BlobName, StringComparison.Ordinal);
        Assert.Equal([accepted.BlobName], await AllBlobNamesAsync());
    }

    private static byte[] Sample(string sample) => sample switch
    {
        "empty" => [],
        "truncated-pdf" => PdfSamples.Truncated(),
        "encrypted-pdf" => PdfSamples.Encrypted(),
        "javascript-pdf" => PdfSamples.WithJavaScript(),
        "launch-pdf" => PdfSamples.WithLaunchAction(),
        "embedded-file-pdf" => PdfSamples.WithEmbeddedFile(),
        "file-attachment-pdf" => PdfSamples.WithFileAttachmentAnnotation(),
        "html" => OtherSamples.Html(),
        "svg" => OtherSamples.SvgWithScript(),
        "script" => OtherSamples.ShellScript(),
        "zip" => OtherSamples.Zip(),
        "elf" => OtherSamples.Elf(),
        "office" => OtherSamples.LegacyOffice(),
        "eicar" => OtherSamples.Eicar(),
        "eicar-pdf" => PdfSamples.WithEicar(),
        "png-bomb" => ImageSamples.DecompressionBombPng(),
        "jpeg-named-pdf" => ImageSamples.SmallJpeg(),
        "pdf-named-png" => PdfSamples.Valid(1),
        _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, null),
    };

    private async Task<IntakeResult> SingleAsync(byte[] content, string fileName)
    {
        var results = await IntakeHarness.Create(Store).ProcessAsync(new IntakeRequest(PieceLimits.Default, [IntakeHarness.File(content, fileName)]));
        return Assert.Single(results);
    }

    private async Task<byte[]> ReadAsync(string name)
    {
        await using var blob = await Store.OpenReadAsync(name);
        Assert.NotNull(blob);
        using var copy = new MemoryStream();
        await blob.Content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
