using System.Buffers.Binary;

namespace DossierFamille.Storage.Tests.Corpus;

/// <summary>
/// Inserts an EXIF APP1 segment (little-endian TIFF) right after a JPEG's SOI marker: an
/// orientation tag and a GPS IFD placing the photo in Antibes.
/// </summary>
internal static class ExifWriter
{
    /// <summary>Latitude seconds as stored (56.78″), a byte pattern the tests look for afterwards.</summary>
    public const uint LatitudeSecondsNumerator = 5678;

    public static byte[] Insert(byte[] jpeg, ushort orientation)
    {
        var tiff = new byte[140];
        var span = tiff.AsSpan();
        "II"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 8);

        // IFD0 at 8: Orientation, GPSInfo pointer.
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], 2);
        Entry(span[10..], 0x0112, 3, 1, orientation);
        Entry(span[22..], 0x8825, 4, 1, 38);
        BinaryPrimitives.WriteUInt32LittleEndian(span[34..], 0);

        // GPS IFD at 38: LatitudeRef, Latitude, LongitudeRef, Longitude.
        BinaryPrimitives.WriteUInt16LittleEndian(span[38..], 4);
        Entry(span[40..], 0x0001, 2, 2, 'N');
        Entry(span[52..], 0x0002, 5, 3, 92);
        Entry(span[64..], 0x0003, 2, 2, 'E');
        Entry(span[76..], 0x0004, 5, 3, 116);
        BinaryPrimitives.WriteUInt32LittleEndian(span[88..], 0);
        Rationals(span[92..], (43, 1), (34, 1), (LatitudeSecondsNumerator, 100));
        Rationals(span[116..], (7, 1), (7, 1), (1234, 100));

        byte[] exifHeader = [0xFF, 0xE1, 0, 0, .. "Exif\0\0"u8];
        BinaryPrimitives.WriteUInt16BigEndian(exifHeader.AsSpan(2), (ushort)(2 + 6 + tiff.Length));
        return [.. jpeg[..2], .. exifHeader, .. tiff, .. jpeg[2..]];
    }

    private static void Entry(Span<byte> entry, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(entry, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], value);
    }

    private static void Rationals(Span<byte> target, params (uint Numerator, uint Denominator)[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(target[(i * 8)..], values[i].Numerator);
            BinaryPrimitives.WriteUInt32LittleEndian(target[((i * 8) + 4)..], values[i].Denominator);
        }
    }
}
