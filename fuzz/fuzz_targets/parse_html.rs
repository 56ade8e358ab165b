//! Fuzz target `parse_html`: see `common::check_parse_html` for what it checks; the same
//! checks replay saved crashes in tests/hostile_regressions.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| common::check_parse_html(data));
