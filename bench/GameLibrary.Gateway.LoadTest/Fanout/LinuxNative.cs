using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>The C library's calls the fan-out clients make directly (Linux, 64-bit layouts).</summary>
internal static class LinuxNative
{
    public const int SolSocket = 1;
    public const int SoTimestampNs = 35;
    public const int ScmTimestampNs = SoTimestampNs;
    public const int MsgDontWait = 0x40;
    public const int MsgControlTruncated = 0x8;
    public const int EAgain = 11;
    public const int EInterrupted = 4;
    public const int ClockRealtime = 0;

    /// <summary><c>struct timespec</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;

        public readonly long TotalNanoseconds => (Seconds * 1_000_000_000) + Nanoseconds;
    }

    /// <summary><c>struct iovec</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct IoVector
    {
        public nint Base;
        public nuint Length;
    }

    /// <summary><c>struct msghdr</c> (the padding after <c>msg_namelen</c> and <c>msg_flags</c> is the layout's alignment).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct MessageHeader
    {
        public nint Name;
        public int NameLength;
        public nint Vectors;
        public nuint VectorCount;
        public nint Control;
        public nuint ControlLength;
        public int Flags;
    }

    [DllImport("libc", EntryPoint = "recvmsg", SetLastError = true)]
    public static extern nint ReceiveMessage(SafeSocketHandle socket, ref MessageHeader message, int flags);

    [DllImport("libc", EntryPoint = "clock_gettime")]
    public static extern int ClockGetTime(int clock, out TimeSpec time);

    [DllImport("libc", EntryPoint = "clock_getres")]
    public static extern int ClockGetResolution(int clock, out TimeSpec resolution);
}
