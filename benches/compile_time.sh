#!/usr/bin/env bash
# Rebuild time of a 1000-variant enum: #[derive(ApiError)] against thiserror.
#
# DESIGN.md's target: the derive rebuilds in <= 1.3x thiserror's time for the same enum.
# Builds two throwaway crates (path dependency on this checkout) in a temp dir, builds
# their dependencies once, then times `cargo build` after touching the enum, RUNS times
# each, interleaved, and prints the medians and the ratio.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
n=${VARIANTS:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_crate() { # name, dependency line, derive line, attribute style
    local dir="$work/$1"
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
    {
        echo "$3"
        echo "pub enum E {"
        for i in $(seq 1 "$n"); do
            if [ "$4" = errcat ]; then
                echo "    /// Variant number $i failed."
                echo "    #[api(status = 400, hint = \"retry variant $i\")]"
                echo "    Variant$i { id: u64, name: String },"
            else
                echo "    #[error(\"Variant number $i failed: {id} {name}\")]"
                echo "    Variant$i { id: u64, name: String },"
            fi
        done
        echo "}"
    } > "$dir/src/lib.rs"
    (cd "$dir" && CARGO_TARGET_DIR="$work/target-$1" cargo build -q 2>/dev/null)
}

make_crate with_errcat "errcat = { path = \"$root/runtime\" }" \
    '#[derive(Debug, errcat::ApiError)] #[api(format = "nested")]' errcat
make_crate with_thiserror 'thiserror = "2"' '#[derive(Debug, thiserror::Error)]' thiserror

time_build() {
    local dir="$work/$1"
    touch "$dir/src/lib.rs"
    local start end
    start=$(date +%s%N)
    (cd "$dir" && CARGO_TARGET_DIR="$work/target-$1" cargo build -q)
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

declare -a a b
for _ in $(seq 1 "$runs"); do
    a+=("$(time_build with_errcat)")
    b+=("$(time_build with_thiserror)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${a[@]}")
mb=$(median "${b[@]}")
echo "variants: $n, runs: $runs"
echo "errcat derive:    ${ma} ms (median of ${a[*]})"
echo "thiserror derive: ${mb} ms (median of ${b[*]})"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio: %.2fx\n", a / b }'
