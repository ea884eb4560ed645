//! The example service: an axum server whose every error is an errcat envelope.
//!
//! ```text
//! cargo run -p errcat-examples --features web --example service [PORT] [--without-layer]
//!     # PORT: default 3000, on 127.0.0.1 (0: a free one)
//! curl -i localhost:3000/widgets/sprocket
//! curl -i -X DELETE localhost:3000/status
//! curl -i -H 'content-type: application/json' -d '{"name":1}' localhost:3000/widgets
//! ```
//!
//! Routes (see `errcat_examples::service` for the bodies):
//!
//! | route | answer |
//! |---|---|
//! | `GET /widgets/gear` | 200 |
//! | `GET /widgets/{name}` | 404 `SVC_WIDGET_NOT_FOUND` (own error with data) |
//! | `POST /widgets` | 201; bad JSON: 400 `CP_BAD_JSON` naming the field; over 1 KiB: 413 `SVC_BODY_TOO_LARGE` |
//! | `GET /woks/{id}` | 404 `CP_PROJECT_NOT_FOUND` (catalog error) |
//! | `GET /status` | 503 `CP_STATUS_STALE`, `Retry-After: 5` |
//! | `GET /limited` | 429 `SVC_RATE_LIMITED`, `Retry-After: 2` |
//! | `GET /storage` | 500 `SVC_STORAGE_FAILED` (source logged, not sent) |
//! | `GET /search?limit=N` | 200; bad `limit`: 400 `CP_BAD_JSON` naming `limit` |
//! | `GET /panic` | 500 `CP_DB_QUERY_FAILED` (caught panic) |
//! | wrong method | 405 `CP_METHOD_NOT_ALLOWED` |
//! | anything else | 404 `CP_ROUTE_NOT_FOUND` echoing method and path |
//! | `GET /openapi.json` | the OpenAPI 3.1 document of all of the above |
//!
//! With `--features grpc`, the same port also answers the gRPC API of
//! `errcat_examples::grpc` (HTTP/1.1 and h2c), with server reflection.
//!
//! `--without-layer` serves the same routes without errcat's `ErrorLayer` (handlers'
//! errors are still envelopes, without request ids; framework errors are axum's own):
//! what `benches/load.sh` measures the layer against.

use std::net::{Ipv4Addr, SocketAddr};

/// The service's router: with the `grpc` feature, its gRPC API on the same port.
#[cfg(feature = "grpc")]
fn app() -> std::io::Result<axum::Router> {
    println!("gRPC on the same port: errcat.example.v1.Widgets, with server reflection");
    errcat_examples::grpc::router().map_err(std::io::Error::other)
}

#[cfg(not(feature = "grpc"))]
fn app() -> std::io::Result<axum::Router> {
    Ok(errcat_examples::service::router())
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let with_layer = !std::env::args().any(|a| a == "--without-layer");
    let port = match std::env::args().nth(1).filter(|a| a != "--without-layer") {
        Some(arg) => arg.parse::<u16>().map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("port {arg:?}: {e}"),
            )
        })?,
        None => 3000,
    };
    let listener =
        tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
    println!(
        "errcat example service on http://{}",
        listener.local_addr()?
    );
    let router = match with_layer {
        true => app()?,
        false => errcat_examples::service::routes(),
    };
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
