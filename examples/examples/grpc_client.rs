//! A tonic client of the example service's gRPC API: calls every RPC and prints what
//! `errcat::grpc::decode` makes of each status, as the HTTP client does for the routes.
//!
//! ```text
//! cargo run -p errcat-examples --features grpc --example service &             # 127.0.0.1:3000
//! cargo run -p errcat-examples --features grpc --example grpc_client [ADDRESS]  # default 127.0.0.1:3000
//! ```
//!
//! One code type, `ServiceErrorCode`, decodes the service's codes and the control
//! plane's it forwards, over gRPC as over HTTP.

use std::error::Error;

use errcat::Code;
use errcat::retry::RetryPolicy;
use errcat_examples::grpc::{METHODS, call};
use errcat_examples::service::ServiceErrorCode;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error + Send + Sync>> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let base = errcat_examples::base_url(&address)?;
    let channel = tonic::transport::Endpoint::from_shared(base.clone())?
        .connect()
        .await?;
    println!("gRPC client of {base}\n");
    let policy = RetryPolicy::default();
    for (n, method) in METHODS.into_iter().chain(["NoSuchMethod"]).enumerate() {
        let id = format!("grpc-client-{n}");
        let status = call(channel.clone(), method, &id).await?;
        println!("{method} → {:?} {:?}", status.code(), status.message());
        match errcat::grpc::decode::<ServiceErrorCode>(&status) {
            Ok(decoded) => {
                let code = match &decoded.code {
                    Code::Known(code) => format!("{code:?}"),
                    Code::Unknown(code) => format!("unknown code {code}"),
                };
                println!("  code:    {code} (HTTP {})", decoded.status);
                println!("  id:      {}", decoded.id.as_deref().unwrap_or("-"));
                if let Some(delay) = decoded.retry_after {
                    println!("  retry:   after {delay:?} (RetryInfo)");
                }
                for violation in decoded.violations() {
                    println!(
                        "  field:   {} {} ({})",
                        violation.path(),
                        violation.code(),
                        violation.message()
                    );
                }
                println!("  policy:  {:?}\n", policy.decide(1, &decoded));
            }
            Err(err) => println!("  not decoded: {err}\n"),
        }
    }
    Ok(())
}
