//! The débat mouvant: statements put to the room one at a time, people
//! standing along a line from « d'accord » to « pas d'accord ». The
//! facilitator types how many stand where, before the arguments and
//! optionally after (to show who moved), and notable arguments for and
//! against. Pure: the events are folded in [`super::board`], the words live
//! in `i18n::debate`.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Where people stand, from one end of the line to the other.
pub const POSITIONS: usize = 4;

/// A count per position: agree, rather agree, rather disagree, disagree.
pub type Counts = [u32; POSITIONS];

/// When the room lined up.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum When {
    /// First, before the arguments.
    #[default]
    Before,
    /// Again, after the arguments.
    After,
}

/// Which side an argument supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Side {
    For,
    Against,
}

/// A notable argument, as the board keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Argument {
    pub id: Uuid,
    pub statement: String,
    pub side: Side,
    pub text: String,
    pub order: (u64, Uuid, u64),
}

/// Most people one position can hold (a typo guard: 10 000).
pub const MAX_COUNT: u32 = 10_000;

/// One statement of one session, as it stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementResult {
    pub statement: String,
    pub before: Option<Counts>,
    pub after: Option<Counts>,
    /// Arguments for, then against, in the order typed.
    pub arguments: Vec<(Side, String)>,
}

impl StatementResult {
    /// How many more (or fewer) people stand at each position after the
    /// arguments than before: 7/3/2/1 then 5/5/2/1 is −2, +2, 0, 0.
    pub fn moved(&self) -> Option<[i64; POSITIONS]> {
        let (before, after) = (self.before.as_ref()?, self.after.as_ref()?);
        Some(std::array::from_fn(|i| {
            i64::from(after[i]) - i64::from(before[i])
        }))
    }

    pub fn is_empty(&self) -> bool {
        self.before.is_none() && self.after.is_none() && self.arguments.is_empty()
    }
}

/// Whether two statements are the same words (case, accents, punctuation
/// and spacing aside): the same statement put to another session.
pub fn same(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

/// The words of a statement, folded.
pub fn key(s: &str) -> String {
    super::text::fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One statement across sessions (a council's year): each session's result,
/// in the order the sessions were given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    pub statement: String,
    /// (session index, result).
    pub by_session: Vec<(usize, StatementResult)>,
}

/// The statements of several sessions, the same words brought together.
pub fn compare(per_session: &[Vec<StatementResult>]) -> Vec<Compared> {
    let mut out: Vec<Compared> = Vec::new();
    for (i, results) in per_session.iter().enumerate() {
        for r in results {
            match out.iter_mut().find(|c| same(&c.statement, &r.statement)) {
                Some(c) => c.by_session.push((i, r.clone())),
                None => out.push(Compared {
                    statement: r.statement.clone(),
                    by_session: vec![(i, r.clone())],
                }),
            }
        }
    }
    out
}

/// The share of each position, in whole percent summing to 100, or zeros
/// when nobody stood: one rule for every screen and document. Largest
/// remainders, with equal counts given equal shares whenever whole groups
/// of equal counts can take the units left (5/5/2/1 of 13 is 38/38/16/8,
/// never 39/38); where no such choice exists, plain largest remainders
/// (1/1/1 is 34/33/33).
pub fn percents(c: &Counts) -> [u32; POSITIONS] {
    let s = shares(c);
    std::array::from_fn(|i| s[i])
}

/// [`percents`] of any number of counts (a questionnaire's steps or
/// choices): whole percent summing to 100, or zeros when nobody answered.
pub fn shares(c: &[u32]) -> Vec<u32> {
    let n = c.len();
    let total: u32 = c.iter().sum();
    if total == 0 {
        return vec![0; n];
    }
    let total = u64::from(total);
    let hundredths = |i: usize| u64::from(c[i]) * 100;
    let floors: Vec<u32> = (0..n).map(|i| (hundredths(i) / total) as u32).collect();
    let missing = 100 - floors.iter().sum::<u32>();
    // Positions by remainder, largest first (equal counts side by side).
    let mut order: Vec<usize> = (0..n).filter(|&i| c[i] > 0).collect();
    order.sort_by(|&a, &b| {
        (hundredths(b) % total)
            .cmp(&(hundredths(a) % total))
            .then(a.cmp(&b))
    });
    // Whole groups of equal counts, largest remainder first.
    let mut out = floors.clone();
    let mut left = missing;
    let mut served = vec![false; n];
    for &i in &order {
        let group: Vec<usize> = order.iter().copied().filter(|&j| c[j] == c[i]).collect();
        // An exact share (no remainder) never takes a unit.
        if served[i] || group.len() as u32 > left || hundredths(i).is_multiple_of(total) {
            continue;
        }
        for j in group {
            out[j] += 1;
            served[j] = true;
            left -= 1;
        }
    }
    if left == 0 {
        return out;
    }
    // No choice of whole groups fits: plain largest remainders.
    let mut out = floors;
    for &i in order.iter().take(missing as usize) {
        out[i] += 1;
    }
    out
}

/// A bar of `width` cells for `n` out of `max`: full blocks, then the
/// eighth that rounds it (text, so it prints and reads without colour).
pub fn bar(n: u32, max: u32, width: usize) -> String {
    if max == 0 || width == 0 {
        return String::new();
    }
    let eighths = (u64::from(n) * width as u64 * 8 + u64::from(max) / 2) / u64::from(max);
    let full = (eighths / 8) as usize;
    let part = (eighths % 8) as usize;
    let mut s = "█".repeat(full);
    if part > 0 {
        s.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][part - 1]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percents_always_sum_to_a_hundred() {
        assert_eq!(percents(&[1, 1, 1, 0]), [34, 33, 33, 0]);
        assert_eq!(percents(&[0, 0, 0, 0]), [0, 0, 0, 0]);
        assert_eq!(percents(&[7, 5, 2, 1]), [47, 33, 13, 7]);
        // Equal counts, equal shares, wherever the room can allow it.
        assert_eq!(percents(&[5, 5, 2, 1]), [38, 38, 16, 8]);
        assert_eq!(percents(&[2, 2, 2, 1]), [29, 29, 28, 14]);
        assert_eq!(percents(&[3, 3, 1, 0]), [43, 43, 14, 0]);
        for a in 0..14u32 {
            for b in 0..14 {
                for c in 0..6 {
                    for d in 0..6 {
                        let counts = [a, b, c, d];
                        if a + b + c + d == 0 {
                            continue;
                        }
                        let p = percents(&counts);
                        assert_eq!(p.iter().sum::<u32>(), 100, "{counts:?}");
                        for i in 0..4 {
                            // Never more than one off the exact share.
                            let exact = f64::from(counts[i]) * 100.0 / f64::from(a + b + c + d);
                            assert!((f64::from(p[i]) - exact).abs() < 1.0, "{counts:?} {p:?}");
                            assert_eq!(p[i] == 0, counts[i] == 0, "{counts:?} {p:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn bars_grow_by_eighths() {
        assert_eq!(bar(10, 10, 4), "████");
        assert_eq!(bar(0, 10, 4), "");
        assert_eq!(bar(5, 10, 4), "██");
        assert_eq!(bar(1, 16, 2), "▏");
    }

    #[test]
    fn the_same_statement_whatever_the_accents_and_punctuation() {
        assert!(same(
            "Le rythme d'une rencontre par mois environ était adapté.",
            "le rythme d’une rencontre par mois environ etait adapte"
        ));
        assert!(!same(
            "Le rythme était adapté",
            "Le rythme n'était pas adapté"
        ));
    }
}
