//! Between a session (names, table keys, 1-based rounds) and a mixing
//! problem (indices): building the problem, and writing the plan back as
//! an explicit per-round placement.

use std::collections::BTreeSet;

use super::{Plan, Problem, Quality, TableSpec, assess};
use crate::model::{Rotation, Seating, Session};
use crate::plan::{Movers, Schedule};

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
    let profile = |x: usize| m.profiles.get(&session.participants[x]);
    let people = session.participants.len();
    // Roles, as indices in the order of their names.
    let role_names = role_names(session);
    let roles = if m.balance_roles && !role_names.is_empty() {
        (0..people)
            .map(|x| {
                let role = profile(x)?.role.as_deref()?;
                role_names.iter().position(|r| r == role)
            })
            .collect()
    } else {
        Vec::new()
    };
    // Languages, as bits in the order of their names (64 at most).
    let languages = if m.common_language {
        let names: BTreeSet<&str> = m
            .profiles
            .values()
            .flat_map(|p| p.languages.iter().map(String::as_str))
            .collect();
        let names: Vec<&str> = names.into_iter().take(64).collect();
        (0..people)
            .map(|x| {
                profile(x).map_or(0, |p| {
                    p.languages
                        .iter()
                        .filter_map(|l| names.iter().position(|n| n == l))
                        .fold(0u64, |bits, i| bits | 1 << i)
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    // Someone kept together with their interpreter follows in the
    // interpreter's languages too: the pair counts as speaking both.
    let together = pairs(&m.together);
    let mut languages = languages;
    if !languages.is_empty() {
        for &(a, b) in &together {
            let (la, lb) = (languages[a], languages[b]);
            if la != 0 && lb != 0 {
                languages[a] = la | lb;
                languages[b] = la | lb;
            }
        }
    }
    let mut apart = pairs(&m.apart);
    if m.organisations_apart {
        for a in 0..people {
            for b in a + 1..people {
                let org = |x: usize| profile(x).and_then(|p| p.organisation.as_deref());
                if org(a).is_some() && org(a) == org(b) {
                    apart.push((a, b));
                }
            }
        }
        apart.sort_unstable();
        apart.dedup();
    }
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
        apart,
        together,
        fixed,
        absent,
        roles,
        languages,
    }
}

/// At one table in one round: `(role, count)`, None for no role.
pub type RoleCounts = Vec<(Option<String>, usize)>;

/// The roles the session's participants have, in alphabetical order.
pub fn role_names(session: &Session) -> Vec<String> {
    let names: BTreeSet<&str> = session
        .participants
        .iter()
        .filter_map(|who| session.mixing.role_of(who))
        .collect();
    names.into_iter().map(str::to_string).collect()
}

/// Who sits at each table in each round, by role: per round, per table (in
/// the session's order), `(role, count)` in the order of [`role_names`],
/// then the people without a role as `None`.
pub fn composition(session: &Session, plan: &Plan) -> Vec<Vec<RoleCounts>> {
    let names = role_names(session);
    plan.seats
        .iter()
        .map(|round| {
            (0..session.tables.len())
                .map(|t| {
                    let here: Vec<Option<&str>> = round
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| **s == Some(t))
                        .map(|(x, _)| session.mixing.role_of(&session.participants[x]))
                        .collect();
                    let mut counts: Vec<(Option<String>, usize)> = names
                        .iter()
                        .map(|n| {
                            let c = here.iter().filter(|r| **r == Some(n.as_str())).count();
                            (Some(n.clone()), c)
                        })
                        .filter(|(_, c)| *c > 0)
                        .collect();
                    let none = here.iter().filter(|r| r.is_none()).count();
                    if none > 0 {
                        counts.push((None, none));
                    }
                    counts
                })
                .collect()
        })
        .collect()
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

/// The quality of the individual seating a session holds, as written (by
/// `tablee mix`, perhaps adjusted by hand). None when groups move or
/// nobody is seated yet.
pub fn assess_schedule(session: &Session, schedule: &Schedule) -> Option<Quality> {
    if schedule.movers != Movers::People
        || schedule.rounds.is_empty()
        || session.participants.is_empty()
    {
        return None;
    }
    let index: std::collections::HashMap<&str, usize> = session
        .participants
        .iter()
        .enumerate()
        .map(|(x, name)| (name.as_str(), x))
        .collect();
    let seats: Vec<Vec<Option<usize>>> = schedule
        .rounds
        .iter()
        .map(|tables| {
            let mut round = vec![None; session.participants.len()];
            for (t, names) in tables.iter().enumerate() {
                for name in names {
                    if let Some(&x) = index.get(name.as_str()) {
                        round[x] = Some(t);
                    }
                }
            }
            round
        })
        .collect();
    if seats.iter().all(|round| round.iter().all(Option::is_none)) {
        return None;
    }
    Some(assess(&problem(session, schedule.rounds.len()), seats))
}
