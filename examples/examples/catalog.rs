//! Exports every prebuilt catalog of errcat: the markdown pages, or with `--json` one JSON
//! array of every code (for tools).
//!
//! ```text
//! cargo run -q -p errcat-examples --example catalog            # markdown of all catalogs
//! cargo run -q -p errcat-examples --example catalog -- --json  # [{"catalog":...}, ...]
//! # the codes the example service answers (its own and the control plane's):
//! cargo run -q -p errcat-examples --features web --example catalog -- --json --service
//! ```

use std::io::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: catalog [--json] [--service]";

fn main() -> ExitCode {
    let mut json = false;
    let mut service = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--service" => service = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("catalog: unknown argument `{other}`\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    match run(json, service) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("catalog: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(json: bool, service: bool) -> Result<(), Box<dyn std::error::Error>> {
    let catalogs = match service {
        true => service_catalogs()?,
        false => errcat::catalogs::all().to_vec(),
    };
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer(&mut out, &errcat::docs::json(&catalogs))?;
        writeln!(out)?;
    } else {
        let pages: Vec<String> = catalogs.iter().map(|c| errcat::docs::markdown(c)).collect();
        out.write_all(pages.join("\n---\n\n").as_bytes())?;
    }
    out.flush()?;
    Ok(())
}

/// The catalogs of the example service: its own, then the control plane's it forwards.
#[cfg(feature = "web")]
fn service_catalogs() -> Result<Vec<&'static errcat::Catalog>, String> {
    use errcat::ApiError as _;
    Ok(vec![
        errcat_examples::service::ServiceError::catalog(),
        errcat::catalogs::control_plane::ControlPlaneError::catalog(),
    ])
}

#[cfg(not(feature = "web"))]
fn service_catalogs() -> Result<Vec<&'static errcat::Catalog>, String> {
    Err("--service needs the example service: run with --features web".to_owned())
}
