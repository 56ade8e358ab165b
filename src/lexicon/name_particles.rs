//! Lower-case particles inside personal names: "Ursula von der Leyen",
//! "Mohammed bin Salman", "Luiz Inácio Lula da Silva".
//!
//! A capitalised run that makes up a name goes on across them, in the body
//! (entities) and in credit lines.

/// The particles, lower-case as names write them.
pub(crate) const NAME_PARTICLES: [&str; 11] =
    ["de", "van", "von", "al", "bin", "da", "der", "la", "le", "del", "di"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_are_short_lower_case_words() {
        for (i, p) in NAME_PARTICLES.iter().enumerate() {
            assert!(p.len() <= 3 && p.bytes().all(|b| b.is_ascii_lowercase()), "{p}");
            assert!(!NAME_PARTICLES[..i].contains(p), "{p} twice");
        }
    }
}
