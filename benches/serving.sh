#!/usr/bin/env bash
# Serving cost, side by side: the same four routes served by three stacks (the framework
# alone, what services write today, errcat), in axum and in actix-web, under wrk.
#
#   bash benches/serving.sh                   DURATION=2 ROUNDS=7 CONNECTIONS=32
#   FRAMEWORKS=axum bash benches/serving.sh   one framework
#   ROUTES=success bash benches/serving.sh    some routes (of success conflict not_found bad_json)
#
# The server (benches/serving/main.rs, release build) runs on core 0, wrk on core 1
# (taskset), so that the two do not share a core. Each round runs every stack on every
# route in turn (rounds interleave the stacks, so that drift of the machine spreads over
# all of them; on a shared virtual machine, many short rounds give steadier medians than
# a few long ones); the table gives the median of the rounds: requests per second, p50
# and p99 latency, the server's CPU time per request (user + system, from /proc), and the
# ratios errcat/bare and errcat/hand of throughput.
#
# Routes: GET /widgets/gear (200), GET /woks/w1 (a handler's 409), GET /no/such/route
# (404), POST /widgets with `{` (400 bad JSON). wrk is Debian's (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-2}
ROUNDS=${ROUNDS:-7}
CONNECTIONS=${CONNECTIONS:-32}
. benches/serving/stacks.sh

if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian's package)"
    apt-get install -y wrk >/dev/null
fi
cores=$(nproc)
if [ "$cores" -lt 2 ]; then
    echo "needs 2 cores: the server on one, wrk on the other" >&2
    exit 1
fi

build_server
work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

cat >"$work/bad_json.lua" <<'EOF'
wrk.method = "POST"
wrk.body = "{"
wrk.headers["Content-Type"] = "application/json"
EOF

# Starts `serving $1 $2` on core 0; sets `pid` and `base`.
start() {
    taskset -c 0 "$server" "$1" "$2" >"$work/server.log" 2>&1 &
    pid=$!
    base=
    for _ in $(seq 100); do
        base=$(sed -n 's/^listening on //p' "$work/server.log")
        [ -n "$base" ] && return 0
        sleep 0.1
    done
    echo "the server did not start:" >&2
    cat "$work/server.log" >&2
    exit 1
}

stop() {
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
}

# The server's CPU time so far, in clock ticks (user + system).
ticks() {
    awk '{ print $14 + $15 }' "/proc/$pid/stat"
}

# Runs wrk on core 1 against route $1; prints `requests/s p50 p99 cpu-us-per-request`.
load() {
    local url script=()
    case "$1" in
        success) url="$base/widgets/gear" ;;
        conflict) url="$base/woks/w1" ;;
        not_found) url="$base/no/such/route" ;;
        bad_json) url="$base/widgets"; script=(-s "$work/bad_json.lua") ;;
    esac
    local before after
    before=$(ticks)
    taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${script[@]}" "$url" \
        >"$work/wrk.out" 2>&1
    after=$(ticks)
    python3 - "$work/wrk.out" "$((after - before))" "$(getconf CLK_TCK)" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
ticks, per_second = int(sys.argv[2]), int(sys.argv[3])
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
p50 = re.search(r"^\s+50%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
errors = re.search(r"Socket errors:.*", text)
if not (rps and p50 and p99) or errors:
    sys.exit("wrk failed:\n" + text)
total = re.search(r"(\d+) requests in", text)
cpu_us = ticks / per_second * 1e6 / max(int(total.group(1)), 1) if total else 0.0
print(rps.group(1), ms(*p50.groups()), ms(*p99.groups()), round(cpu_us, 2))
EOF
}

results="$work/results"
: >"$results"
for round in $(seq "$ROUNDS"); do
    for framework in $FRAMEWORKS; do
        for stack in $(stacks "$framework"); do
            start "$framework" "$stack"
            # Warm up: connections, allocator, caches.
            taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d1s "$base/widgets/gear" >/dev/null 2>&1
            for route in $ROUTES; do
                echo "$framework $stack $route $(load "$route")" >>"$results"
            done
            stop
        done
    done
    echo "round $round of $ROUNDS done" >&2
done

python3 - "$results" "$DURATION" "$ROUNDS" "$CONNECTIONS" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
duration, rounds, connections = sys.argv[2:5]
data = {}
for framework, stack, route, rps, p50, p99, cpu in rows:
    data.setdefault((framework, route, stack), []).append((float(rps), float(p50), float(p99), float(cpu)))
def median(key, i):
    return statistics.median(v[i] for v in data[key])
print(f"{rounds} interleaved rounds of {duration} s per route and stack, {connections} connections;")
print("server on core 0, wrk on core 1; medians. Cells: requests/s (p50 / p99 latency in ms;")
print("server CPU time per request in µs). ratio = errcat's throughput over the other's.\n")
print("| framework | route | bare | hand | errcat | errcat / bare | errcat / hand | layered | layered / bare | floor | floor / bare |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
def cell(key):
    return f"{median(key, 0):,.0f} ({median(key, 1):.2f} / {median(key, 2):.2f}; {median(key, 3):.1f})"
for framework in dict.fromkeys(r[0] for r in rows):
    for route in dict.fromkeys(r[2] for r in rows):
        cells = [cell((framework, route, stack)) for stack in ("bare", "hand", "errcat")]
        errcat = median((framework, route, "errcat"), 0)
        bare = median((framework, route, "bare"), 0)
        hand = median((framework, route, "hand"), 0)
        extra = " | ".join(
            f"{cell(key)} | {median(key, 0) / bare:.2f}" if key in data else "- | -"
            for key in ((framework, route, "layered"), (framework, route, "floor"))
        )
        print(f"| {framework} | {route} | {' | '.join(cells)} | {errcat / bare:.2f} | {errcat / hand:.2f} | {extra} |")
EOF
