//! Generated code raises no warning in the user's crate, even where the compile-fail
//! suite cannot look: trybuild allows `dead_code`, so these cases compile here, under
//! `deny(warnings)`, and a warning fails the build of this test.
#![deny(warnings)]

/// A derive written by a `macro_rules!`, in a private module: rustc then blames unused
/// generated items on the user's code.
mod errors {
    use errcat::ApiError;

    macro_rules! shaped {
        ($name:ident, $format:tt) => {
            /// Errors in one shape.
            #[derive(Debug, ApiError)]
            #[api(format = $format)]
            pub enum $name {
                /// Gone.
                #[api(status = 410)]
                Gone {
                    /// What is gone.
                    #[api(expose)]
                    what: String,
                },
            }
        };
    }

    shaped!(Nested, "nested");
    shaped!(Flat, "flat");

    pub fn codes() -> [&'static str; 2] {
        let what = String::from("x");
        [
            Nested::Gone { what: what.clone() }.code(),
            Flat::Gone { what }.code(),
        ]
    }
}

#[test]
fn a_derive_in_a_macro_rules_leaves_no_unused_item() {
    assert_eq!(errors::codes(), ["GONE", "GONE"]);
}
