//! Union-find over the indices `0..n`: the one way compare joins things
//! that are the same by a pairwise rule (mentions into participants,
//! quotes into shared quotes, days into one happening).
//!
//! A group's root is always its smallest member, so the groups come out in
//! the same order whatever order the pairs were joined in.

/// Disjoint groups of `0..n`, joined pair by pair.
pub struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    /// `n` groups of one.
    pub fn new(n: usize) -> Self {
        Self { parent: (0..n).collect() }
    }

    /// The smallest member of `i`'s group (halving the path on the way).
    pub fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins the groups of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    /// Every group with its members in index order, the groups in the order
    /// of their smallest members. A root is its group's smallest member, so
    /// it is met before the rest of its group.
    pub fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut slot = vec![usize::MAX; self.parent.len()];
        let mut out: Vec<Vec<usize>> = Vec::new();
        for i in 0..self.parent.len() {
            let r = self.root(i);
            if r == i {
                slot[i] = out.len();
                out.push(Vec::new());
            }
            out[slot[r]].push(i);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_keyed_by_their_smallest_member_whatever_the_join_order() {
        let mut u = UnionFind::new(6);
        u.union(5, 3);
        u.union(3, 1);
        u.union(4, 2);
        assert_eq!(u.root(5), 1);
        assert_eq!(u.groups(), vec![vec![0], vec![1, 3, 5], vec![2, 4]]);
    }
}
