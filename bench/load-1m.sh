#!/usr/bin/env bash
# Loads BENCH_ROWS demo documents (default 1 000 000) into a FRESH embedded database under
# bench/var-<rows> and reports the seed time (SQL legaldocs.seed_demo + ANALYZE, from the server log) and
# the time from process start to /health/ready; then stops the server. The loaded data dir is kept and
# reused by bench/run.sh.
#
#   bench/load-1m.sh                       # 1 000 000 rows
#   BENCH_ROWS=100000 bench/load-1m.sh     # 100 000 rows into bench/var-100k
#   BENCH_FRESH=0 bench/load-1m.sh         # keep an existing complete load (only restarts)
#
# Result: bench/results/<date>-<rows>-load.txt
set -euo pipefail
BENCH_FRESH=${BENCH_FRESH:-1} exec "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh" --load-only "$@"
