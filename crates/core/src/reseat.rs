//! Seating the room again with who is there: the people ticked in at the
//! door are seated from the first round not started, the rounds played
//! stay as played, late arrivals take free seats without moving anyone.
//! Seats are register ids ([`super::seats`]).

use uuid::Uuid;

use super::register::{Register, present};

/// The seats of who is in the room: everyone ticked in, by id, but those
/// forgotten since (someone ticked in on another laptop and not yet in
/// this one's register is seated: their name comes with the register).
fn seats_here(
    register: &Register,
    arrivals: &std::collections::BTreeMap<Uuid, bool>,
) -> Vec<String> {
    present(arrivals)
        .into_iter()
        .filter(|id| !register.forgotten.contains(id))
        .map(super::seats::seat)
        .collect()
}

/// Who is to be seated when the rounds from `from_round` (1-based) are
/// planned again with the people who came: the rounds before it keep
/// every seat as played (fixed seats), whoever is here now is seated from
/// `from_round` on (someone who arrived late is absent from the rounds
/// already played), and whoever sat in a played round but is no longer
/// ticked in is absent from the rounds to come. Invited people who never
/// came are no longer seated. `None` when nobody is ticked in.
pub fn seat_who_is_here(
    session: &super::model::Session,
    register: &Register,
    arrivals: &std::collections::BTreeMap<Uuid, bool>,
    from_round: usize,
) -> Option<super::model::Session> {
    use super::model::{Absence, FixedSeat, Rotation};
    let here = seats_here(register, arrivals);
    if here.is_empty() {
        return None;
    }
    // A plan made by name (before the register, or typed) joins the ids.
    let session = &super::seats::by_id(session, register);
    let rounds = session.round_phases();
    let played = from_round.saturating_sub(1).min(rounds);
    let old: &[super::model::Seating] = match &session.rotation {
        Rotation::People(r) => r,
        _ => &[],
    };
    let mut fixed: Vec<FixedSeat> = Vec::new();
    let mut seated_before: Vec<String> = Vec::new();
    for (r, seating) in old.iter().enumerate().take(played) {
        for (table, who) in seating {
            for w in who {
                fixed.push(FixedSeat {
                    who: w.clone(),
                    round: r as u32 + 1,
                    table: table.clone(),
                });
                if !seated_before.contains(w) {
                    seated_before.push(w.clone());
                }
            }
        }
    }
    let mut s = session.clone();
    // The order of the list as it was, then the newcomers in the order of
    // the register.
    let mut people: Vec<String> = session
        .participants
        .iter()
        .filter(|p| here.contains(p) || seated_before.contains(p))
        .cloned()
        .collect();
    for p in seated_before.iter().chain(&here) {
        if !people.contains(p) {
            people.push(p.clone());
        }
    }
    let keeps = |who: &String| people.contains(who);
    // The hand-given seats of the rounds to come stay; the played rounds'
    // are the seats as played.
    fixed.extend(
        s.mixing
            .fixed
            .iter()
            .filter(|f| f.round as usize > played && keeps(&f.who))
            .cloned(),
    );
    let mut absent: Vec<Absence> = s
        .mixing
        .absent
        .iter()
        .filter(|a| keeps(&a.who))
        .cloned()
        .collect();
    let mut away = |who: &String, rounds: Vec<u32>| {
        if rounds.is_empty() {
            return;
        }
        match absent.iter_mut().find(|a| a.who == *who) {
            Some(a) => {
                for r in rounds {
                    if !a.rounds.contains(&r) {
                        a.rounds.push(r);
                    }
                }
                a.rounds.sort_unstable();
            }
            None => absent.push(Absence {
                who: who.clone(),
                rounds,
            }),
        }
    };
    for p in &people {
        // Each played round stays as played: whoever did not sit in it
        // is absent from it.
        let missed: Vec<u32> = (0..played)
            .filter(|r| {
                !old.get(*r)
                    .is_some_and(|seating| seating.values().any(|who| who.contains(p)))
            })
            .map(|r| r as u32 + 1)
            .collect();
        away(p, missed);
        if !here.contains(p) {
            away(p, (played as u32 + 1..=rounds as u32).collect());
        }
    }
    // What the mixing knows of people no longer seated goes with them.
    s.mixing.profiles.retain(|who, _| keeps(who));
    s.mixing.apart.retain(|(a, b)| keeps(a) && keeps(b));
    s.mixing.together.retain(|(a, b)| keeps(a) && keeps(b));
    s.participants = people;
    s.mixing.fixed = fixed;
    s.mixing.absent = absent;
    s.rotation = Rotation::Auto;
    Some(s)
}

