# Shared by .ci/openapi and .ci/grpc (sourced from the repository root):
# - the Python tools in a virtual environment under target/, every version pinned in
#   .ci/requirements.txt (rebuilt when the pins change);
# - start_service: the example service (every feature, its gRPC API included) on a
#   free port of 127.0.0.1; sets $base (http://HOST:PORT), $address (HOST:PORT) and
#   $work (a scratch directory), and stops the service on exit.

venv=target/ci-venv
if ! "$venv/bin/pip" freeze 2>/dev/null | cmp -s - <(grep -v '^#' .ci/requirements.txt); then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r .ci/requirements.txt
fi

start_service() {
    service=$(cargo build --quiet --workspace --all-features --examples --message-format=json |
        "$venv/bin/python" -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "service":
        print(m["executable"])
')
    work=$(mktemp -d)
    "$service" 0 >"$work/service.log" 2>&1 &
    pid=$!
    trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
    base=
    for _ in $(seq 200); do
        base=$(sed -n 's/^errcat example service on //p' "$work/service.log")
        [ -n "$base" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$base" ]; then
        echo "the example service did not start:" >&2
        cat "$work/service.log" >&2
        exit 1
    fi
    address=${base#http://}
}
