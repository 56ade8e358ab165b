//! One stable sort for the whole crate.
//!
//! Why: every `slice::sort_by` call with a closure of its own puts a copy of
//! the standard library's stable sort (driftsort, about 8 KB of wasm) into
//! the page's core; there were over twenty. [`sort_by`] sorts indices with
//! one shared, non-generic instance and then moves the items into that
//! order, so a call site costs a few hundred bytes. The result is exactly
//! what `sort_by` gives: a stable sort's output is fixed by the comparison.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably, as `items.sort_by(compare)` would.
pub(crate) fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, &order);
}

/// Sorts `items` into ascending order. The result is the one
/// `items.sort_unstable()` gives: elements that compare equal under these
/// types' `Ord` (numbers, tuples, strings, spans) are equal values, so
/// their order among themselves cannot be seen.
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The indices `0..n` sorted stably by `compare`: the one sort instance.
#[inline(never)]
pub(crate) fn stable_order(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
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
    fn strings_move_without_cloning() {
        let mut words = vec!["pier".to_string(), "ash".into(), "quay".into(), "ash".into()];
        sort_by(&mut words, |a, b| a.cmp(b));
        assert_eq!(words, ["ash", "ash", "pier", "quay"]);
    }
}