/// Late arrivals once rounds are under way, without moving anyone: the
/// rounds from `from_round` keep every seat of the plan, those no longer
/// here leave theirs, and each newcomer takes, round by round, the
/// table with the fewest people (then the fewest people they have met
/// already, then the first). The rounds before are as played. `None` when
/// nobody is ticked in or the session has no plan by person yet.
pub fn seat_late_arrivals(
    session: &super::model::Session,
    register: &Register,
    arrivals: &std::collections::BTreeMap<Uuid, bool>,
    from_round: usize,
) -> Option<super::model::Session> {
    use super::model::Rotation;
    if !matches!(session.rotation, Rotation::People(_)) {
        return None;
    }
    let mut s = seat_who_is_here(session, register, arrivals, from_round)?;
    let here = seats_here(register, arrivals);
    let session = &super::seats::by_id(session, register);
    let Rotation::People(old) = &session.rotation else {
        return None;
    };
    let rounds = session.round_phases();
    let played = from_round.saturating_sub(1).min(rounds);
    let tables: Vec<&super::model::Table> =
        session.tables.iter().filter(|t| !t.whole_room).collect();
    let mut plan: Vec<super::model::Seating> = old.iter().take(rounds).cloned().collect();
    plan.resize(rounds, Default::default());
    for r in played..rounds {
        let before: Vec<super::model::Seating> = plan[..r].to_vec();
        let seating = &mut plan[r];
        for who in seating.values_mut() {
            who.retain(|w| here.contains(w));
        }
        seating.retain(|_, who| !who.is_empty());
        let newcomers: Vec<String> = s
            .participants
            .iter()
            .filter(|p| here.contains(p) && !seating.values().any(|who| who.contains(p)))
            .cloned()
            .collect();
        for p in newcomers {
            let best = tables
                .iter()
                .map(|t| {
                    let at = seating.get(&t.key).map_or(0, Vec::len);
                    let full = t.seats.is_some_and(|n| at >= n as usize);
                    let known = seating.get(&t.key).map_or(0, |who| {
                        who.iter().filter(|w| met_before(&before, &p, w)).count()
                    });
                    ((full, at, known), t.key.clone())
                })
                .min();
            if let Some((_, key)) = best {
                seating.entry(key).or_default().push(p.clone());
            }
        }
    }
    s.rotation = Rotation::People(plan);
    Some(s)
}

/// Whether `a` and `b` sat at one table in any of `rounds`.
fn met_before(rounds: &[super::model::Seating], a: &str, b: &str) -> bool {
    rounds.iter().any(|seating| {
        seating
            .values()
            .any(|who| who.iter().any(|w| w == a) && who.iter().any(|w| w == b))
    })
}

/// Why the room could not be seated again.
#[derive(Debug, Clone, PartialEq)]
pub enum Reseat {
    /// Nobody is ticked in at the door.
    NobodyHere,
    /// The seating cannot be found (too many people for the seats…).
    Mix(super::mix::MixError),
    /// The seats kept and filled do not make a plan (a table over its
    /// seats, a name twice): a new search is needed.
    NoPlan,
}

/// The room seated again with who is here: from the first round, a new
/// plan searched within `budget` (its share used, 1.0: stop); once rounds
/// are under way (and a plan by person exists), late arrivals take the
/// free seats and nobody already seated moves ([`seat_late_arrivals`]),
/// unless `replan` asks for a new search of the rounds to come. The
/// session with its new rotation, and the plan's quality.
pub fn reseat(
    session: &super::model::Session,
    register: &Register,
    arrivals: &std::collections::BTreeMap<Uuid, bool>,
    from_round: usize,
    replan: bool,
    budget: &mut dyn FnMut(u64) -> f64,
) -> Result<(super::model::Session, super::mix::Quality), Reseat> {
    use super::mix::seating;
    let has_plan = matches!(session.rotation, super::model::Rotation::People(_));
    if from_round > 1 && has_plan && !replan {
        let s = seat_late_arrivals(session, register, arrivals, from_round)
            .ok_or(Reseat::NobodyHere)?;
        let known = super::seats::with_profiles(&s, register);
        let quality = super::plan::schedule(&known)
            .ok()
            .and_then(|sch| seating::assess_schedule(&known, &sch))
            .ok_or(Reseat::NoPlan)?;
        return Ok((s, quality));
    }
    let mut s =
        seat_who_is_here(session, register, arrivals, from_round).ok_or(Reseat::NobodyHere)?;
    let rounds = s.round_phases();
    // The register's roles, languages and organisations are the
    // planner's, not written into the session.
    let known = super::seats::with_profiles(&s, register);
    let plan = super::mix::solve_within(&seating::problem(&known, rounds), 1, budget)
        .map_err(Reseat::Mix)?;
    s.rotation = seating::rotation(&known, &plan);
    Ok((s, plan.quality))
}

