//! Majority judgment (Balinski & Laraki, *Majority Judgment*, MIT Press
//! 2011): every voter grades every candidate on one scale of ordered
//! grades; a candidate's **majority grade** is the median of its grades
//! (the lower one when the number of grades is even), and candidates are
//! ranked by it, best first. Candidates with the same majority grade are
//! told apart by removing one grade equal to the majority grade from each
//! and taking the median again, as often as needed (the "iterative removal
//! of median grades"); candidates whose grades are the same all the way
//! down stay tied.
//!
//! Grades are indices into the scale, **0 being the best**. A candidate is
//! given as its counts per grade, best first: from ballots or from a paper
//! tally alike. When candidates were not graded by as many voters (a
//! ballot left a line blank), the missing grades count as the worst one,
//! as Balinski and Laraki advise, so that every candidate is judged by the
//! same number of voters. Nothing here has words: the scale's names are
//! the caller's.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

/// A tally kept in a session (`tablee judge --record`), for its synthesis
/// to print the ranking: the scale, best first, and each candidate's
/// votes per grade as counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recorded {
    pub grades: Vec<String>,
    pub candidates: Vec<Judged>,
}

/// One candidate of a recorded tally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judged {
    /// Its text (a proposal's or a post-it's when the tally named one).
    pub text: String,
    /// The short id the tally named, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub counts: Vec<u64>,
}

/// One candidate's grades: how many voters gave each grade, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub counts: Vec<u64>,
}

/// One candidate's place in the ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    /// Index of the candidate in the input.
    pub candidate: usize,
    /// 1 for the first; tied candidates share a rank (1, 2, 2, 4).
    pub rank: usize,
    /// Its majority grade; none when nobody graded any candidate.
    pub majority: Option<usize>,
    /// Blank grades counted as the worst grade (voters who graded other
    /// candidates but not this one).
    pub blank: u64,
    /// Share of its grades better than the majority grade, and worse, in
    /// thousandths (the "p" and "q" of the majority gauge, for printing).
    pub better: u32,
    pub worse: u32,
}

impl Profile {
    pub fn new(counts: Vec<u64>) -> Profile {
        Profile { counts }
    }

    /// How many grades it was given.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// The majority grade: the lower median (the grade of the voter at
    /// ⌊n/2⌋ once grades are sorted best first). None when empty.
    pub fn majority(&self) -> Option<usize> {
        majority_of(&self.counts, self.total())
    }

    /// The successive majority grades as medians are removed one by one:
    /// the sequence two candidates are compared on, position by position.
    pub fn medians(&self) -> Vec<usize> {
        self.median_steps().collect()
    }

    /// [`Profile::medians`], one at a time: a comparison stops at the
    /// first difference and holds no more than the counts.
    pub fn median_steps(&self) -> Medians {
        Medians {
            counts: self.counts.clone(),
            total: self.total(),
        }
    }

    /// With `total` grades: the missing ones added as the worst grade.
    pub fn padded(&self, total: u64) -> Profile {
        let mut counts = self.counts.clone();
        let missing = total.saturating_sub(self.total());
        if let Some(worst) = counts.last_mut() {
            *worst += missing;
        }
        Profile { counts }
    }

    /// Thousandths of its grades better than `g`, and worse.
    fn shares_around(&self, g: usize) -> (u32, u32) {
        let total = self.total();
        if total == 0 {
            return (0, 0);
        }
        let better: u64 = self.counts[..g].iter().sum();
        let worse: u64 = self.counts[g + 1..].iter().sum();
        let per_mille = |n: u64| ((n * 1000 + total / 2) / total) as u32;
        (per_mille(better), per_mille(worse))
    }
}

/// The medians of a profile, removed one at a time.
pub struct Medians {
    counts: Vec<u64>,
    total: u64,
}

impl Iterator for Medians {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let m = majority_of(&self.counts, self.total)?;
        self.counts[m] -= 1;
        self.total -= 1;
        Some(m)
    }
}

fn majority_of(counts: &[u64], total: u64) -> Option<usize> {
    if total == 0 {
        return None;
    }
    let target = total / 2;
    let mut seen = 0;
    for (g, c) in counts.iter().enumerate() {
        seen += c;
        if seen > target {
            return Some(g);
        }
    }
    None
}

/// Compares two candidates: `Less` when `a` ranks before `b` (better).
pub fn compare(a: &Profile, b: &Profile) -> Ordering {
    let total = a.total().max(b.total());
    compare_padded(&a.padded(total), &b.padded(total))
}

