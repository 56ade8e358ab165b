//! A map kept as a `Vec` of pairs sorted by key.
//!
//! Why: every `BTreeMap<K, V>` type puts its own copy of the tree's insert,
//! search, iteration and drop code into the page's wasm core, 3 to 7 KB per
//! key and value type. This map's code per type is a binary search and a
//! `Vec` insert. It is for maps of a few entries (the forms of one name or
//! word, the sources of one article) and for maps built in key order (an
//! insert at the end moves nothing); an insert elsewhere moves the entries
//! after it. Iteration is in key order, as a `BTreeMap`'s.

use std::borrow::Borrow;

/// A map ordered by key, stored as a sorted `Vec` of (key, value) pairs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SortedMap<K, V> {
    items: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self { items: Vec::new() }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Where `key` is, or where it would go.
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        // Appending in key order is the common case: check the end first.
        match self.items.last() {
            None => Err(0),
            Some((last, _)) if last.borrow() < key => Err(self.items.len()),
            _ => self.items.binary_search_by(|(k, _)| k.borrow().cmp(key)),
        }
    }

    /// The value of `key`, inserted first as `make()` when it is missing
    /// (`BTreeMap::entry(key).or_insert_with(make)`).
    pub(crate) fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let at = match self.find(&key) {
            Ok(at) => at,
            Err(at) => {
                self.items.insert(at, (key, make()));
                at
            }
        };
        &mut self.items[at].1
    }

    /// Sets `key`'s value (a key given twice keeps its later value).
    pub(crate) fn insert(&mut self, key: K, value: V) {
        match self.find(&key) {
            Ok(at) => self.items[at].1 = value,
            Err(at) => self.items.insert(at, (key, value)),
        }
    }

    pub(crate) fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|at| &self.items[at].1)
    }

    pub(crate) fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    /// The pairs in key order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.items.iter().map(|(k, v)| (k, v))
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &K> {
        self.items.iter().map(|(k, _)| k)
    }

    pub(crate) fn into_values(self) -> impl Iterator<Item = V> {
        self.items.into_iter().map(|(_, v)| v)
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// By insertion, so a key given twice keeps its later value, as with a
    /// `BTreeMap`.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut map = Self::new();
        for (k, v) in pairs {
            map.insert(k, v);
        }
        map
    }
}

impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> std::ops::Index<&Q> for SortedMap<K, V> {
    type Output = V;
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn same_as_a_btreemap() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut ours: SortedMap<u64, u64> = SortedMap::new();
        let mut theirs: BTreeMap<u64, u64> = BTreeMap::new();
        for step in 0..400u64 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let key = if step % 3 == 0 { step } else { seed % 50 };
            if step % 2 == 0 {
                ours.insert(key, step);
                theirs.insert(key, step);
            } else {
                *ours.get_or_insert_with(key, || 0) += 1;
                *theirs.entry(key).or_insert_with(|| 0) += 1;
            }
            assert_eq!(ours.get(&(seed % 60)), theirs.get(&(seed % 60)));
            assert_eq!(ours.contains_key(&(seed % 70)), theirs.contains_key(&(seed % 70)));
        }
        assert_eq!(ours.len(), theirs.len());
        assert!(ours.iter().eq(theirs.iter()));
        assert!(ours.keys().eq(theirs.keys()));
        assert!(ours.into_iter().eq(theirs));
    }

    #[test]
    fn borrowed_lookups_and_later_values() {
        let map: SortedMap<String, usize> =
            [("ash".to_string(), 1), ("pier".into(), 2), ("ash".into(), 3)].into_iter().collect();
        assert_eq!(map["ash"], 3);
        assert_eq!(map.get("quay"), None);
        assert!(map.contains_key("pier"));
        assert_eq!(map.into_values().collect::<Vec<_>>(), [3, 2]);
    }
}
