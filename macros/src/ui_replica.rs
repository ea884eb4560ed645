//! The compile-fail suite (`tests/ui/`), replayed in-process: every derive of every case
//! expanded here, its errors compared with the derive's errors in the case's `.stderr`
//! (message, line and column), and every pass case expanded without an error.
//!
//! trybuild remains the judge of what users see (it compiles each case with rustc);
//! this replica checks the derive's own part in milliseconds, so that a change to the
//! derive's rules is caught by `cargo test -p errcat-macros` alone (which is how mutation
//! testing runs it: .cargo/mutants.toml).

use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::visit::Visit;

/// One error of the derive: message, 1-based line and column.
type Located = (String, usize, usize);

fn ui_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/ui")
        .join(kind)
}

fn cases(kind: &str) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(ui_dir(kind))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    cases.sort();
    cases
}

/// Every item of `file` (in modules and function bodies too) that derives `ApiError`.
fn derives(file: &syn::File) -> Vec<syn::DeriveInput> {
    struct Finder(Vec<syn::DeriveInput>);
    impl Finder {
        fn check(&mut self, attrs: &[syn::Attribute], item: &dyn ToTokens) {
            let derives_api_error = attrs.iter().any(|attr| {
                attr.path().is_ident("derive")
                    && attr.to_token_stream().to_string().contains("ApiError")
            });
            if derives_api_error {
                self.0.push(syn::parse2(item.to_token_stream()).unwrap());
            }
        }
    }
    impl<'ast> Visit<'ast> for Finder {
        fn visit_item_enum(&mut self, item: &'ast syn::ItemEnum) {
            self.check(&item.attrs, item);
        }
        fn visit_item_struct(&mut self, item: &'ast syn::ItemStruct) {
            self.check(&item.attrs, item);
        }
        fn visit_item_union(&mut self, item: &'ast syn::ItemUnion) {
            self.check(&item.attrs, item);
        }
    }
    let mut finder = Finder(Vec::new());
    finder.visit_file(file);
    finder.0
}

/// The `compile_error!`s of an expansion, where each points.
fn compile_errors(tokens: TokenStream) -> Vec<Located> {
    let mut found = Vec::new();
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                let Some(TokenTree::Group(args)) = trees.get(i + 2) else {
                    continue;
                };
                let lit: syn::LitStr = syn::parse2(args.stream()).unwrap();
                let start = ident.span().start();
                found.push((lit.value(), start.line, start.column + 1));
            }
            TokenTree::Group(group) => found.extend(compile_errors(group.stream())),
            _ => {}
        }
    }
    found
}

/// Errors in `.stderr` files that other derives (thiserror's, in the coexistence cases)
/// write.
const OTHER_DERIVES: &[&str] = &["#[from] is only supported on the source field"];

/// The errors of a `.stderr` that rustc did not number and no other derive wrote: the
/// derive's.
fn derive_errors(stderr: &str) -> Vec<Located> {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(message) = line.strip_prefix("error: ") else {
            continue;
        };
        if OTHER_DERIVES.iter().any(|other| message.starts_with(other)) {
            continue;
        }
        let Some(at) = lines
            .get(i + 1)
            .and_then(|l| l.trim_start().strip_prefix("--> "))
        else {
            continue;
        };
        let mut parts = at.rsplitn(3, ':');
        let column = parts.next().unwrap().parse().unwrap();
        let line = parts.next().unwrap().parse().unwrap();
        found.push((message.to_owned(), line, column));
    }
    found.sort();
    found
}

fn expand_case(path: &Path) -> Vec<Located> {
    let source = std::fs::read_to_string(path).unwrap();
    let file = syn::parse_file(&source).unwrap();
    let mut errors: Vec<Located> = derives(&file)
        .iter()
        .flat_map(|input| compile_errors(crate::expand::derive(input)))
        .collect();
    errors.sort();
    errors
}

#[test]
fn every_compile_fail_case_gives_the_errors_its_stderr_shows() {
    let mut checked = 0;
    for case in cases("fail") {
        let stderr = std::fs::read_to_string(case.with_extension("stderr")).unwrap();
        let expected = derive_errors(&stderr);
        let found = expand_case(&case);
        assert_eq!(found, expected, "{}", case.display());
        checked += usize::from(!expected.is_empty());
    }
    // Every case but those that only rustc rejects (type errors in what the derive
    // generated or forwarded to).
    assert!(checked >= 70, "{checked}");
}

#[test]
fn every_pass_case_expands_without_an_error() {
    for case in cases("pass") {
        assert_eq!(expand_case(&case), Vec::new(), "{}", case.display());
    }
}

#[test]
fn the_crate_path_names_the_runtime_everywhere() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[api(crate = ::renamed)]
        enum E {
            #[api(status = 404, message = "gone")]
            Gone,
        }
    };
    let expanded = crate::expand::derive(&input).to_string();
    assert!(expanded.contains(":: renamed ::"), "{expanded}");
    assert!(!expanded.contains("errcat"), "{expanded}");
}

#[test]
fn the_code_type_lists_every_code_and_follows_non_exhaustive() {
    let expand = |input: syn::DeriveInput| crate::expand::derive(&input).to_string();
    let valid = expand(syn::parse_quote! {
        #[non_exhaustive]
        enum E {
            #[api(status = 404, message = "no widget {id}")]
            NotFound { id: u32 },
            #[api(status = 409, message = "busy")]
            Busy,
        }
    });
    // With an error, the fallback still declares the code type, variants and all.
    let invalid = expand(syn::parse_quote! {
        #[non_exhaustive]
        enum E {
            #[api(status = 200, message = "no widget {id}")]
            NotFound { id: u32 },
            #[api(status = 409, message = "busy")]
            Busy,
        }
    });
    assert!(
        valid.contains(
            r#"# [non_exhaustive] enum ECode { # [doc = "`NOT_FOUND`"] NotFound , # [doc = "`BUSY`"] Busy , }"#
        ),
        "{valid}"
    );
    assert!(
        invalid.contains("# [non_exhaustive] enum ECode { NotFound , Busy , }"),
        "{invalid}"
    );
    assert!(invalid.contains("compile_error"), "{invalid}");
    assert!(invalid.contains("fn kind (& self) -> ECode"), "{invalid}");
    // A type that forwards: `kind()` is an `Option` in the fallback too.
    let forwarding = expand(syn::parse_quote! {
        enum E {
            #[api(status = 200, message = "no widget {id}")]
            NotFound { id: u32 },
            #[api(transparent)]
            Other(Inner),
        }
    });
    assert!(
        forwarding.contains("fn kind (& self) -> :: core :: option :: Option < ECode >"),
        "{forwarding}"
    );
    let exhaustive = expand(syn::parse_quote! {
        enum E {
            #[api(status = 404, message = "no widget {id}")]
            NotFound { id: u32 },
        }
    });
    assert!(!exhaustive.contains("non_exhaustive"), "{exhaustive}");
}
