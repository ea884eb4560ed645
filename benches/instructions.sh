#!/usr/bin/env bash
# Serving cost in instructions: the same routes and stacks as benches/serving.sh, each
# server run under callgrind and sent a fixed number of requests over one keep-alive
# connection; the table gives the server's user-space instructions per request and the
# ratios errcat/bare and errcat/hand.
#
#   bash benches/instructions.sh                 REQUESTS=2000
#   FRAMEWORKS=axum bash benches/instructions.sh one framework
#   ROUTES=success bash benches/instructions.sh  some routes (of success conflict not_found bad_json)
#
# Unlike throughput on a shared machine, an instruction count is the same from run to
# run (to the instruction), so a change to a layer shows as what it adds or saves. It
# leaves out what the kernel does for a request (the sockets, most of a request's time
# under load), which is the same for every stack but the bytes of the id header: the
# throughput ratios of serving.sh are nearer 1 than these.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${REQUESTS:-2000}
WARMUP=${WARMUP:-300}
. benches/serving/stacks.sh

if ! command -v valgrind >/dev/null; then
    echo "installing valgrind (Debian's package)"
    apt-get install -y valgrind >/dev/null
fi

build_server
work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

# Sends `$4` requests for route `$3` to `$1:$2` over one connection, reading each answer.
cat >"$work/client.py" <<'EOF'
import http.client, sys
host, port, route, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
paths = {"success": "/widgets/gear", "conflict": "/woks/w1", "not_found": "/no/such/route"}
connection = http.client.HTTPConnection(host, port)
for _ in range(count):
    if route == "bad_json":
        connection.request("POST", "/widgets", body="{", headers={"Content-Type": "application/json"})
    else:
        connection.request("GET", paths[route])
    connection.getresponse().read()
EOF

# Instructions per request of `serving $1 $2` on route $3.
measure() {
    rm -f "$work"/callgrind.out*
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
        "$server" "$1" "$2" >"$work/server.log" 2>&1 &
    pid=$!
    local base=
    for _ in $(seq 300); do
        base=$(sed -n 's/^listening on //p' "$work/server.log")
        [ -n "$base" ] && break
        sleep 0.1
    done
    if [ -z "$base" ]; then
        echo "the server did not start:" >&2
        cat "$work/server.log" >&2
        exit 1
    fi
    local address=${base#http://}
    local host=${address%:*} port=${address##*:}
    python3 "$work/client.py" "$host" "$port" "$3" "$WARMUP"
    callgrind_control --zero "$pid" >/dev/null 2>&1
    python3 "$work/client.py" "$host" "$port" "$3" "$REQUESTS"
    callgrind_control --dump "$pid" >/dev/null 2>&1
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
    local dump
    dump=$(ls "$work"/callgrind.out.* | head -1)
    local total
    total=$(awk '/^(summary|totals):/ { print $2; exit }' "$dump")
    echo $((total / REQUESTS))
}

results="$work/results"
: >"$results"
for framework in $FRAMEWORKS; do
    for stack in $(stacks "$framework"); do
        for route in $ROUTES; do
            echo "$framework $stack $route $(measure "$framework" "$stack" "$route")" >>"$results"
        done
    done
done

python3 - "$results" "$REQUESTS" <<'EOF'
import sys
rows = [line.split() for line in open(sys.argv[1])]
count = {(f, s, r): int(n) for f, s, r, n in rows}
frameworks = list(dict.fromkeys(f for f, _, _, _ in rows))
routes = list(dict.fromkeys(r for _, _, r, _ in rows))
print(f"Instructions per request (server, user space; {sys.argv[2]} requests, one connection)\n")
print("| framework | route | bare | hand | errcat | errcat/bare | errcat/hand | layered | layered/bare | floor | floor/bare |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for f in frameworks:
    for r in routes:
        bare, hand, errcat = (count[(f, s, r)] for s in ("bare", "hand", "errcat"))
        extra = " | ".join(
            f"{n:,} | {n / bare:.2f}x" if n else "- | -"
            for n in (count.get((f, "layered", r)), count.get((f, "floor", r)))
        )
        print(f"| {f} | {r} | {bare:,} | {hand:,} | {errcat:,} | {errcat / bare:.2f}x | {errcat / hand:.2f}x | {extra} |")
EOF
