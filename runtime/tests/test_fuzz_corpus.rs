//! The fuzz corpus, replayed on stable: every input the fuzzers kept (`fuzz/corpus/`,
//! minimized, and any input that once failed) through the same checks the fuzz targets
//! run, so that CI guards every finding. The fuzzers themselves: `fuzz/Cargo.toml`.

use std::path::PathBuf;

#[path = "../../fuzz/src/lib.rs"]
mod checks;

/// Runs every file of `fuzz/corpus/<target>/` through `check`; the number run.
fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/corpus")
        .join(target);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    for path in &paths {
        let data = std::fs::read(path).unwrap();
        if std::panic::catch_unwind(|| check(&data)).is_err() {
            panic!("{} fails its check", path.display());
        }
    }
    paths.len()
}

#[test]
fn decode_corpus() {
    assert!(replay("decode", checks::decode) >= 100);
}

#[test]
fn write_corpus() {
    assert!(replay("write", checks::write) >= 100);
}

#[test]
fn request_id_corpus() {
    assert!(replay("request_id", checks::request_id) >= 10);
}

#[test]
fn retry_after_corpus() {
    assert!(replay("retry_after", checks::retry_after) >= 100);
}

#[cfg(feature = "tonic")]
#[test]
fn grpc_decode_corpus() {
    assert!(replay("grpc_decode", checks::grpc::decode) >= 40);
}
