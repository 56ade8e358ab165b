//! Prefix tests that ignore ASCII case, without lower-casing a copy.
//!
//! Lines and blocks are tested against whole lists of prefixes ("By ",
//! "Published ", "Copyright"), and nearly every test fails at the first
//! byte, so the bytes are compared one by one up to the first difference
//! (the slice method compares them all, and lower-casing a copy of each
//! line first costs an allocation).

/// Does `s` start with `prefix`, ignoring ASCII case? Prefixes are
/// lower-case; non-ASCII characters in them must match exactly.
#[inline]
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.bytes().zip(prefix.bytes()).all(|(a, b)| a.eq_ignore_ascii_case(&b))
}

/// The first of `prefixes` that `s` starts with, ignoring ASCII case.
/// Prefixes are lower-case and not empty; only those that share the line's
/// first byte are compared further.
pub(crate) fn prefix_ci<'p>(s: &str, prefixes: &[&'p str]) -> Option<&'p str> {
    let first = s.as_bytes().first()?.to_ascii_lowercase();
    prefixes
        .iter()
        .copied()
        .find(|prefix| prefix.as_bytes()[0] == first && starts_with_ci(s, prefix))
}

/// [`starts_with_ci`] at the end of `s`, compared from the last byte back.
#[inline]
pub(crate) fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.bytes().rev().zip(suffix.bytes().rev()).all(|(a, b)| a.eq_ignore_ascii_case(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_in_any_ascii_case() {
        assert!(starts_with_ci("BY Ana Ruiz", "by "));
        assert!(!starts_with_ci("By", "by "));
        // Beyond ASCII, case must match: "É" is not "é".
        assert!(starts_with_ci("été", "été") && !starts_with_ci("Été", "été"));
        assert_eq!(prefix_ci("COPYRIGHT 2024", &["copy", "copyright"]), Some("copy"));
        assert_eq!(prefix_ci("© Harbor", &["(c) ", "©"]), Some("©"));
        assert_eq!(prefix_ci("", &["a"]), None);
        assert_eq!(prefix_ci("Posted", &["published", "updated"]), None);
        assert!(ends_with_ci("All Rights Reserved.", "all rights reserved."));
        assert!(!ends_with_ci("reserved.", "all rights reserved."));
    }
}
