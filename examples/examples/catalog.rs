//! Exports every prebuilt catalog of errcat: the markdown pages, or with `--json` one JSON
//! array of every code (for tools).
//!
//! ```text
//! cargo run -q -p errcat-examples --example catalog            # markdown of all catalogs
//! cargo run -q -p errcat-examples --example catalog -- --json  # [{"catalog":...}, ...]
//! ```

use std::io::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: catalog [--json]";

fn main() -> ExitCode {
    let mut json = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
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
    match run(json) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("catalog: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(json: bool) -> Result<(), Box<dyn std::error::Error>> {
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer(&mut out, &errcat::catalogs::json())?;
        writeln!(out)?;
    } else {
        out.write_all(errcat::catalogs::markdown().as_bytes())?;
    }
    out.flush()?;
    Ok(())
}
