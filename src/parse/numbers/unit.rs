//! The unit pass: what a number measures. A currency symbol before it
//! ("$40"), a unit word after it ("40 miles", "30 percent", "4 percentage
//! points", "12 per cent"), or one glued by a hyphen ("19-second", read by
//! the value pass through [`unit_of`]).

use super::Reading;
use crate::model::NumberKind;

/// The unit a folded word names and the kind of number it makes: each arm
/// the spellings of one unit and the unit's name in the model. A `match`,
/// not a table walked in turn: the value pass asks it several times a
/// number.
pub(super) fn unit_of(w: &str) -> Option<(&'static str, NumberKind)> {
    Some(match w {
        "mile" | "miles" => ("miles", NumberKind::Distance),
        "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => {
            ("km", NumberKind::Distance)
        }
        "metres" | "meters" | "metre" | "meter" | "feet" | "foot" => {
            ("metres", NumberKind::Distance)
        }
        "hour" | "hours" => ("hours", NumberKind::Duration),
        "minute" | "minutes" => ("minutes", NumberKind::Duration),
        "second" | "seconds" => ("seconds", NumberKind::Duration),
        "day" | "days" => ("days", NumberKind::Duration),
        "week" | "weeks" => ("weeks", NumberKind::Duration),
        "month" | "months" => ("months", NumberKind::Duration),
        "year" | "years" => ("years", NumberKind::Duration),
        "percent" | "%" | "pct" => ("percent", NumberKind::Percent),
        "dollars" | "dollar" => ("usd", NumberKind::Money),
        "euros" | "euro" => ("eur", NumberKind::Money),
        "pounds" => ("gbp", NumberKind::Money),
        // Currencies written after the amount in wire copy ("150 million
        // rupees", "2 billion yuan"); only names that stand for one currency.
        "yen" => ("jpy", NumberKind::Money),
        "yuan" | "renminbi" => ("cny", NumberKind::Money),
        "rupees" | "rupee" => ("inr", NumberKind::Money),
        "roubles" | "rubles" | "rouble" | "ruble" => ("rub", NumberKind::Money),
        "hryvnias" | "hryvnia" => ("uah", NumberKind::Money),
        "shekels" | "shekel" => ("ils", NumberKind::Money),
        "rand" => ("zar", NumberKind::Money),
        _ => return None,
    })
}

/// The currency a symbol before a figure names. Asked of every punctuation
/// token a number may open at, so a `match`.
pub(super) fn currency(sym: &str) -> Option<&'static str> {
    match sym {
        "$" => Some("usd"),
        "€" => Some("eur"),
        "£" => Some("gbp"),
        "¥" => Some("jpy"),
        "₴" => Some("uah"),
        "₽" => Some("rub"),
        _ => None,
    }
}

/// A unit after the number (at the reading's end): a unit word, which sets
/// the kind of a count and the currency of an amount; "percentage points",
/// a change of a share; "per cent".
pub(super) fn unit_after(folded: &crate::parse::tokens::Lowered, r: &mut Reading) {
    let end = r.end;
    let Some(next) = folded.get(end) else { return };
    if let Some((u, k)) = unit_of(next) {
        if r.kind == NumberKind::Count || r.kind == NumberKind::Money && k == NumberKind::Money {
            r.kind = k;
            r.unit = Some(u.into());
            r.end += 1;
            if next == "per" {
                r.end += 1;
            }
        }
    } else if next == "percentage"
        && folded.get(end + 1).is_some_and(|p| matches!(p, "point" | "points"))
        && r.kind == NumberKind::Count
    {
        // "rose by 4 percentage points": a change of a share.
        r.kind = NumberKind::Percent;
        r.unit = Some("percentage points".into());
        r.end += 2;
    } else if next == "per" && folded.get(end + 1).is_some_and(|c| c == "cent") {
        r.kind = NumberKind::Percent;
        r.unit = Some("percent".into());
        r.end += 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_and_currencies_by_their_spellings() {
        assert_eq!(unit_of("kilometers"), Some(("km", NumberKind::Distance)));
        assert_eq!(unit_of("feet"), Some(("metres", NumberKind::Distance)));
        assert_eq!(unit_of("pct"), Some(("percent", NumberKind::Percent)));
        assert_eq!(unit_of("pound"), None);
        assert_eq!(currency("€"), Some("eur"));
        assert_eq!(currency("#"), None);
    }

    #[test]
    fn a_unit_after_the_number_sets_its_kind() {
        let find = |s: &str| super::super::find_numbers(s, 0..s.len(), &[]);
        let n = &find("Support fell 4 percentage points.")[0];
        assert_eq!(n.unit.as_deref(), Some("percentage points"));
        let n = &find("Prices rose 12 per cent.")[0];
        assert_eq!((n.kind, n.unit.as_deref()), (NumberKind::Percent, Some("percent")));
        let n = &find("The convoy drove 40 miles.")[0];
        assert_eq!((n.kind, n.unit.as_deref()), (NumberKind::Distance, Some("miles")));
        let n = &find("The state lost 150 million rupees.")[0];
        assert_eq!((n.kind, n.unit.as_deref()), (NumberKind::Money, Some("inr")));
        assert_eq!(n.value, Some(150_000_000.0));
        let n = &find("Exports reached 2 billion yuan.")[0];
        assert_eq!((n.kind, n.unit.as_deref()), (NumberKind::Money, Some("cny")));
    }

    /// Rule `a_hyphenated_scale_multiplies`.
    #[test]
    fn a_hyphenated_scale_multiplies() {
        let find = |s: &str| super::super::find_numbers(s, 0..s.len(), &[]);
        let n = &find("The firm signed a $2.4-billion deal.")[0];
        assert_eq!(
            (n.kind, n.value, n.unit.as_deref()),
            (NumberKind::Money, Some(2.4e9), Some("usd"))
        );
        let n = &find("It paid a 3-million-euro fine.")[0];
        assert_eq!(
            (n.kind, n.value, n.unit.as_deref()),
            (NumberKind::Money, Some(3e6), Some("eur"))
        );
        let n = &find("A 12-million-strong city.")[0];
        assert_eq!((n.kind, n.value), (NumberKind::Count, Some(12e6)));
    }
}
