#!/usr/bin/env bash
# What a newcomer and CI pay to build: on a fresh clone of the committed HEAD, each step
# from an empty target directory, the wall-clock time of
#   - the README's first command (the tour),
#   - the README's test command,
#   - .ci/run (fmt, clippy, the tests and the third-party checkers),
# with the crates already downloaded (`cargo fetch` first, untimed), as on a machine
# that has built Rust before. Prints a table with the date and the machine.
#
#   bash benches/fresh_clone.sh               # all three steps
#   STEPS="tour tests" bash benches/fresh_clone.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
steps=${STEPS:-tour tests ci}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git clone -q "$root" "$work/errcat"
# CI runs with ../shared beside the clone.
if [ -d "$root/../shared" ]; then
    ln -s "$(cd "$root/../shared" && pwd)" "$work/shared"
fi
cd "$work/errcat"
cargo fetch -q

# name, command...; runs it from an empty target directory and prints its time
step() {
    local name=$1 start end
    shift
    rm -rf target
    start=$(date +%s)
    if ! "$@" > "$work/$name.log" 2>&1; then
        echo "$name failed; its output:" >&2
        tail -40 "$work/$name.log" >&2
        exit 1
    fi
    end=$(date +%s)
    printf '%-40s %6s s\n' "$*" "$((end - start))"
}

echo "fresh clone of $(git rev-parse --short HEAD), $(date -u +%Y-%m-%d)," \
    "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(rustc --version)"
for s in $steps; do
    case "$s" in
        tour) step tour cargo run -q -p errcat-examples --example tour ;;
        tests) step tests cargo test -q --workspace --all-features ;;
        ci) step ci bash .ci/run ;;
        *) echo "unknown step $s (tour, tests, ci)" >&2; exit 2 ;;
    esac
done
