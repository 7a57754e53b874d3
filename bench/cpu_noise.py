#!/usr/bin/env python3
"""CPU noise accounting for benchmarks on a shared box (the project box has 2 cores and other sessions
build and test on it). Same method as shared/peers/cpu_noise.py.

  cpu_noise.py quiet MAX_WAIT_S BUSY_PCT  wait (at most MAX_WAIT_S) until the whole box is < BUSY_PCT % busy
                                          over 3 s; prints what it saw
  cpu_noise.py snap FILE                  snapshot of per-process CPU ticks and /proc/stat
  cpu_noise.py diff FILE PID...           CPU used since the snapshot by processes that are NOT in the process
                                          trees of PID... (server, load generator) nor the caller's; one line:
                                          "box busy 97%; foreign 0.3 cpu-s = 1% of 2 cores (javac 0s, …)"
"""
import json
import os
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")


def procs():
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                s = f.read()
        except OSError:
            continue
        rp = s.rindex(")")
        fields = s[rp + 2:].split()
        out[int(d)] = (int(fields[1]), int(fields[11]) + int(fields[12]), s[s.index("(") + 1:rp])
    return out


def stat():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return sum(v), v[3] + v[4]


def busy(window=3.0):
    t0, i0 = stat()
    time.sleep(window)
    t1, i1 = stat()
    return 100.0 * (1 - (i1 - i0) / max(1, t1 - t0))


def tree(ps, roots):
    keep, changed = set(roots), True
    while changed:
        changed = False
        for pid, (ppid, _, _) in ps.items():
            if pid not in keep and ppid in keep:
                keep.add(pid)
                changed = True
    return keep


def main():
    cmd = sys.argv[1]
    if cmd == "quiet":
        max_wait, limit = float(sys.argv[2]), float(sys.argv[3])
        start = time.time()
        while True:
            b = busy()
            waited = time.time() - start
            if b < limit:
                print(f"quiet: box {b:.0f}% busy (waited {waited:.0f} s)")
                return
            if waited > max_wait:
                print(f"NOT quiet: box still {b:.0f}% busy after {waited:.0f} s; measuring anyway")
                return
    elif cmd == "snap":
        with open(sys.argv[2], "w") as f:
            json.dump({"t": time.time(), "stat": stat(), "procs": {p: v[1] for p, v in procs().items()}}, f)
    elif cmd == "diff":
        with open(sys.argv[2]) as f:
            snap = json.load(f)
        ps = procs()
        mine = tree(ps, [int(p) for p in sys.argv[3:] if p.isdigit()] + [os.getppid()])
        foreign, top = 0, {}
        for pid, (_, ticks, comm) in ps.items():
            if pid in mine:
                continue
            d = ticks - snap["procs"].get(str(pid), 0)
            if d > 0:
                foreign += d
                top[comm] = top.get(comm, 0) + d
        t1, i1 = stat()
        t0, i0 = snap["stat"]
        wall = time.time() - snap["t"]
        ncpu = os.cpu_count()
        b = 100.0 * (1 - (i1 - i0) / max(1, t1 - t0))
        tops = ", ".join(f"{k} {v / HZ:.0f}s" for k, v in sorted(top.items(), key=lambda kv: -kv[1])[:3])
        print(f"box busy {b:.0f}%; foreign {foreign / HZ:.1f} cpu-s = "
              f"{100 * foreign / HZ / (wall * ncpu):.0f}% of {ncpu} cores" + (f" ({tops})" if tops else ""))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
