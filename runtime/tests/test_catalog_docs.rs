//! The checked-in pages under `docs/catalogs/` are the output of `errcat::docs::markdown`
//! for the prebuilt catalogs, and `docs/openapi/` that of `errcat::openapi::document`,
//! byte for byte.
//!
//! After changing a catalog or the rendering, regenerate them with
//! `ERRCAT_BLESS=1 cargo test -p errcat --test test_catalog_docs`, then read the diff.

use std::fmt::Write as _;
use std::path::PathBuf;

use errcat::ApiError as _;
use errcat::catalogs;

fn docs_dir(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../docs")
        .join(kind)
}

/// The generated folders: `catalogs` and `openapi`.
const KINDS: [&str; 2] = ["catalogs", "openapi"];

/// Every generated page of a folder.
fn pages(kind: &str) -> Vec<(String, String)> {
    match kind {
        "catalogs" => markdown_pages(),
        _ => openapi_documents(),
    }
}

/// The markdown: one page per catalog, named after it, and an index.
fn markdown_pages() -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = catalogs::registry()
        .iter()
        .map(|p| {
            (
                format!("{}.md", p.name()),
                errcat::docs::markdown(p.catalog()),
            )
        })
        .collect();
    pages.push(("README.md".to_owned(), index()));
    // The translated example: the control plane in German.
    #[cfg(feature = "fluent")]
    pages.push((
        "de/control_plane.md".to_owned(),
        errcat::docs::markdown_in(
            catalogs::control_plane::ControlPlaneError::catalog(),
            &errcat::i18n::Translations::prebuilt(),
            "de",
        ),
    ));
    pages
}

/// One OpenAPI 3.1 document per catalog, named after it.
fn openapi_documents() -> Vec<(String, String)> {
    catalogs::registry()
        .iter()
        .map(|p| {
            let title = format!("{} errors ({})", p.enum_name(), p.seed());
            let doc = errcat::openapi::document(&title, env!("CARGO_PKG_VERSION"), &[p.catalog()]);
            let mut text = serde_json::to_string_pretty(&doc).unwrap();
            text.push('\n');
            (format!("{}.json", p.name()), text)
        })
        .collect()
}

fn index() -> String {
    let mut md = String::from(
        "# Prebuilt catalogs\n\n\
         Generated from the enums in `runtime/src/catalogs/` by `errcat::docs::markdown`; \
         do not edit by hand (regenerate with \
         `ERRCAT_BLESS=1 cargo test -p errcat --test test_catalog_docs`).\n\n\
         | catalog | enum | module | source document | codes | envelope |\n\
         |---|---|---|---|---|---|\n",
    );
    for p in catalogs::registry() {
        let _ = writeln!(
            md,
            "| [`{name}`]({name}.md) | `{enum_name}` | `errcat::catalogs::{module}` | `{seed}` | {len} | `{format}` |",
            name = p.name(),
            enum_name = p.enum_name(),
            module = p.module(),
            seed = p.seed(),
            len = p.len(),
            format = p.catalog().format().name(),
        );
    }
    let total: usize = catalogs::registry().iter().map(|p| p.len()).sum();
    let _ = writeln!(md, "\n{total} codes in all.");
    md
}

#[test]
fn checked_in_pages_are_up_to_date() {
    let bless = std::env::var_os("ERRCAT_BLESS").is_some_and(|v| v != "0");
    let mut stale = Vec::new();
    for (kind, (file, expected)) in KINDS
        .iter()
        .flat_map(|kind| pages(kind).into_iter().map(move |page| (*kind, page)))
    {
        let dir = docs_dir(kind);
        let path = dir.join(&file);
        let file = format!("{kind}/{file}");
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &expected).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(actual) if actual == expected => {}
            Ok(_) => stale.push(format!("{file} is out of date")),
            Err(err) => stale.push(format!("{file} cannot be read: {err}")),
        }
    }
    assert!(
        stale.is_empty(),
        "docs/ does not match the catalogs: {stale:?}\n\
         regenerate with `ERRCAT_BLESS=1 cargo test -p errcat --test test_catalog_docs` \
         and review the diff"
    );
}

#[test]
fn no_stray_pages() {
    for kind in KINDS {
        let expected: Vec<String> = pages(kind).into_iter().map(|(file, _)| file).collect();
        let Ok(entries) = std::fs::read_dir(docs_dir(kind)) else {
            continue; // not generated yet: `checked_in_pages_are_up_to_date` fails instead
        };
        for entry in entries {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            // A folder holds a locale's pages (`de/control_plane.md`).
            let generated = expected
                .iter()
                .any(|file| file == &name || file.starts_with(&format!("{name}/")));
            assert!(
                generated,
                "docs/{kind}/{name} is not generated from any catalog"
            );
        }
    }
}

#[test]
fn every_page_has_every_code_and_marks_inferred_statuses() {
    for p in catalogs::registry() {
        let page = errcat::docs::markdown(p.catalog());
        for entry in p.catalog() {
            let status = entry.status().as_u16();
            let cell = if entry.status_documented() {
                format!("| `{}` | {status} |", entry.code())
            } else {
                format!("| `{}` | {status} (inferred) |", entry.code())
            };
            assert_eq!(
                page.matches(&cell).count(),
                1,
                "{}: no single row starting {cell}",
                p.name()
            );
        }
        let any_inferred = p.catalog().entries().iter().any(|e| !e.status_documented());
        assert_eq!(
            page.contains("Statuses marked *(inferred)*"),
            any_inferred,
            "{}",
            p.name()
        );
    }
}

