//! Who came, counted: per session the people invited and those who came
//! (by role, from the register), and over a year of sessions who came back,
//! who came for the first time and who was invited and never came. Counts
//! only: no name leaves the register through here but by [`who_came`], for
//! the organiser who asks for it.

use std::collections::{BTreeMap, BTreeSet};

use uuid::Uuid;

use super::model::Session;
use super::register::{Register, present};

/// One session's attendance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionCount {
    /// Index of the session in the order given.
    pub session: usize,
    pub invited: usize,
    /// People who came (invited or not).
    pub came: usize,
    /// Of them, invited.
    pub invited_came: usize,
    /// Came for the first time in the sessions given (in their order).
    pub first_time: usize,
    pub capacity: Option<u32>,
}

/// One role's attendance over the sessions given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleCount {
    /// The register's role; `None` for people without one, or no longer in
    /// the register.
    pub role: Option<String>,
    /// Per session, in order: (invited, came).
    pub by_session: Vec<(usize, usize)>,
    /// Distinct people of this role who came at least once.
    pub people: usize,
}

/// Attendance over the sessions given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendance {
    /// The column the composition is counted by.
    pub by: By,
    pub sessions: Vec<SessionCount>,
    pub roles: Vec<RoleCount>,
    /// Distinct people who came at least once.
    pub people: usize,
    /// Of them, who came to two sessions or more.
    pub returning: usize,
    /// Invited at least once, never came.
    pub never_came: usize,
    /// Who came by name ([`who_came`]), only when the organiser asks for
    /// it; `None` otherwise, and the documents name no one.
    pub named: Option<Vec<Came>>,
}

/// The register's column the composition is counted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum By {
    #[default]
    Role,
    Organisation,
    /// Neighbourhood or commune.
    Place,
}

/// The attendance of `sessions` (each with its check-ins), the
/// composition by the register's column `by`; `None` when no session
/// invited anyone or ticked anyone in.
pub fn count(
    sessions: &[(&Session, &BTreeMap<Uuid, bool>)],
    register: &Register,
    by: By,
) -> Option<Attendance> {
    if sessions
        .iter()
        .all(|(s, arrivals)| s.invited.is_empty() && present(arrivals).is_empty())
    {
        return None;
    }
    let role_of = |id: &Uuid| {
        register
            .get(*id)
            .map(|p| match by {
                By::Role => p.role.trim().to_string(),
                By::Organisation => p.organisation.trim().to_string(),
                By::Place => p.place.trim().to_string(),
            })
            .filter(|r| !r.is_empty())
    };
    let mut seen: BTreeSet<Uuid> = BTreeSet::new();
    let mut times: BTreeMap<Uuid, usize> = BTreeMap::new();
    let mut ever_invited: BTreeSet<Uuid> = BTreeSet::new();
    let mut counts = Vec::new();
    let mut roles: BTreeMap<Option<String>, Vec<(usize, usize)>> = BTreeMap::new();
    let mut role_people: BTreeMap<Option<String>, BTreeSet<Uuid>> = BTreeMap::new();
    let n = sessions.len();
    for (i, (s, arrivals)) in sessions.iter().enumerate() {
        let came: BTreeSet<Uuid> = present(arrivals).into_iter().collect();
        let invited: BTreeSet<Uuid> = s.invited.iter().copied().collect();
        ever_invited.extend(&invited);
        let first_time = came.iter().filter(|id| !seen.contains(id)).count();
        for id in &came {
            *times.entry(*id).or_default() += 1;
            role_people.entry(role_of(id)).or_default().insert(*id);
        }
        seen.extend(&came);
        for id in &invited {
            roles.entry(role_of(id)).or_insert_with(|| vec![(0, 0); n])[i].0 += 1;
        }
        for id in &came {
            roles.entry(role_of(id)).or_insert_with(|| vec![(0, 0); n])[i].1 += 1;
        }
        counts.push(SessionCount {
            session: i,
            invited: invited.len(),
            came: came.len(),
            invited_came: came.intersection(&invited).count(),
            first_time,
            capacity: s.capacity,
        });
    }
    // Named roles first, alphabetically; people without one last.
    let mut roles: Vec<RoleCount> = roles
        .into_iter()
        .map(|(role, by_session)| RoleCount {
            people: role_people.get(&role).map_or(0, BTreeSet::len),
            role,
            by_session,
        })
        .collect();
    roles.sort_by_key(|r| (r.role.is_none(), r.role.as_deref().map(super::text::fold)));
    Some(Attendance {
        by,
        sessions: counts,
        roles,
        people: seen.len(),
        returning: times.values().filter(|t| **t >= 2).count(),
        never_came: ever_invited.iter().filter(|id| !seen.contains(id)).count(),
        named: None,
    })
}

/// Someone of the register who came to at least one of the sessions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Came {
    pub name: String,
    /// The register's column the composition is counted by.
    pub role: String,
    /// Per session, in order: whether they came.
    pub sessions: Vec<bool>,
}

