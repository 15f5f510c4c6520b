using System.Buffers.Binary;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>
/// Reads a socket with <c>recvmsg</c> and the kernel's receive timestamp: with <c>SO_TIMESTAMPNS</c> on, TCP hands back
/// (<c>SCM_TIMESTAMPNS</c>, <c>CLOCK_REALTIME</c>) the time the last segment in the read reached the socket's receive
/// path — on loopback, while the gateway's send ran. The buffer must be pinned (the kernel writes it by address).
/// </summary>
internal sealed class TimestampedReceiver
{
    // One cmsghdr (16 bytes) and its timespec (16): CMSG_SPACE(16) = 32; room for one more.
    private const int ControlSize = 64;
    private const int ControlHeaderSize = 16;

    private readonly SafeSocketHandle _socket;
    private readonly byte[] _control = GC.AllocateUninitializedArray<byte>(ControlSize, pinned: true);
    private readonly LinuxNative.IoVector[] _vector = GC.AllocateArray<LinuxNative.IoVector>(1, pinned: true);

    public TimestampedReceiver(Socket socket, byte[] pinnedBuffer)
    {
        socket.SetRawSocketOption(LinuxNative.SolSocket, LinuxNative.SoTimestampNs, [1, 0, 0, 0]);
        _socket = socket.SafeHandle;
        _vector[0] = new LinuxNative.IoVector { Base = Marshal.UnsafeAddrOfPinnedArrayElement(pinnedBuffer, 0), Length = (nuint)pinnedBuffer.Length };
    }

    /// <summary>
    /// Reads what the socket holds without waiting: the byte count (0 at the end of the stream, -1 when there is nothing
    /// to read yet) and in <paramref name="receivedAt"/> the kernel's receive time in nanoseconds (0 if it gave none).
    /// </summary>
    public int Receive(out long receivedAt)
    {
        receivedAt = 0;
        var message = new LinuxNative.MessageHeader
        {
            Vectors = Marshal.UnsafeAddrOfPinnedArrayElement(_vector, 0),
            VectorCount = 1,
            Control = Marshal.UnsafeAddrOfPinnedArrayElement(_control, 0),
            ControlLength = ControlSize,
        };
        nint read = LinuxNative.ReceiveMessage(_socket, ref message, LinuxNative.MsgDontWait);
        if (read < 0)
        {
            int error = Marshal.GetLastPInvokeError();
            return error is LinuxNative.EAgain or LinuxNative.EInterrupted
                ? -1
                : throw new IOException($"recvmsg failed: {Marshal.GetPInvokeErrorMessage(error)} (errno {error}).");
        }

        if ((message.Flags & LinuxNative.MsgControlTruncated) == 0)
        {
            receivedAt = Timestamp(_control.AsSpan(0, (int)message.ControlLength));
        }

        return (int)read;
    }

    /// <summary>The <c>SCM_TIMESTAMPNS</c> among the control messages (cmsghdr: length, level, type, then the data, 8-aligned).</summary>
    private static long Timestamp(ReadOnlySpan<byte> control)
    {
        while (control.Length >= ControlHeaderSize)
        {
            int length = (int)BinaryPrimitives.ReadUInt64LittleEndian(control);
            int level = BinaryPrimitives.ReadInt32LittleEndian(control[8..]);
            int type = BinaryPrimitives.ReadInt32LittleEndian(control[12..]);
            if (level == LinuxNative.SolSocket && type == LinuxNative.ScmTimestampNs && length >= ControlHeaderSize + 16)
            {
                return MemoryMarshal.Read<LinuxNative.TimeSpec>(control[ControlHeaderSize..]).TotalNanoseconds;
            }

            int next = (length + 7) & ~7;
            if (next < ControlHeaderSize || next > control.Length)
            {
                break;
            }

            control = control[next..];
        }

        return 0;
    }
}