#[test]
fn pages_show_the_documents_headings_and_an_example_body() {
    let page = errcat::docs::markdown(catalogs::control_plane::ControlPlaneError::catalog());
    for heading in [
        "## Authentication & authorization\n",
        "## Not found / wrong state\n",
        "## Validation\n",
        "## Capacity & rate limits\n",
        "## Upstream / platform\n",
    ] {
        assert!(page.contains(heading), "missing {heading:?}");
    }
    assert!(page.contains(
        "| `CP_LLM_UPSTREAM_FAILED` | 502 | `UNAVAILABLE` | platform / BYOK | The configured LLM upstream"
    ));
    assert!(page.contains(
        "```json\n{\"error\":{\"code\":\"CP_UNAUTHENTICATED\",\"message\":\"authentication required\",\"hint\":"
    ));

    let auth = errcat::docs::markdown(catalogs::workflow_api::WorkflowAuthError::catalog());
    assert!(auth.contains(
        "Every error is a `better-auth` envelope (`Content-Type: application/json`), for example:\n\n\
         ```json\n{\"code\":\"MISSING_OR_NULL_ORIGIN\",\"message\":\"Missing or null Origin\"}\n```\n"
    ));
    assert!(auth.contains(
        "| `USER_ALREADY_EXISTS` | 422 (inferred) | `INVALID_ARGUMENT` |  | Sign-up for an existing email. |"
    ));
}

#[test]
fn the_registry_and_its_markdown() {
    for prebuilt in catalogs::registry() {
        assert!(!prebuilt.is_empty(), "{}", prebuilt.name());
        assert_eq!(prebuilt.len(), prebuilt.catalog().len());
    }
    let pages: Vec<String> = catalogs::all()
        .iter()
        .map(|c| errcat::docs::markdown(c))
        .collect();
    assert_eq!(catalogs::markdown(), pages.join("\n---\n\n"));
}

/// Docs examples: templates shown as text, the status where the shape echoes it.
#[allow(dead_code)] // documented, never constructed
#[derive(Debug, errcat::ApiError)]
#[api(format = "flat", status_field = "statusCode")]
enum Shown {
    #[api(status = 404, message = "no route at {path}", hint = "check {path:?}")]
    RouteNotFound { path: String },
    #[api(status = 409, message = "busy", hint = "wait")]
    Busy,
}

#[test]
fn examples_show_templates_hints_and_statuses() {
    let catalog = Shown::catalog();
    let route = catalog.get("ROUTE_NOT_FOUND").unwrap();
    assert_eq!(
        errcat::docs::example_body(catalog, route),
        r#"{"error":"no route at {path}","code":"ROUTE_NOT_FOUND","statusCode":404,"request_id":"1aee612b1250f276"}"#
    );
    let md = errcat::docs::markdown(catalog);
    assert!(
        md.contains("| `ROUTE_NOT_FOUND` | 404 | `NOT_FOUND` |  | check {path:?} |"),
        "{md}"
    );
    let busy = catalog.get("BUSY").unwrap();
    assert!(errcat::docs::example_body(catalog, busy).contains(r#""statusCode":409"#));
    // Problem bodies carry the hint: the example shows the template.
    #[allow(dead_code)]
    #[derive(Debug, errcat::ApiError)]
    #[api(format = "problem")]
    enum Problem {
        #[api(status = 404, message = "no route at {path}", hint = "check {path:?}")]
        RouteNotFound { path: String },
    }
    let entry = Problem::catalog().get("ROUTE_NOT_FOUND").unwrap();
    let body = errcat::docs::example_body(Problem::catalog(), entry);
    assert!(body.contains(r#""hint":"check {path:?}""#), "{body}");
    assert!(body.contains(r#""status":404"#), "{body}");
}

#[test]
fn a_lone_carriage_return_is_a_line_break_in_a_cell() {
    assert_eq!(errcat::docs::escape_cell("a\rb\r\nc"), "a<br>b<br>c");
}

#[test]
fn codes_without_a_category_go_under_other_when_some_have_one() {
    #[allow(dead_code)]
    #[derive(Debug, errcat::ApiError)]
    enum Mixed {
        /// Sorted.
        #[api(status = 400, category = "Input")]
        Sorted,
        /// Unsorted.
        #[api(status = 409)]
        Unsorted,
    }
    let md = errcat::docs::markdown(Mixed::catalog());
    let input = md.find("## Input\n").expect("an Input heading");
    let other = md.find("## Other\n").expect("an Other heading");
    assert!(input < other, "{md}");
    assert!(md[other..].contains("`UNSORTED`"), "{md}");
    // No category anywhere: one table, no heading.
    #[allow(dead_code)]
    #[derive(Debug, errcat::ApiError)]
    enum Plain {
        /// Only.
        #[api(status = 400)]
        Only,
    }
    let plain = errcat::docs::markdown(Plain::catalog());
    assert!(!plain.contains("## Other"), "{plain}");
    assert!(plain.contains("| `ONLY` | 400 |"), "{plain}");
}
