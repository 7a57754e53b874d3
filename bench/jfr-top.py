#!/usr/bin/env python3
"""Summary of a JFR recording's execution samples: top frames (self) and top frames of our code or of named
packages anywhere on the stack (inclusive), as shares of all samples.

  python3 bench/jfr-top.py rec.jfr [N]
"""
import collections
import subprocess
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                     capture_output=True, text=True, check=True).stdout
samples = []
stack = None
for line in out.splitlines():
    s = line.strip()
    if s.startswith("stackTrace = ["):
        stack = []
    elif stack is not None:
        if s.startswith("]"):
            samples.append(stack)
            stack = None
        elif s and not s.startswith("..."):
            stack.append(s.split("(")[0].split(" line:")[0])
n = len(samples) or 1
self_ = collections.Counter(st[0] for st in samples if st)
incl = collections.Counter()
for st in samples:
    for f in set(st):
        incl[f] += 1
print(f"{len(samples)} execution samples")
print(f"\n== top {top} self frames ==")
for f, c in self_.most_common(top):
    print(f"{100 * c / n:5.1f} %  {f}")
print(f"\n== top {top} inclusive frames (any depth) ==")
for f, c in incl.most_common(top * 2):
    print(f"{100 * c / n:5.1f} %  {f}")
