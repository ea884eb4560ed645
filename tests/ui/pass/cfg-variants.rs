//! A variant compiled out by `#[cfg]` is out of every generated table too.

use errcat::{ApiError, Envelope};

#[derive(Debug, ApiError)]
enum E {
    #[cfg(any())]
    #[api(status = 418, message = "compiled out")]
    Gone,
    /// Present.
    #[api(status = 404)]
    Present,
    #[cfg(all())]
    #[api(status = 409, message = "kept {0}")]
    Kept(u8),
}

fn main() {
    let catalog = E::catalog();
    assert_eq!(catalog.entries.len(), 2);
    let codes: Vec<&str> = catalog.entries.iter().map(|e| e.code).collect();
    assert_eq!(codes, ["PRESENT", "KEPT"]);
    assert!("GONE".parse::<ECode>().is_err());
    assert_eq!("KEPT".parse::<ECode>(), Ok(ECode::Kept));
    assert_eq!(
        Envelope::new(&E::Kept(3)).to_json_vec(),
        br#"{"error":{"code":"KEPT","message":"kept 3"}}"#
    );
    assert_eq!(E::Present.status().as_u16(), 404);
}
