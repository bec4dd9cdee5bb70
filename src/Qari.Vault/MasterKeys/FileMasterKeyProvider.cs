using System.Security.Cryptography;
using System.Text;
using Qari.Model.Results;

namespace Qari.Vault.MasterKeys;

/// <summary>
/// A key file for self-hosted installs: base64 keys one per line, the first active, later lines retired keys kept
/// for a rotation. Created (mode 0600) only when <c>allowCreate</c> is true and the file does not exist; a file
/// readable or writable by group or others is refused, and an existing file is never overwritten on error.
/// </summary>
public sealed class FileMasterKeyProvider : IMasterKeyProvider
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Uses the key file at <paramref name="path"/>.</summary>
    public FileMasterKeyProvider(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>Absolute path of the key file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Description => $"key file {Path}";

    /// <inheritdoc />
    public Result<MasterKeyRing> Load(bool allowCreate)
    {
        if (!File.Exists(Path))
        {
            if (!allowCreate)
            {
                return VaultErrors.Create(VaultErrorCode.MasterKeyMissing,
                    $"{Path}: master key file not found, but credentials are stored: restore the key file from your backup (a new key cannot decrypt them).");
            }
            var created = TryCreate();
            if (!created.IsSuccess) return created.Error;
        }
        var permissions = CheckPermissions();
        if (!permissions.IsSuccess) return permissions.Error;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return VaultErrors.Create(VaultErrorCode.MasterKeyMalformed, $"{Path}: cannot read the key file ({ex.GetType().Name}).");
        }
        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        try
        {
            var count = Encoding.UTF8.GetChars(bytes, chars);
            return MasterKeyText.ParseRing(chars.AsSpan(0, count), Path);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
            Array.Clear(chars);
        }
    }

    /// <summary>
    /// Puts a newly generated key first (active) and keeps every existing key after it, by writing a new 0600
    /// file and renaming it over the old one, so a crash leaves either the old file or the complete new one.
    /// Returns the new key's id.
    /// </summary>
    public Result<MasterKeyId> AddActiveKey()
    {
        var permissions = CheckPermissions();
        if (!permissions.IsSuccess) return permissions.Error;
        var existing = File.ReadAllBytes(Path);
        var temp = Path + ".new";
        using var key = AesGcmMasterKey.Generate();
        var base64 = key.ToBase64Chars();
        var line = new byte[base64.Length + 1];
        try
        {
            Encoding.ASCII.GetBytes(base64, line);
            line[^1] = (byte)'\n';
            File.Delete(temp);
            using (var stream = new FileStream(temp, CreateOptions()))
            {
                stream.Write(line);
                stream.Write(existing);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, Path, overwrite: true);
            return key.Id;
        }
        finally
        {
            Array.Clear(base64);
            CryptographicOperations.ZeroMemory(line);
            CryptographicOperations.ZeroMemory(existing);
        }
    }

    private Result<bool> TryCreate()
    {
        using var key = AesGcmMasterKey.Generate();
        var base64 = key.ToBase64Chars();
        var line = new byte[base64.Length + 1];
        try
        {
            Encoding.ASCII.GetBytes(base64, line);
            line[^1] = (byte)'\n';
            var directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
            {
                if (OperatingSystem.IsWindows()) Directory.CreateDirectory(directory);
                else Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            // CreateNew: if another process created the file meanwhile, fail rather than overwrite its key.
            using var stream = new FileStream(Path, CreateOptions());
            stream.Write(line);
            stream.Flush(flushToDisk: true);
            return true;
        }
        catch (IOException ex)
        {
            return VaultErrors.Create(VaultErrorCode.MasterKeyMissing, $"{Path}: could not create the key file ({ex.GetType().Name}).");
        }
        finally
        {
            Array.Clear(base64);
            CryptographicOperations.ZeroMemory(line);
        }
    }

    private Result<bool> CheckPermissions()
    {
        if (OperatingSystem.IsWindows()) return true;
        var mode = File.GetUnixFileMode(Path);
        if ((mode & GroupOrOthers) != 0)
        {
            return VaultErrors.Create(VaultErrorCode.KeyFileTooPermissive,
                $"{Path}: the master key file is accessible by group or others; run 'chmod 600 {Path}' (and check who may have read it).");
        }
        return true;
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        return options;
    }
}
