//! Code → variant lookup against an `FxHashMap` and a plain `match` on `&str`.
//!
//! DESIGN.md's target: ≤ 1.5× the `FxHashMap` lookup at 10, 100 and 1000 codes.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use errcat::ErrorCode;
use rustc_hash::FxHashMap;
use std::hint::black_box;

/// The 10-, 100- and 1000-code enums that `build.rs` generates.
mod codes {
    include!(concat!(env!("OUT_DIR"), "/codes.rs"));
}

fn bench<C: ErrorCode + Copy>(
    c: &mut Criterion,
    n: usize,
    codes: &[&'static str],
    by_match: fn(&str) -> Option<C>,
) {
    let mut group = c.benchmark_group("lookup");
    // Owned copies, so no lookup can compare pointers of the same literal.
    let queries: Vec<String> = codes.iter().map(|c| (*c).to_owned()).collect();
    let map: FxHashMap<&str, C> = codes
        .iter()
        .filter_map(|c| Some((*c, C::from_code(c)?)))
        .collect();
    assert_eq!(map.len(), n);

    group.bench_with_input(BenchmarkId::new("errcat from_code", n), &queries, |b, q| {
        b.iter(|| {
            for code in q {
                black_box(C::from_code(black_box(code)));
            }
        })
    });
    group.bench_with_input(BenchmarkId::new("FxHashMap", n), &queries, |b, q| {
        b.iter(|| {
            for code in q {
                black_box(map.get(black_box(code.as_str())).copied());
            }
        })
    });
    group.bench_with_input(BenchmarkId::new("match on &str", n), &queries, |b, q| {
        b.iter(|| {
            for code in q {
                black_box(by_match(black_box(code)));
            }
        })
    });
    group.finish();
}

fn lookup(c: &mut Criterion) {
    bench(c, 10, &codes::CODES_10, codes::match_10);
    bench(c, 100, &codes::CODES_100, codes::match_100);
    bench(c, 1000, &codes::CODES_1000, codes::match_1000);
}

criterion_group!(benches, lookup);
criterion_main!(benches);
