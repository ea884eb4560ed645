#!/usr/bin/env bash
# Load: the example service on 127.0.0.1 under wrk (an HTTP load generator, installed from
# Debian's packages if missing), 64 connections.
#
# 1. Checked run: every error route of the service (panics, bad JSON and oversized bodies
#    included; valid, hostile and missing request ids) for DURATION seconds, at least
#    100,000 requests. wrk's Lua hook checks every response: a complete envelope with a
#    code its status documents, the body's id equal to the x-request-id header, no source
#    error text, Retry-After on 503. The run fails if a response is wrong, a request got
#    no response (a socket error), fewer than 100,000 were made, or the service stops
#    answering.
# 2. Overhead: the same routes (but the panic) with errcat's ErrorLayer and without it,
#    ROUNDS interleaved rounds of DURATION seconds each: throughput and p99 latency, and
#    their ratios.
#
#   bash benches/load.sh                  DURATION=15 ROUNDS=3 by default
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=64
THREADS=2

if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian's package)"
    apt-get install -y wrk >/dev/null
fi
echo "wrk: $(wrk --version 2>&1 | head -1)"

cargo build --quiet --release -p errcat-examples --features web --example service
target=${CARGO_TARGET_DIR:-target}/release/examples/service
work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

# Starts the load target with the given arguments; sets `pid` and `base`.
start() {
    "$target" 0 "$@" >"$work/target.log" 2>&1 &
    pid=$!
    base=
    for _ in $(seq 100); do
        base=$(sed -n 's/^errcat example service on //p' "$work/target.log")
        [ -n "$base" ] && return 0
        sleep 0.1
    done
    echo "the load target did not start:" >&2
    cat "$work/target.log" >&2
    exit 1
}

stop() {
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
}

# `KEY=value` out of wrk's RESULT/CHECKED lines.
field() {
    sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p" "$2" | head -1
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# 1. Every response checked.
start
echo "checked run: ${DURATION}s, $CONNECTIONS connections, every error route"
ERRCAT_LOAD_MODE=check wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency \
    -s benches/load.lua "$base" >"$work/check.txt"
grep -E '^(RESULT|STATUSES|CHECKED|BAD)' "$work/check.txt"
requests=$(field requests "$work/check.txt")
checked=$(field checked "$work/check.txt")
bad=$(field bad "$work/check.txt")
errors=$(field socket_errors "$work/check.txt")
[ "$bad" = 0 ] || fail "$bad responses were wrong (first: $(sed -n 's/^BAD //p' "$work/check.txt" | head -1))"
[ "$errors" = 0 ] || fail "$errors requests got no response (socket errors)"
[ "$checked" = "$requests" ] || fail "$requests responses, $checked checked"
[ "$requests" -ge 100000 ] || fail "only $requests requests: raise DURATION"
still=$(python3 -c '
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/widgets/gear", timeout=5) as r:
    print(r.status, r.read().decode())
' "$base")
[ "$still" = '200 {"name":"gear","size":3}' ] || fail "the service no longer answers: $still"
kill -0 "$pid" || fail "the service is gone"
echo "ok: $requests requests, every response a complete envelope whose id is the header's, none lost; still answering"
stop

# 2. What ErrorLayer costs: interleaved rounds, same routes.
echo
echo "overhead: $ROUNDS rounds of ${DURATION}s each, with ErrorLayer and without"
: >"$work/overhead.txt"
for round in $(seq "$ROUNDS"); do
    for variant in with without; do
        if [ "$variant" = with ]; then start; else start --without-layer; fi
        ERRCAT_LOAD_MODE=overhead wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency \
            -s benches/load.lua "$base" >"$work/run.txt"
        rps=$(field rps "$work/run.txt")
        p99=$(field p99_us "$work/run.txt")
        echo "$variant $rps $p99" >>"$work/overhead.txt"
        echo "  round $round, $variant ErrorLayer: $rps requests/s, p99 ${p99} us"
        stop
    done
done
python3 - "$work/overhead.txt" <<'PY'
import statistics, sys
runs = {"with": [], "without": []}
for line in open(sys.argv[1]):
    variant, rps, p99 = line.split()
    runs[variant].append((float(rps), int(p99)))
med = {v: (statistics.median(r for r, _ in xs), statistics.median(p for _, p in xs)) for v, xs in runs.items()}
(w_rps, w_p99), (o_rps, o_p99) = med["with"], med["without"]
print(f"median with ErrorLayer:    {w_rps:.0f} requests/s, p99 {w_p99 / 1000:.2f} ms")
print(f"median without ErrorLayer: {o_rps:.0f} requests/s, p99 {o_p99 / 1000:.2f} ms")
print(f"throughput ratio (with / without): {w_rps / o_rps:.2f}x; p99 ratio: {w_p99 / o_p99:.2f}x")
PY
