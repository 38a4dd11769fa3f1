//! Between a session (names, table keys, 1-based rounds) and a mixing
//! problem (indices): building the problem, and writing the plan back as
//! an explicit per-round placement.

use std::collections::BTreeSet;

use super::{Plan, Problem, TableSpec};
use crate::core::model::{Rotation, Seating, Session};

/// The problem a session describes over `rounds` rounds. Names and keys in
/// `mixing` that do not resolve are left out (validation reports them).
pub fn problem(session: &Session, rounds: usize) -> Problem {
    let topic_index = |key: &str| {
        session
            .topics
            .iter()
            .position(|t| t.key == key)
            .unwrap_or(session.topics.len())
    };
    let person = |who: &str| session.participants.iter().position(|p| p == who);
    let pairs = |list: &[(String, String)]| -> Vec<(usize, usize)> {
        let set: BTreeSet<(usize, usize)> = list
            .iter()
            .filter_map(|(a, b)| {
                let (a, b) = (person(a)?, person(b)?);
                (a != b).then_some((a.min(b), a.max(b)))
            })
            .collect();
        set.into_iter().collect()
    };
    let m = &session.mixing;
    let in_rounds = |r: u32| r >= 1 && (r as usize) <= rounds;
    let mut absent: Vec<(usize, usize)> = m
        .absent
        .iter()
        .filter_map(|a| Some((person(&a.who)?, &a.rounds)))
        .flat_map(|(x, rs)| {
            rs.iter()
                .filter(|&&r| in_rounds(r))
                .map(move |&r| (x, r as usize - 1))
        })
        .collect();
    absent.sort_unstable();
    absent.dedup();
    let mut fixed: Vec<(usize, usize, usize)> = m
        .fixed
        .iter()
        .filter(|f| in_rounds(f.round))
        .filter_map(|f| {
            Some((
                person(&f.who)?,
                f.round as usize - 1,
                session.table_index(&f.table)?,
            ))
        })
        .collect();
    fixed.sort_unstable();
    fixed.dedup();
    Problem {
        people: session.participants.len(),
        tables: session
            .tables
            .iter()
            .map(|t| TableSpec {
                topic: topic_index(&t.topic),
                capacity: t.seats.map(|s| s as usize),
            })
            .collect(),
        rounds,
        apart: pairs(&m.apart),
        together: pairs(&m.together),
        fixed,
        absent,
    }
}

/// The plan as the session's explicit rotation: per round, table key →
/// names in the order of `participants`.
pub fn rotation(session: &Session, plan: &Plan) -> Rotation {
    Rotation::People(
        plan.seats
            .iter()
            .map(|round| {
                let mut seating: Seating = session
                    .tables
                    .iter()
                    .map(|t| (t.key.clone(), Vec::new()))
                    .collect();
                for (x, seat) in round.iter().enumerate() {
                    if let (Some(t), Some(name)) = (seat, session.participants.get(x)) {
                        let key = &session.tables[*t].key;
                        seating.entry(key.clone()).or_default().push(name.clone());
                    }
                }
                seating
            })
            .collect(),
    )
}