/// The first round not started yet, by the room's clock: the rounds
/// before the current phase, and the current one once its clock runs.
pub fn first_round_to_plan(session: &super::model::Session, clock: &super::clock::Clock) -> usize {
    let phase = clock.phase.min(session.agenda.len());
    let before = session.agenda[..phase]
        .iter()
        .filter(|p| p.kind == super::model::PhaseKind::Round)
        .count();
    let current =
        session.round_of_phase(clock.phase).is_some() && clock.run != super::clock::Run::Idle;
    before + usize::from(current) + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::Person;

    /// Two rounds played (Bo missed the first), Cy left after them, Di
    /// came late and Ed never came: the played rounds stay as played.
    #[test]
    fn the_rounds_played_stay_as_played_and_who_is_here_is_seated_after() {
        use crate::model::{Absence, Phase, PhaseKind, Rotation, Session};
        let mut s = Session::new(Uuid::from_u128(1), "café");
        for i in 1..=3 {
            s.agenda
                .push(Phase::new(PhaseKind::Round, format!("Tour {i}"), 20));
        }
        s.participants = ["Al", "Bo", "Cy", "Ed"].map(String::from).to_vec();
        let seat = |pairs: &[(&str, &[&str])]| {
            pairs
                .iter()
                .map(|(t, who)| (t.to_string(), who.iter().map(|w| w.to_string()).collect()))
                .collect()
        };
        s.rotation = Rotation::People(vec![
            seat(&[("A", &["Al", "Cy"])]),
            seat(&[("A", &["Al"]), ("B", &["Bo", "Cy"])]),
            seat(&[("A", &["Al", "Bo", "Cy", "Ed"])]),
        ]);
        let mut r = Register::new();
        for (n, name) in ["Al", "Bo", "Cy", "Di", "Ed"].iter().enumerate() {
            r.add(Person::named(Uuid::from_u128(n as u128 + 10), name))
                .unwrap();
        }
        let arrivals = [(10, true), (11, true), (12, false), (13, true)]
            .into_iter()
            .map(|(n, here)| (Uuid::from_u128(n), here))
            .collect();
        // The plan made by name joins the register's ids: the session
        // seats ids only, names are put back to be shown.
        let raw = seat_who_is_here(&s, &r, &arrivals, 3).unwrap();
        for name in ["Al", "Bo", "Cy", "Di", "Ed"] {
            assert!(
                !format!("{raw:?}").contains(&format!("\"{name}\"")),
                "{name}"
            );
        }
        let nobody = crate::seats::Nobody {
            forgotten: "?",
            unknown: "?",
        };
        let got = crate::seats::as_shown(&raw, &r, nobody);
        assert_eq!(got.participants, ["Al", "Bo", "Cy", "Di"]);
        let fixed: Vec<(String, u32, String)> = got
            .mixing
            .fixed
            .iter()
            .map(|f| (f.who.clone(), f.round, f.table.clone()))
            .collect();
        let f = |w: &str, r: u32, t: &str| (w.to_string(), r, t.to_string());
        assert_eq!(
            fixed,
            [
                f("Al", 1, "A"),
                f("Cy", 1, "A"),
                f("Al", 2, "A"),
                f("Bo", 2, "B"),
                f("Cy", 2, "B")
            ]
        );
        let absent = |who: &str, rounds: &[u32]| Absence {
            who: who.into(),
            rounds: rounds.to_vec(),
        };
        assert_eq!(
            got.mixing.absent,
            [
                absent("Bo", &[1]),
                absent("Cy", &[3]),
                absent("Di", &[1, 2])
            ]
        );
        assert_eq!(got.rotation, Rotation::Auto);
        // Nobody ticked in: nothing to plan.
        assert_eq!(seat_who_is_here(&s, &r, &Default::default(), 1), None);
    }
}
