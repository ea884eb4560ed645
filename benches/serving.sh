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
# route in turn, starting each round at the next stack (rounds interleave the stacks, so
# that drift of the machine spreads over all of them, and no stack always runs first; on
# a shared virtual machine, many short rounds give steadier medians than a few long
# ones). The first table gives the median of the rounds: requests per second, p50 and
# p99 latency, the server's CPU time per request (user + system, from /proc). The
# second gives the ratios, each the median of the rounds' own ratios (one round's
# stacks ran within seconds of each other) with their interquartile range: of
# throughput, and of CPU time per request (the other's over errcat's, so that above 1
# means errcat costs less), which the time a virtual machine's host takes from it does
# not count.
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
        read -ra served <<<"$(stacks "$framework")"
        for i in "${!served[@]}"; do
            stack=${served[$(((i + round) % ${#served[@]}))]}
            start "$framework" "$stack"
            # Warm up: connections, allocator, caches.
            taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d1s "$base/widgets/gear" >/dev/null 2>&1
            for route in $ROUTES; do
                echo "$round $framework $stack $route $(load "$route")" >>"$results"
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
for rnd, framework, stack, route, rps, p50, p99, cpu in rows:
    data.setdefault((framework, route, stack), {})[rnd] = tuple(map(float, (rps, p50, p99, cpu)))
frameworks = list(dict.fromkeys(r[1] for r in rows))
routes = list(dict.fromkeys(r[3] for r in rows))

def median(key, i):
    return statistics.median(v[i] for v in data[key].values())

def ratios(key, other, i, inverse):
    """The rounds' own ratios of `key`'s measure i to `other`'s: median (q1-q3)."""
    a, b = data[key], data[other]
    each = [b[r][i] / a[r][i] if inverse else a[r][i] / b[r][i]
            for r in a if r in b and a[r][i] and b[r][i]]
    if len(each) < 2:
        return f"{statistics.median(each):.2f}"
    q1, _, q3 = statistics.quantiles(each, n=4)
    return f"{statistics.median(each):.2f} ({q1:.2f}-{q3:.2f})"

def cell(key):
    if key not in data:
        return "-"
    return f"{median(key, 0):,.0f} ({median(key, 1):.2f} / {median(key, 2):.2f}; {median(key, 3):.1f})"

def table(columns, row):
    """A markdown table: a row per framework and route, `row(f, r)` its cells."""
    print("| framework | route | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 2) + "|")
    for f in frameworks:
        for r in routes:
            print(f"| {f} | {r} | " + " | ".join(row(f, r)) + " |")

def ratio(f, r, stack, other, i=0):
    key = (f, r, stack)
    return ratios(key, (f, r, other), i, inverse=i == 3) if key in data else "-"

stacks = ("bare", "hand", "errcat", "layered", "floor")
print(f"{rounds} interleaved rounds of {duration} s per route and stack, {connections} connections;")
print("server on core 0, wrk on core 1; medians. Cells: requests/s (p50 / p99 latency in ms;")
print("server CPU time per request in µs).\n")
table(stacks, lambda f, r: [cell((f, r, s)) for s in stacks])
print("\nRatios, each the median of the rounds' own (interquartile range). Throughput: the")
print("stack's requests/s over the other's. CPU: the other's CPU time per request over the stack's.\n")
pairs = [("errcat", "bare", 0), ("errcat", "hand", 0), ("layered", "bare", 0),
         ("floor", "bare", 0), ("errcat", "bare", 3), ("errcat", "hand", 3)]
table([("CPU: " if i else "") + f"{a} / {b}" for a, b, i in pairs],
      lambda f, r: [ratio(f, r, a, b, i) for a, b, i in pairs])
EOF
