# Sourced by benches/serving.sh and benches/instructions.sh (from the workspace root):
# what they serve, and the server binary.

FRAMEWORKS=${FRAMEWORKS:-axum actix}
STACKS="bare hand errcat"
ROUTES=${ROUTES:-success conflict not_found bad_json}

# The stacks served for framework $1: with axum also `layered`, errcat's layer added to
# the router with `Router::layer` instead of around it (actix-web's `wrap` is always
# around the whole app), and `floor`, the least a request-id layer does (an id kept or
# made, in the request's headers and on the response) around the bare router.
stacks() {
    if [ "$1" = axum ]; then echo "$STACKS layered floor"; else echo "$STACKS"; fi
}

# Builds benches/serving/main.rs (release) and sets `server` to its path.
build_server() {
    cargo build --quiet --release -p errcat-benches --features serving --bin serving
    server=$(realpath "${CARGO_TARGET_DIR:-target}/release/serving")
}
