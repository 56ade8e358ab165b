//! One stable sort for the whole crate.
//!
//! Why: every `slice::sort_by` call with a closure of its own puts a copy of
//! the standard library's stable sort (driftsort, about 8 KB of wasm) into
//! the page's core; there were over twenty. [`sort_by`] sorts indices with
//! one shared, non-generic instance and then moves the items into that
//! order, so a call site costs a few hundred bytes. The result is exactly
//! what `sort_by` gives: a stable sort's output is fixed by the comparison.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `items` by `compare`, stably, as `items.sort_by(compare)` would.
pub(crate) fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if let Some(order) = new_order(items.len(), &|a, b| compare(&items[a], &items[b])) {
        permute(items, &order);
    }
}

/// Sorts `items` into ascending order. The result is the one
/// `items.sort_unstable()` gives: elements that compare equal under these
/// types' `Ord` (numbers, tuples, strings, spans) are equal values, so
/// their order among themselves cannot be seen.
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts `items` into ascending order and removes repeats: a set as a
/// sorted `Vec`.
pub(crate) fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort(items);
    items.dedup();
}

/// The map `pairs.collect::<BTreeMap<_, _>>()` gives, built by inserting
/// the pairs one by one. `collect` first sorts the pairs with a stable sort
/// of its own, a copy of the standard library's sort (4 to 8 KB of wasm)
/// for every map type collected; inserting uses the map's `insert`. The
/// maps are equal: with both, a key given twice keeps its later value.
pub(crate) fn map_from<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// The set `items.collect::<BTreeSet<_>>()` gives, built by inserting, for
/// the reason [`map_from`] gives.
pub(crate) fn set_from<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    for item in items {
        set.insert(item);
    }
    set
}

/// The groups a `BTreeMap<K, Vec<T>>` filled by
/// `entry(k).or_default().push(t)` in `pairs`' order would hold, in key
/// order, each group's items in the order given: the pairs sorted stably
/// by key and split where the key changes, without a map type of their own
/// in the wasm (see [`map_from`]).
pub(crate) fn group_by_key<K: Ord, T>(mut pairs: Vec<(K, T)>) -> Vec<(K, Vec<T>)> {
    sort_by(&mut pairs, |x, y| x.0.cmp(&y.0));
    let mut out: Vec<(K, Vec<T>)> = Vec::new();
    for (k, t) in pairs {
        match out.last_mut() {
            Some((last, items)) if *last == k => items.push(t),
            _ => out.push((k, vec![t])),
        }
    }
    out
}

/// The indices `0..n` sorted stably by `compare`.
pub(crate) fn stable_order(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    new_order(n, compare).unwrap_or_else(|| (0..n).collect())
}

/// The indices `0..n` sorted stably by `compare`, or `None` when they are
/// in order already (most lists of one or two, and lists built in order),
/// so those cost one pass and no allocation: the one sort instance.
#[inline(never)]
fn new_order(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    if (1..n).all(|k| compare(k - 1, k) != Ordering::Greater) {
        return None;
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| compare(a, b));
    Some(order)
}

/// Puts `items[order[k]]` at `k` for every `k`, following each cycle of the
/// permutation with swaps.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut k = start;
        while !placed[k] {
            placed[k] = true;
            let from = order[k];
            if from == start {
                break;
            }
            items.swap(k, from);
            k = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_the_standard_stable_sort_with_ties() {
        // A small generator, so the test needs no crate: many ties, many lengths.
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for len in 0..60 {
            let items: Vec<(u64, usize)> = (0..len).map(|i| (next() % 5, i)).collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |x, y| x.0.cmp(&y.0));
            let mut std = items.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "length {len}");
            let mut reversed = items.clone();
            sort_by(&mut reversed, |x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
            std.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
            assert_eq!(reversed, std, "length {len}, descending");
        }
    }

    #[test]
    fn sort_is_the_standard_unstable_sort() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for len in 0..40 {
            let items: Vec<(u64, Vec<usize>)> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) % 4, vec![(seed >> 40) as usize % 3])
                })
                .collect();
            let mut ours = items.clone();
            sort(&mut ours);
            let mut std = items;
            std.sort_unstable();
            assert_eq!(ours, std, "length {len}");
        }
    }

    #[test]
    fn maps_and_sets_equal_to_collected_ones() {
        let pairs = [(3, "c"), (1, "a"), (3, "z"), (2, "b"), (1, "y")];
        let collected: BTreeMap<i32, &str> = pairs.into_iter().collect();
        assert_eq!(map_from(pairs), collected);
        assert_eq!(map_from(pairs)[&3], "z", "a key given twice keeps its later value");
        let words = ["quay", "ash", "pier", "ash"];
        assert_eq!(set_from(words), words.into_iter().collect::<BTreeSet<_>>());
        assert_eq!(set_from(words).len(), 3);
    }

    #[test]
    fn groups_equal_to_a_map_of_vecs() {
        let pairs = vec![("quay", 1), ("ash", 2), ("quay", 3), ("pier", 4), ("ash", 5)];
        let mut map: BTreeMap<&str, Vec<i32>> = BTreeMap::new();
        for &(k, t) in &pairs {
            map.entry(k).or_default().push(t);
        }
        assert_eq!(group_by_key(pairs), map.into_iter().collect::<Vec<_>>());
        assert_eq!(group_by_key(Vec::<(u8, u8)>::new()), vec![]);
    }

    #[test]
    fn strings_move_without_cloning() {
        let mut words = vec!["pier".to_string(), "ash".into(), "quay".into(), "ash".into()];
        sort_by(&mut words, |a, b| a.cmp(b));
        assert_eq!(words, ["ash", "ash", "pier", "quay"]);
    }
}
