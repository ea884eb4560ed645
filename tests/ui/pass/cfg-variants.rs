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

/// A fieldless type is its own code type: positions after a compiled-out variant shift.
#[derive(Debug, PartialEq, ApiError)]
#[api(status = 400)]
enum F {
    /// First.
    First,
    /// Gone.
    #[cfg(any())]
    Gone,
    /// Last.
    Last,
    /// Kept.
    #[cfg(all())]
    Kept,
    /// After.
    After,
}

fn main() {
    assert_eq!("FIRST".parse::<F>(), Ok(F::First));
    assert_eq!("LAST".parse::<F>(), Ok(F::Last));
    assert_eq!("KEPT".parse::<F>(), Ok(F::Kept));
    assert_eq!("AFTER".parse::<F>(), Ok(F::After));
    assert!("GONE".parse::<F>().is_err());
    assert_eq!(F::catalog().entries.len(), 4);

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
