//! A delay a council gives itself (« sous huit semaines »): days, weeks
//! or months, written `8w`, `60d`, `2m` in a session.

use serde::{Deserialize, Serialize};

/// How long a council gives itself to answer: `"8w"` (weeks), `"60d"`
/// (days) or `"2m"` (months); French `sem`, `j`, `mois` read too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Delay {
    Days(u16),
    Weeks(u16),
    Months(u16),
}

impl Delay {
    pub fn parse(s: &str) -> Option<Delay> {
        let s = super::text::fold(s.trim());
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        let n: u16 = digits.parse().ok().filter(|n| (1..=999).contains(n))?;
        let unit = s[digits.len()..].trim();
        Some(match unit {
            "d" | "j" | "day" | "days" | "jour" | "jours" => Delay::Days(n),
            "w" | "sem" | "week" | "weeks" | "semaine" | "semaines" => Delay::Weeks(n),
            "m" | "mo" | "month" | "months" | "mois" => Delay::Months(n),
            _ => return None,
        })
    }

    /// The last day to answer something proposed on `from`.
    pub fn after(self, from: jiff::civil::Date) -> jiff::civil::Date {
        let span = match self {
            Delay::Days(n) => jiff::Span::new().days(i64::from(n)),
            Delay::Weeks(n) => jiff::Span::new().weeks(i64::from(n)),
            Delay::Months(n) => jiff::Span::new().months(i64::from(n)),
        };
        from.checked_add(span).unwrap_or(from)
    }
}

impl std::fmt::Display for Delay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Delay::Days(n) => write!(f, "{n}d"),
            Delay::Weeks(n) => write!(f, "{n}w"),
            Delay::Months(n) => write!(f, "{n}m"),
        }
    }
}

impl From<Delay> for String {
    fn from(d: Delay) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for Delay {
    type Error = String;
    fn try_from(s: String) -> Result<Delay, String> {
        Delay::parse(&s).ok_or_else(|| format!("a delay like 8w, 60d or 2m, not {s:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn delays_read_in_both_languages() {
        assert_eq!(Delay::parse("8w"), Some(Delay::Weeks(8)));
        assert_eq!(Delay::parse("8 semaines"), Some(Delay::Weeks(8)));
        assert_eq!(Delay::parse("60j"), Some(Delay::Days(60)));
        assert_eq!(Delay::parse("2 mois"), Some(Delay::Months(2)));
        assert_eq!(Delay::parse("2 months"), Some(Delay::Months(2)));
        for bad in ["", "w", "0w", "8x", "huit semaines", "-3d"] {
            assert_eq!(Delay::parse(bad), None, "{bad}");
        }
        assert_eq!(Delay::Weeks(8).after(date(2025, 11, 15)), date(2026, 1, 10));
        assert_eq!(Delay::Months(1).after(date(2026, 1, 31)), date(2026, 2, 28));
        assert_eq!(Delay::Weeks(8).to_string(), "8w");
    }
}
