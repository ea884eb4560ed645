//! The example service for `benches/load.sh`: with errcat's `ErrorLayer` (as the example
//! runs it), or with `--without-layer` the same routes without it. Binds 127.0.0.1 on a
//! free port and prints `listening on http://ADDRESS`.

use std::net::{Ipv4Addr, SocketAddr};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let with_layer = !std::env::args().any(|a| a == "--without-layer");
    let router = match with_layer {
        true => errcat_examples::service::router(),
        false => errcat_examples::service::routes(),
    };
    let listener =
        tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, router).await
}
