//! The derive's compile-time contract: every misuse in `ui/fail` is rejected with the
//! message pinned in its `.stderr`, and every hygiene case in `ui/pass` compiles and runs.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/fail/*.rs");
    t.pass("ui/pass/*.rs");
}
