//! The serving benchmark's server (`benches/serving.sh`): the same four routes served by
//! one of three stacks, in axum or actix-web, on one core.
//!
//! ```text
//! serving axum|actix bare|hand|errcat|layered|floor     # prints `listening on http://ADDRESS`
//! ```
//!
//! | route | answer |
//! |---|---|
//! | `GET /widgets/gear` | 200 `{"name":"gear","size":3}` |
//! | `GET /woks/w1` | a handler's 409 `CP_NOT_ACTIVE` |
//! | `GET /no/such/route` | 404 `CP_ROUTE_NOT_FOUND` |
//! | `POST /widgets` with `{` | 400 `CP_BAD_JSON` with its violation |
//!
//! The stacks:
//!
//! - `bare`: the framework alone. Its errors are the framework's (a 409 without a request
//!   id, axum's and actix-web's own 404 and bad-JSON answers).
//! - `hand`: what a service writes today. axum: tower-http's `SetRequestId` (UUIDs),
//!   `PropagateRequestId` and `CatchPanic`; actix-web: actix-request-identifier's
//!   `RequestIdentifier` (UUIDs). Errors are a hand-written type whose `IntoResponse` /
//!   `ResponseError` writes the same bodies as errcat's with serde_json, the request id in
//!   the body.
//! - `errcat`: errcat's `ErrorLayer` (axum, around the whole router, as the README
//!   shows: `ErrorLayer::around`) or `Errors` (actix-web) and the control plane's
//!   catalog.
//! - `layered`: the same, with axum's layer added with `Router::layer` (around each
//!   route); on actix-web, the same as `errcat`.
//! - `floor`: the least any request-id layer does (the id kept or made, in the request's
//!   headers and on the response; no context, no panic caught), around the bare axum
//!   router: what the target of 0.95x the bare router leaves for everything else. On
//!   actix-web, the same as `bare`.

mod actix;
mod axum_stacks;
mod bodies;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(framework), Some(stack)) = (args.first(), args.get(1)) else {
        return Err(usage());
    };
    let stack = match stack.as_str() {
        "bare" => Stack::Bare,
        "hand" => Stack::Hand,
        "errcat" => Stack::Errcat,
        "layered" => Stack::Layered,
        "floor" => Stack::Floor,
        _ => return Err(usage()),
    };
    match framework.as_str() {
        "axum" => axum_stacks::serve(stack),
        "actix" => actix::serve(stack),
        _ => Err(usage()),
    }
}

fn usage() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        "usage: serving axum|actix bare|hand|errcat|layered|floor",
    )
}

/// Which stack serves the routes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stack {
    /// The framework alone.
    Bare,
    /// Request ids from the framework's usual crate, errors written by hand.
    Hand,
    /// errcat's layer (around the whole router, in axum) and a derived catalog.
    Errcat,
    /// The same, the layer added to the router with `Router::layer` (axum).
    Layered,
    /// The least a request-id layer does, around the bare router (axum; actix-web
    /// serves `bare`).
    Floor,
}
