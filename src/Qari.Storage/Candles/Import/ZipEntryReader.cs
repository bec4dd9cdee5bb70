using System.IO.Compression;

namespace Qari.Storage.Candles.Import;

/// <summary>A text reader over one zip entry that also disposes the archive.</summary>
internal sealed class ZipEntryReader(ZipArchive archive, ZipArchiveEntry entry) : StreamReader(entry.Open())
{
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) archive.Dispose();
    }
}
