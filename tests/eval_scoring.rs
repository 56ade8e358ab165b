//! The accuracy dashboard's scoring (`./x eval`, `bench/real/`), tested on
//! hand-worked cases: each module's own `#[cfg(test)]` tests run here
//! (pairwise and B-cubed, speaker matching, PolNeAR's quote and speaker
//! counting, the fixtures' gold, ECB+ thread counting, targets). Fast: no
//! corpus is read, except our own fixtures' gold.
// Native only: `wasm-pack test` builds every test target for wasm32, where
// file access does not exist; the browser runs tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../bench/real/corpora.rs"]
mod corpora;
#[allow(dead_code)]
#[path = "../bench/compare/corpus.rs"]
mod corpus;
#[path = "../bench/real/ecb.rs"]
mod ecb;
#[path = "../bench/real/fixtures.rs"]
mod fixtures;
#[path = "../bench/real/metrics.rs"]
mod metrics;
#[path = "../bench/real/polnear.rs"]
mod polnear;
#[path = "../bench/real/report.rs"]
mod report;
#[path = "../bench/real/seeds.rs"]
mod seeds;
#[path = "../bench/real/speakers.rs"]
mod speakers;
