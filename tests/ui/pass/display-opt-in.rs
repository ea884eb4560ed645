//! `#[api(display)]` implements `Display` as the message, and `std::error::Error`.

use std::error::Error as _;

use errcat::ApiError;

#[derive(Debug, ApiError)]
#[api(display)]
enum E {
    /// The project does not exist.
    #[api(status = 404)]
    NotFound,
    #[api(status = 502, message = "upstream {name} failed")]
    Upstream {
        name: String,
        #[api(source)]
        cause: std::io::Error,
    },
}

fn main() {
    assert_eq!(E::NotFound.to_string(), "The project does not exist.");
    let e = E::Upstream {
        name: "billing".into(),
        cause: std::io::Error::other("refused"),
    };
    assert_eq!(e.to_string(), "upstream billing failed");
    assert_eq!(
        e.source().map(ToString::to_string).as_deref(),
        Some("refused")
    );
    let boxed: Box<dyn std::error::Error> = Box::new(E::NotFound);
    assert_eq!(boxed.to_string(), "The project does not exist.");
}
