using System.Diagnostics;

namespace GameLibrary.Gateway.LoadTest.Fanout;

/// <summary>A process's CPU time so far, user and system (kernel: socket sends and receives) apart.</summary>
internal readonly record struct CpuTimes(TimeSpan User, TimeSpan System)
{
    public TimeSpan Total => User + System;

    public static CpuTimes Of(int processId)
    {
        using var process = Process.GetProcessById(processId);
        return new CpuTimes(process.UserProcessorTime, process.PrivilegedProcessorTime);
    }

    public static CpuTimes operator -(CpuTimes after, CpuTimes before) => new(after.User - before.User, after.System - before.System);
}