/// Two profiles of as many grades, compared on their medians position
/// by position (a lower index is a better grade), stopping at the first
/// difference; the same counts are equal at once.
fn compare_padded(a: &Profile, b: &Profile) -> Ordering {
    if a.counts == b.counts {
        return Ordering::Equal;
    }
    a.median_steps().cmp(b.median_steps())
}

/// The ranking, best first; tied candidates share their rank and keep
/// their input order.
pub fn rank(profiles: &[Profile]) -> Vec<Ranked> {
    let total = profiles.iter().map(Profile::total).max().unwrap_or(0);
    let padded: Vec<Profile> = profiles.iter().map(|p| p.padded(total)).collect();
    // The same length for all: compared position by position, a lower
    // index being a better grade.

    let mut order: Vec<usize> = (0..profiles.len()).collect();
    order.sort_by(|a, b| compare_padded(&padded[*a], &padded[*b]));
    let mut out: Vec<Ranked> = Vec::with_capacity(order.len());
    for (i, c) in order.iter().enumerate() {
        let rank = match out.last() {
            Some(prev) if compare_padded(&padded[prev.candidate], &padded[*c]).is_eq() => prev.rank,
            _ => i + 1,
        };
        let p = &padded[*c];
        let majority = p.majority();
        let (better, worse) = majority.map_or((0, 0), |g| p.shares_around(g));
        out.push(Ranked {
            candidate: *c,
            rank,
            majority,
            blank: total - profiles[*c].total(),
            better,
            worse,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(counts: &[u64]) -> Profile {
        Profile::new(counts.to_vec())
    }

    /// Grades as a voter list, best = 0.
    fn from_grades(scale: usize, grades: &[usize]) -> Profile {
        let mut counts = vec![0; scale];
        for g in grades {
            counts[*g] += 1;
        }
        Profile::new(counts)
    }

    /// The medians removed one at a time, as the definition says.
    fn one_by_one(p: &Profile) -> Vec<usize> {
        let mut counts = p.counts.clone();
        let mut total = p.total();
        let mut out = Vec::new();
        while let Some(m) = majority_of(&counts, total) {
            out.push(m);
            counts[m] -= 1;
            total -= 1;
        }
        out
    }

    #[test]
    fn large_tallies_compare_without_writing_every_grade() {
        let a = p(&[40_000, 30_000, 30_000]);
        let b = p(&[40_000, 30_001, 29_999]);
        assert_eq!(compare(&b, &a), Ordering::Less);
        assert_eq!(compare(&a, &a.clone()), Ordering::Equal);
    }

    #[test]
    fn the_majority_grade_is_the_lower_median() {
        // 3 voters: E, G, P → G.
        assert_eq!(from_grades(3, &[0, 1, 2]).majority(), Some(1));
        // 2 voters: E, P → P (the lower of the two middle grades).
        assert_eq!(from_grades(3, &[0, 2]).majority(), Some(2));
        // 4 voters: E, E, G, P → G.
        assert_eq!(from_grades(3, &[0, 0, 1, 2]).majority(), Some(1));
        assert_eq!(p(&[0, 0, 0]).majority(), None);
        assert_eq!(p(&[5]).majority(), Some(0));
    }

    /// Hand-computed on the seven French grades (0 Excellent, 1 Très bien,
    /// 2 Bien, 3 Assez bien, 4 Passable, 5 Insuffisant, 6 À rejeter).
    /// A = {E, B, B, AB, P} and B = {TB, B, B, B, I} both have « Bien »;
    /// one « Bien » removed from each: A = {E, B, AB, P} → Assez bien (the
    /// lower middle), B = {TB, B, B, I} → Bien: B first, at the second
    /// level.
    #[test]
    fn a_tie_is_broken_at_the_second_level() {
        let a = from_grades(7, &[0, 2, 2, 3, 4]);
        let b = from_grades(7, &[1, 2, 2, 2, 5]);
        assert_eq!(a.majority(), Some(2));
        assert_eq!(b.majority(), Some(2));
        assert_eq!(a.medians(), vec![2, 3, 2, 4, 0]);
        assert_eq!(b.medians(), vec![2, 2, 2, 5, 1]);
        assert_eq!(compare(&b, &a), Ordering::Less);
        let r = rank(&[a.clone(), b.clone()]);
        assert_eq!(
            r.iter().map(|x| (x.candidate, x.rank)).collect::<Vec<_>>(),
            vec![(1, 1), (0, 2)]
        );
    }

    /// Tied at two levels, broken at the third: X = {E, E, B, B, B} gives
    /// B, then {E, E, B, B} → B, then {E, E, B} → E; Y = {E, TB, B, B, B}
    /// gives B, B, then {E, TB, B} → TB: X first.
    #[test]
    fn ties_over_two_levels_are_broken_at_the_third() {
        let x = from_grades(7, &[0, 0, 2, 2, 2]);
        let y = from_grades(7, &[0, 1, 2, 2, 2]);
        assert_eq!(x.medians(), vec![2, 2, 0, 2, 0]);
        assert_eq!(y.medians(), vec![2, 2, 1, 2, 0]);
        assert_eq!(compare(&x, &y), Ordering::Less);
        assert_eq!(rank(&[y, x])[0].candidate, 1);
    }

    /// Balinski & Laraki's classic: the majority grade alone decides, not
    /// the average: C = {E, E, AB, AB, AB} (average better) loses to
    /// D = {B, B, B, B, P}: majority grades AB against B.
    #[test]
    fn the_median_not_the_mean() {
        let c = from_grades(7, &[0, 0, 3, 3, 3]);
        let d = from_grades(7, &[2, 2, 2, 2, 4]);
        assert_eq!(compare(&d, &c), Ordering::Less);
    }

    #[test]
    fn the_same_grades_share_a_rank_and_blanks_count_as_the_worst() {
        let r = rank(&[
            p(&[1, 2, 0]),
            p(&[0, 0, 0]),
            p(&[1, 2, 0]),
            p(&[3, 0, 0]),
            // Two of three voters graded it « 0 », one left it blank.
            p(&[2, 0, 0]),
        ]);
        let got: Vec<(usize, usize, Option<usize>, u64)> = r
            .iter()
            .map(|x| (x.candidate, x.rank, x.majority, x.blank))
            .collect();
        assert_eq!(
            got,
            vec![
                (3, 1, Some(0), 0),
                (4, 2, Some(0), 1),
                (0, 3, Some(1), 0),
                (2, 3, Some(1), 0),
                (1, 5, Some(2), 3),
            ]
        );
        // 1 of 3 better than « 1 », none worse.
        assert_eq!((r[2].better, r[2].worse), (333, 0));
    }

    fn profiles() -> impl Strategy<Value = Vec<Profile>> {
        prop::collection::vec(prop::collection::vec(0u64..6, 4), 1..8)
            .prop_map(|v| v.into_iter().map(Profile::new).collect())
    }

    proptest! {
        /// The ranking is the same whatever order the candidates come in.
        #[test]
        fn the_order_of_the_candidates_does_not_matter(ps in profiles(), seed in any::<u64>()) {
            let mut shuffled: Vec<(usize, Profile)> = ps.iter().cloned().enumerate().collect();
            let mut s = seed;
            for i in (1..shuffled.len()).rev() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.swap(i, (s >> 33) as usize % (i + 1));
            }
            let a = rank(&ps);
            let b = rank(&shuffled.iter().map(|(_, p)| p.clone()).collect::<Vec<_>>());
            let rank_a: Vec<usize> = (0..ps.len())
                .map(|c| a.iter().find(|r| r.candidate == c).unwrap().rank)
                .collect();
            let mut rank_b = vec![0; ps.len()];
            for r in &b {
                rank_b[shuffled[r.candidate].0] = r.rank;
            }
            prop_assert_eq!(rank_a, rank_b);
        }

        /// One more better grade never lowers a candidate against another
        /// (monotonicity), and moving a grade up never does either.
        #[test]
        fn a_better_grade_never_hurts(ps in profiles(), who in any::<prop::sample::Index>(), g in 0usize..4) {
            let c = who.index(ps.len());
            let before = rank(&ps);
            let mut better = ps.clone();
            if g > 0 && better[c].counts[g] > 0 {
                better[c].counts[g] -= 1;
                better[c].counts[g - 1] += 1;
            } else {
                better[c].counts[0] += 1;
            }
            let after = rank(&better);
            let place = |r: &[Ranked]| r.iter().find(|x| x.candidate == c).unwrap().rank;
            prop_assert!(place(&after) <= place(&before));
        }

        /// The medians' sequence holds every grade once (it is a
        /// reordering of the ballots).
        #[test]
        fn the_medians_are_the_grades_reordered(counts in prop::collection::vec(0u64..6, 1..8)) {
            let p = Profile::new(counts.clone());
            prop_assert_eq!(p.medians(), one_by_one(&p));
            let mut again = vec![0u64; counts.len()];
            for m in p.medians() {
                again[m] += 1;
            }
            prop_assert_eq!(again, counts);
        }
    }
}
