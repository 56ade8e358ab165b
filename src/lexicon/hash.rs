//! FNV-1a, the one hash of the crate.
//!
//! It gives articles their default id (the same input, the same id), word
//! hashes that comparison sorts and merges (stable across runs, never seeded),
//! and the hasher of the hash maps keyed by words and small integers, where it
//! beats the standard library's default on short keys. None of these maps sees
//! input chosen to collide, and their contents never depend on the hash, so
//! hash flooding is no concern.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a's starting state (the 64-bit offset basis).
const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a's 64-bit prime.
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over `bytes`.
#[inline]
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(OFFSET_BASIS, bytes)
}

/// FNV-1a over `bytes` after each is passed through `map`: the identity,
/// or ASCII lower-casing to hash a word as if it were lower-cased without
/// writing the lower-cased copy out.
#[inline]
pub(crate) fn fnv1a_mapped(bytes: &[u8], map: impl Fn(u8) -> u8) -> u64 {
    bytes.iter().fold(OFFSET_BASIS, |hash, &b| step(hash, map(b)))
}

#[inline(always)]
fn step(hash: u64, byte: u8) -> u64 {
    (hash ^ byte as u64).wrapping_mul(PRIME)
}

/// FNV-1a continued from `hash` over `bytes`. Eight bytes per loop turn,
/// written out because the release profile optimises for size and does not
/// unroll: one xor and one multiply per byte remain, and the result is the
/// plain byte-by-byte hash. Article ids hash whole inputs of up to 8 MB.
#[inline]
fn fnv1a_from(mut hash: u64, bytes: &[u8]) -> u64 {
    let chunks = bytes.chunks_exact(8);
    let tail = chunks.remainder();
    for chunk in chunks {
        let &[b0, b1, b2, b3, b4, b5, b6, b7] = chunk else {
            unreachable!("chunks of eight bytes")
        };
        hash = step(step(step(step(hash, b0), b1), b2), b3);
        hash = step(step(step(step(hash, b4), b5), b6), b7);
    }
    for &byte in tail {
        hash = step(hash, byte);
    }
    hash
}

/// FNV-1a as a [`Hasher`], for hash maps and sets ([`FnvBuild`]).
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(OFFSET_BASIS)
    }
}

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    /// Byte by byte: map keys are short words and integers, where the
    /// eight-byte loop of [`fnv1a`] costs more than it saves.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |hash, &b| step(hash, b));
    }
}

/// Builds [`Fnv`] hashers: `HashMap<K, V, FnvBuild>`.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    /// The definition, one byte at a time.
    fn reference(bytes: &[u8]) -> u64 {
        bytes.iter().fold(0xcbf29ce484222325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100000001b3))
    }

    const SAMPLES: [&str; 6] = [
        "",
        "a",
        "abcdefg",
        "abcdefgh",
        "abcdefghi",
        "Résumé — 2024\r\n, and more text than eight bytes",
    ];

    #[test]
    fn the_unrolled_hash_is_fnv1a() {
        for s in SAMPLES {
            assert_eq!(fnv1a(s.as_bytes()), reference(s.as_bytes()), "{s:?}");
        }
        // Published test vectors of 64-bit FNV-1a.
        assert_eq!(fnv1a(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn the_mapped_hash_hashes_the_mapped_bytes() {
        assert_eq!(fnv1a_mapped(b"Harbor", |b| b.to_ascii_lowercase()), fnv1a(b"harbor"));
        for s in SAMPLES {
            assert_eq!(fnv1a_mapped(s.as_bytes(), |b| b), fnv1a(s.as_bytes()));
        }
    }

    #[test]
    fn the_hasher_continues_across_writes() {
        let mut h = FnvBuild::default().build_hasher();
        h.write(b"abc");
        h.write(b"defghij");
        assert_eq!(h.finish(), fnv1a(b"abcdefghij"));
        // A str key hashes its bytes and a terminating 0xff.
        assert_eq!(FnvBuild::default().hash_one("ab"), fnv1a(b"ab\xff"));
    }
}