/// Who came to `sessions`, by name, for the organiser who asks for it
/// (`--names`): the register's people ticked in at least once, by name
/// (accents and case aside). People no longer in the register are not
/// listed (they are counted).
pub fn who_came(
    sessions: &[(&Session, &BTreeMap<Uuid, bool>)],
    register: &Register,
    by: By,
) -> Vec<Came> {
    let came: Vec<BTreeSet<Uuid>> = sessions
        .iter()
        .map(|(_, arrivals)| present(arrivals).into_iter().collect())
        .collect();
    let mut out: Vec<Came> = register
        .people
        .iter()
        .filter(|p| came.iter().any(|c| c.contains(&p.id)))
        .map(|p| Came {
            name: p.name.clone(),
            role: match by {
                By::Role => p.role.trim(),
                By::Organisation => p.organisation.trim(),
                By::Place => p.place.trim(),
            }
            .to_string(),
            sessions: came.iter().map(|c| c.contains(&p.id)).collect(),
        })
        .collect();
    out.sort_by_cached_key(|c| super::text::sort_key(&c.name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::Person;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    /// Three sessions of a year: six people (élus 1-2, habitants 3-5, one
    /// without a role 6); a walk-in (7) forgotten from the register since.
    #[test]
    fn a_year_of_three_sessions_is_counted_by_role_with_returning_and_never() {
        let mut reg = Register::new();
        for (n, role) in [
            (1, "élu"),
            (2, "élu"),
            (3, "habitant"),
            (4, "habitant"),
            (5, "habitant"),
            (6, ""),
        ] {
            let mut p = Person::named(id(n), &format!("P{n}"));
            p.role = role.into();
            reg.add(p).unwrap();
        }
        let mut s = [
            Session::new(id(100), "mars"),
            Session::new(id(101), "juin"),
            Session::new(id(102), "nov"),
        ];
        for x in &mut s {
            x.invited = (1..=6).map(id).collect();
        }
        s[0].capacity = Some(30);
        let ticks = |who: &[u128], gone: &[u128]| -> BTreeMap<Uuid, bool> {
            who.iter()
                .map(|n| (id(*n), true))
                .chain(gone.iter().map(|n| (id(*n), false)))
                .collect()
        };
        let a = ticks(&[1, 3, 4, 7], &[5]);
        let b = ticks(&[1, 2, 3], &[]);
        let c = ticks(&[1, 3, 6], &[]);
        let got = count(&[(&s[0], &a), (&s[1], &b), (&s[2], &c)], &reg, By::Role).unwrap();
        let per: Vec<(usize, usize, usize, usize)> = got
            .sessions
            .iter()
            .map(|c| (c.invited, c.came, c.invited_came, c.first_time))
            .collect();
        assert_eq!(per, [(6, 4, 3, 4), (6, 3, 3, 1), (6, 3, 3, 1)]);
        assert_eq!(got.sessions[0].capacity, Some(30));
        // 1,2,3,4,6,7 came; 1 and 3 came back; 5 was invited and never came.
        assert_eq!((got.people, got.returning, got.never_came), (6, 2, 1));
        type Row<'a> = (Option<&'a str>, Vec<(usize, usize)>, usize);
        let roles: Vec<Row> = got
            .roles
            .iter()
            .map(|r| (r.role.as_deref(), r.by_session.clone(), r.people))
            .collect();
        assert_eq!(
            roles,
            [
                (Some("élu"), vec![(2, 1), (2, 2), (2, 1)], 2),
                (Some("habitant"), vec![(3, 2), (3, 1), (3, 1)], 2),
                // 6 has no role; 7 is no longer in the register.
                (None, vec![(1, 1), (1, 0), (1, 1)], 2),
            ]
        );
        // Asked for by name: who came, each session ticked; 7 (no longer
        // in the register) is counted above, not listed.
        let sessions = [(&s[0], &a), (&s[1], &b), (&s[2], &c)];
        let named: Vec<(String, String, Vec<bool>)> = who_came(&sessions, &reg, By::Role)
            .into_iter()
            .map(|c| (c.name, c.role, c.sessions))
            .collect();
        let row = |n: &str, r: &str, v: [bool; 3]| (n.to_string(), r.to_string(), v.to_vec());
        assert_eq!(
            named,
            [
                row("P1", "élu", [true, true, true]),
                row("P2", "élu", [false, true, false]),
                row("P3", "habitant", [true, true, true]),
                row("P4", "habitant", [true, false, false]),
                row("P6", "", [false, false, true]),
            ]
        );
    }

    #[test]
    fn nothing_to_count_says_nothing() {
        let s = Session::new(id(1), "x");
        assert_eq!(
            count(&[(&s, &BTreeMap::new())], &Register::new(), By::Role),
            None
        );
    }
}
