#!/usr/bin/env bash
# Rebuild time of #[derive(ApiError)] against thiserror on the same enum.
#
# DESIGN.md's target: a rebuild after an edit of a 1000-variant enum takes <= 1.3x
# thiserror's time. Two throwaway crates (a path dependency on this checkout) are built
# in a temporary directory, their dependencies once; then, interleaved, RUNS times each:
#   edit   `cargo build` after the first variant's message changes (the derive's output
#          changes, so everything after macro expansion reruns)
#   touch  `cargo build` after `touch` (the same source: incremental reuses what it can)
#   check  `cargo check` after an edit
# for 10, 100 and 1000 variants (SIZES). Prints the medians and the ratios.
#
#   bash benches/compile_time.sh                 # RUNS=5 SIZES="10 100 1000"
#   RUNS=9 SIZES=1000 bash benches/compile_time.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
sizes=${SIZES:-10 100 1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name, dependency line, variant count
make_crate() {
    local dir="$work/$1-$3"
    mkdir -p "$dir/src"
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
[dependencies]
$2
[workspace]
TOML
    write_source "$1" "$3" 0
    (cd "$dir" && CARGO_TARGET_DIR="$dir/target" cargo build -q 2>/dev/null)
    (cd "$dir" && CARGO_TARGET_DIR="$dir/target" cargo check -q 2>/dev/null)
}

# name, variant count, edition of the first message (what an edit changes)
write_source() {
    local dir="$work/$1-$2" i
    {
        if [ "$1" = errcat ]; then
            echo '#[derive(Debug, errcat::ApiError)] #[api(format = "nested")]'
        else
            echo '#[derive(Debug, thiserror::Error)]'
        fi
        echo "pub enum E {"
        for i in $(seq 1 "$2"); do
            local text="Variant number $i failed"
            [ "$i" = 1 ] && text="$text (edit $3)"
            if [ "$1" = errcat ]; then
                echo "    /// $text."
                echo "    #[api(status = 400, hint = \"retry variant $i\")]"
            else
                echo "    #[error(\"$text: {id} {name}\")]"
            fi
            echo "    Variant$i { id: u64, name: String },"
        done
        echo "}"
    } > "$dir/src/lib.rs"
}

# name, variant count, mode (edit | touch | check), run number; prints milliseconds
time_one() {
    local dir="$work/$1-$2" command=build start end
    case "$3" in
        edit) write_source "$1" "$2" "$4" ;;
        touch) touch "$dir/src/lib.rs" ;;
        check) write_source "$1" "$2" "check$4"; command=check ;;
    esac
    start=$(date +%s%N)
    (cd "$dir" && CARGO_TARGET_DIR="$dir/target" cargo "$command" -q)
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

echo "runs: $runs, median, interleaved ($(date -u +%Y-%m-%d), $(nproc) cores)"
printf '%-9s %-6s %10s %12s %7s\n' variants mode errcat thiserror ratio
for n in $sizes; do
    make_crate errcat "errcat = { path = \"$root/runtime\" }" "$n"
    make_crate thiserror 'thiserror = "2"' "$n"
    for mode in edit touch check; do
        a=() b=()
        for run in $(seq 1 "$runs"); do
            a+=("$(time_one errcat "$n" "$mode" "$run")")
            b+=("$(time_one thiserror "$n" "$mode" "$run")")
        done
        ma=$(median "${a[@]}")
        mb=$(median "${b[@]}")
        ratio=$(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%.2fx", a / b }')
        printf '%-9s %-6s %7s ms %9s ms %7s\n' "$n" "$mode" "$ma" "$mb" "$ratio"
    done
done
