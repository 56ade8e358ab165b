//! What each section of the accuracy dashboard (`./x eval`) hands back: its
//! lines of plain text, the same figures as JSON for machines, and the
//! figures that have a target from the issues, for the closing summary.
#![allow(dead_code)]

use serde_json::Value;

/// One figure with a target: "events pairwise F1 (one topic at a time)",
/// "0.331", "≥ 0.90", met or not.
#[derive(Debug, Clone)]
pub struct Target {
    pub figure: String,
    pub value: String,
    pub target: String,
    pub met: bool,
}

impl Target {
    /// A figure that must reach `at_least`.
    pub fn at_least(figure: &str, value: f64, at_least: f64, shown: String, goal: &str) -> Target {
        Target { figure: figure.into(), value: shown, target: goal.into(), met: value >= at_least }
    }

    /// A figure that must stay at or below `at_most`.
    pub fn at_most(figure: &str, value: f64, at_most: f64, shown: String, goal: &str) -> Target {
        Target { figure: figure.into(), value: shown, target: goal.into(), met: value <= at_most }
    }

    /// A share `k/n`, shown as a percentage, that must reach `min`.
    pub fn share_at_least(figure: &str, k: usize, n: usize, min: f64) -> Target {
        Target::at_least(figure, share(k, n), min, percent(k, n), &format!("≥ {:.0}%", min * 100.0))
    }

    /// A share `k/n`, shown as a percentage, that must stay at or below `max`.
    pub fn share_at_most(figure: &str, k: usize, n: usize, max: f64) -> Target {
        Target::at_most(figure, share(k, n), max, percent(k, n), &format!("≤ {:.0}%", max * 100.0))
    }

    /// A score in 0..1, shown with three decimals, that must reach `min`.
    pub fn score_at_least(figure: &str, x: f64, min: f64) -> Target {
        Target::at_least(figure, x, min, format!("{x:.3}"), &format!("≥ {min:.2}"))
    }

    /// "k of n hold", met when all hold.
    pub fn all_hold(figure: &str, held: usize, total: usize) -> Target {
        Target {
            figure: figure.into(),
            value: format!("{held} of {total}"),
            target: "all".into(),
            met: held == total,
        }
    }

    pub fn json(&self) -> Value {
        serde_json::json!({
            "figure": self.figure, "value": self.value, "target": self.target, "met": self.met
        })
    }
}

/// One section's output.
#[derive(Debug, Clone, Default)]
pub struct Section {
    /// Key in the JSON output: `ecbplus`, `seeds`, `fixtures`, `mrpc`, `polnear`.
    pub key: &'static str,
    pub title: String,
    pub lines: Vec<String>,
    pub json: Value,
    pub targets: Vec<Target>,
}

impl Section {
    pub fn new(key: &'static str, title: &str) -> Section {
        Section {
            key,
            title: title.into(),
            json: Value::Object(Default::default()),
            ..Default::default()
        }
    }

    pub fn line(&mut self, text: impl Into<String>) {
        self.lines.push(text.into());
    }

    /// Sets `json[key] = value`.
    pub fn put(&mut self, key: &str, value: Value) {
        if let Value::Object(map) = &mut self.json {
            map.insert(key.to_string(), value);
        }
    }
}

/// Checks counted by part ("title", "events"…), in first-seen order, with
/// a line for each that failed.
#[derive(Default)]
pub struct Tally {
    pub rows: Vec<(String, usize, usize)>,
    pub failures: Vec<String>,
}

impl Tally {
    pub fn check(&mut self, part: &str, ok: bool, what: String) {
        let row = match self.rows.iter().position(|r| r.0 == part) {
            Some(i) => i,
            None => {
                self.rows.push((part.to_string(), 0, 0));
                self.rows.len() - 1
            }
        };
        self.rows[row].2 += 1;
        if ok {
            self.rows[row].1 += 1;
        } else {
            self.failures.push(format!("{part}: {what}"));
        }
    }

    /// (held, checked) for one part.
    pub fn count(&self, part: &str) -> (usize, usize) {
        self.rows.iter().find(|r| r.0 == part).map_or((0, 0), |r| (r.1, r.2))
    }

    /// One line per part: "title  5 of 5 hold".
    pub fn lines(&self) -> Vec<String> {
        self.rows.iter().map(|(part, k, n)| format!("{part:<18} {k:>3} of {n:<3} hold")).collect()
    }

    /// `{part: {"held": k, "of": n}}`.
    pub fn json(&self) -> Value {
        let map: serde_json::Map<String, Value> = self
            .rows
            .iter()
            .map(|(part, k, n)| (part.clone(), serde_json::json!({ "held": k, "of": n })))
            .collect();
        Value::Object(map)
    }

    /// (held, checked) over all parts.
    pub fn total(&self) -> (usize, usize) {
        self.rows.iter().fold((0, 0), |(k, n), r| (k + r.1, n + r.2))
    }

    /// The failures of one part.
    pub fn failures_of(&self, part: &str) -> Vec<&String> {
        let prefix = format!("{part}: ");
        self.failures.iter().filter(|f| f.starts_with(&prefix)).collect()
    }
}

/// `k/n` as a percentage with one decimal, "–" when `n` is 0.
pub fn percent(k: usize, n: usize) -> String {
    if n == 0 {
        "–".into()
    } else {
        format!("{:.1}%", 100.0 * k as f64 / n as f64)
    }
}

/// "k of n (p%)".
pub fn of(k: usize, n: usize) -> String {
    format!("{k} of {n} ({})", percent(k, n))
}

/// "k of n (p%)" with fixed widths, for table rows.
pub fn of_padded(k: usize, n: usize) -> String {
    format!("{k:>3} of {n:>3} ({:>6})", percent(k, n))
}

/// `k/n` as a share, 0 when `n` is 0.
pub fn share(k: usize, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        k as f64 / n as f64
    }
}

/// The closing table: every figure with a target, its value and met or not.
pub fn summary_lines(targets: &[Target]) -> Vec<String> {
    let width = targets.iter().map(|t| t.figure.chars().count()).max().unwrap_or(6).max(6);
    let mut out = vec![format!("{:<width$}  {:>14}  {:<12}  met", "figure", "value", "target")];
    for t in targets {
        out.push(format!(
            "{:<width$}  {:>14}  {:<12}  {}",
            t.figure,
            t.value,
            t.target,
            if t.met { "yes" } else { "NO" }
        ));
    }
    let met = targets.iter().filter(|t| t.met).count();
    out.push(format!("{met} of {} targets met", targets.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_compare_in_the_right_direction() {
        assert!(Target::at_least("f", 0.9, 0.9, "0.90".into(), "≥ 0.90").met);
        assert!(!Target::at_least("f", 0.89, 0.9, "0.89".into(), "≥ 0.90").met);
        assert!(Target::at_most("s", 0.1, 0.1, "10%".into(), "≤ 10%").met);
        assert!(!Target::at_most("s", 0.11, 0.1, "11%".into(), "≤ 10%").met);
        assert!(!Target::all_hold("seeds", 3, 4).met);
        let found = Target::share_at_least("found", 97, 100, 0.97);
        assert!(found.met && found.value == "97.0%" && found.target == "≥ 97%");
        assert!(!Target::share_at_most("spurious", 2, 10, 0.10).met);
        assert_eq!(Target::score_at_least("F1", 0.3261, 0.9).target, "≥ 0.90");
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(0, 0), "–");
    }
}
