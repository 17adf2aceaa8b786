namespace Campaign.Cli.Messages;

/// <summary>Recognises the system errors a clerk can fix, whose own wording is not in the report language.</summary>
internal static class SystemErrors
{
    // Unix puts the errno in HResult; Windows the Win32 code wrapped as 0x8007xxxx.
    private const int NoSpaceErrno = 28;
    private const int QuotaErrno = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);

    /// <summary>Whether the disk (or the user's quota) is full.</summary>
    public static bool IsDiskFull(IOException error) =>
        error.HResult is WindowsDiskFull or WindowsHandleDiskFull || (!OperatingSystem.IsWindows() && error.HResult is NoSpaceErrno or QuotaErrno);

    /// <summary>Whether another program holds the file open (on Windows, e.g. a workbook open in Excel).</summary>
    public static bool IsFileInUse(IOException error) => error.HResult is WindowsSharingViolation or WindowsLockViolation;
}
