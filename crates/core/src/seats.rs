//! Seats by id: a person of the council's register sits in a session
//! under their register id, never their name, so that the set-up events a
//! plan is written as (and the writers of time alone) carry no name, and
//! forgetting someone (the register rewritten) leaves nothing to rewrite in
//! a journal. Names are put back only to be shown: on the screens, on the
//! printed cards, in the mixing's messages.
//!
//! A session's people are strings, as always: a name typed by hand (a café
//! without a register) or a register id in its usual written form
//! (`"6f1c0e2a-…"`, 36 characters), which no one is called.

use uuid::Uuid;

use super::model::{Profile, Rotation, Session};
use super::register::{Found, Register};

/// The seat of the register's person `id`.
pub fn seat(id: Uuid) -> String {
    id.hyphenated().to_string()
}

/// The register id a seat holds, if it holds one (not a typed name).
pub fn person(seat: &str) -> Option<Uuid> {
    if seat.len() != 36 {
        return None;
    }
    Uuid::try_parse(seat).ok()
}

/// Whether `session` seats or invites people of the register.
pub fn uses_register(session: &Session) -> bool {
    !session.invited.is_empty() || seats_of(session).into_iter().any(|s| person(s).is_some())
}

/// What a seat shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown<'a> {
    /// The name of the register's person, or the name typed in the session.
    Name(&'a str),
    /// A register id that names no one any more: the person was forgotten.
    Forgotten,
    /// A register id that names no one yet (a walk-in added on another
    /// laptop whose register has not arrived).
    Unknown,
}

/// What `seat` shows with `register`.
pub fn shown<'a>(register: &'a Register, seat: &'a str) -> Shown<'a> {
    match person(seat) {
        None => Shown::Name(seat),
        Some(id) => match register.get(id) {
            Some(p) => Shown::Name(p.name.as_str()),
            None if register.forgotten.contains(&id) => Shown::Forgotten,
            None => Shown::Unknown,
        },
    }
}

/// Every seat of `session` (its people, the rotation, the mixing), each once
/// in the order first met.
fn seats_of(session: &Session) -> Vec<&str> {
    let m = &session.mixing;
    let planned: Vec<&String> = match &session.rotation {
        Rotation::People(rounds) => rounds.iter().flat_map(|r| r.values().flatten()).collect(),
        _ => Vec::new(),
    };
    let all = session
        .participants
        .iter()
        .chain(planned)
        .chain(m.fixed.iter().map(|f| &f.who))
        .chain(m.absent.iter().map(|a| &a.who))
        .chain(m.apart.iter().chain(&m.together).flat_map(|(a, b)| [a, b]))
        .chain(m.profiles.keys());
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<&str> = Vec::new();
    for s in all {
        if seen.insert(s.as_str()) {
            out.push(s);
        }
    }
    out
}

/// `session` with each seat renamed by `rename` (everywhere a seat is
/// written: people, rotation, mixing).
fn renamed(session: &Session, rename: &dyn Fn(&str) -> String) -> Session {
    let mut s = session.clone();
    for p in &mut s.participants {
        *p = rename(p);
    }
    if let Rotation::People(rounds) = &mut s.rotation {
        for who in rounds.iter_mut().flat_map(|r| r.values_mut()) {
            for w in who.iter_mut() {
                *w = rename(w);
            }
        }
    }
    let m = &mut s.mixing;
    for f in &mut m.fixed {
        f.who = rename(&f.who);
    }
    for a in &mut m.absent {
        a.who = rename(&a.who);
    }
    for (a, b) in m.apart.iter_mut().chain(m.together.iter_mut()) {
        *a = rename(a);
        *b = rename(b);
    }
    m.profiles = std::mem::take(&mut m.profiles)
        .into_iter()
        .map(|(k, v)| (rename(&k), v))
        .collect();
    s
}

/// What the planner knows of a register's person: role, languages,
/// organisation (never the name or contact).
fn profile(register: &Register, id: Uuid) -> Option<Profile> {
    let p = register.get(id)?;
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    Some(Profile {
        role: some(&p.role),
        languages: p.languages.clone(),
        organisation: some(&p.organisation),
    })
}

/// `session` with what the register knows of each person seated by id
/// (role, languages, organisation) in its mixing's profiles, for the
/// planner and its quality line; a profile written in the session wins.
/// Not to be written back: the session keeps seats, the register keeps
/// people.
pub fn with_profiles(session: &Session, register: &Register) -> Session {
    let mut s = session.clone();
    for seat in seats_of(session) {
        if s.mixing.profiles.contains_key(seat) {
            continue;
        }
        if let Some(p) = person(seat)
            .and_then(|id| profile(register, id))
            .filter(|p| *p != Profile::default())
        {
            s.mixing.profiles.insert(seat.to_string(), p);
        }
    }
    s
}

/// The words for seats naming no one: someone forgotten, someone not in
/// this laptop's register yet. Each is followed by a number.
#[derive(Debug, Clone, Copy)]
pub struct Nobody<'a> {
    pub forgotten: &'a str,
    pub unknown: &'a str,
}

/// `session` as people read it: each seat by id shows its person's name
/// (and their profile from the register), a seat naming no one shows the
/// word for it and a number (« personne oubliée 1 », each distinct). For
/// screens and printed cards; never written back.
pub fn as_shown(session: &Session, register: &Register, nobody: Nobody<'_>) -> Session {
    let s = with_profiles(session, register);
    let mut names: std::collections::HashMap<String, String> = Default::default();
    let mut n = 0;
    for seat in seats_of(&s) {
        let word = match shown(register, seat) {
            Shown::Name(_) => continue,
            Shown::Forgotten => nobody.forgotten,
            Shown::Unknown => nobody.unknown,
        };
        n += 1;
        names.insert(seat.to_string(), format!("{word} {n}"));
    }
    renamed(&s, &|seat| match shown(register, seat) {
        Shown::Name(name) => name.to_string(),
        Shown::Forgotten | Shown::Unknown => names.get(seat).cloned().unwrap_or_default(),
    })
}

/// `session` with every seat that is a register person's exact name
/// (case and accents aside) put under their id instead: a plan made by
/// name before the register (or typed by hand) joins the register's
/// seats. Typed names nobody in the register has stay as they are.
pub fn by_id(session: &Session, register: &Register) -> Session {
    renamed(session, &|seat| {
        if person(seat).is_some() {
            return seat.to_string();
        }
        match register.find(seat) {
            Found::One(p) if same_name(&p.name, seat) => self::seat(p.id),
            _ => seat.to_string(),
        }
    })
}

fn same_name(a: &str, b: &str) -> bool {
    super::text::fold(a.trim()) == super::text::fold(b.trim())
}

/// The seat a name typed on a screen stands for: the register's person of
/// exactly that name (case and accents aside), else the name as typed.
pub fn typed(register: &Register, name: &str) -> String {
    match register.find(name) {
        Found::One(p) if same_name(&p.name, name) => seat(p.id),
        _ => name.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Absence, FixedSeat, Seating};
    use crate::register::Person;

    fn reg() -> Register {
        let mut r = Register::new();
        let mut nadia = Person::named(Uuid::from_u128(1), "Nadia Benali");
        nadia.role = "habitante".into();
        nadia.languages = vec!["fr".into(), "ar".into()];
        nadia.contact = "nadia@example.org".into();
        r.add(nadia).unwrap();
        r.add(Person::named(Uuid::from_u128(2), "Julien Lefebvre"))
            .unwrap();
        r
    }

    #[test]
    fn a_seat_is_an_id_or_a_typed_name() {
        let id = Uuid::from_u128(7);
        assert_eq!(person(&seat(id)), Some(id));
        assert_eq!(person("Ana Lopes"), None);
        // Other written forms of an id are names someone typed.
        assert_eq!(person(&id.simple().to_string()), None);
        let r = reg();
        assert_eq!(
            shown(&r, &seat(Uuid::from_u128(1))),
            Shown::Name("Nadia Benali")
        );
        assert_eq!(shown(&r, &seat(id)), Shown::Unknown);
        let mut r = r;
        r.forget(Uuid::from_u128(1));
        assert_eq!(shown(&r, &seat(Uuid::from_u128(1))), Shown::Forgotten);
        assert_eq!(shown(&r, "Ana"), Shown::Name("Ana"));
    }

    #[test]
    fn names_are_put_back_only_to_be_shown_and_each_unknown_is_distinct() {
        let r = reg();
        let (nadia, julien) = (seat(Uuid::from_u128(1)), seat(Uuid::from_u128(2)));
        let (gone1, gone2) = (seat(Uuid::from_u128(8)), seat(Uuid::from_u128(9)));
        let mut s = Session::new(Uuid::from_u128(5), "café");
        s.participants = vec![nadia.clone(), gone1.clone(), "Ana".into(), gone2.clone()];
        let mut r1 = Seating::new();
        r1.insert("A".into(), vec![nadia.clone(), gone1.clone()]);
        r1.insert("B".into(), vec!["Ana".into(), gone2.clone()]);
        s.rotation = Rotation::People(vec![r1]);
        s.mixing.fixed.push(FixedSeat {
            who: julien.clone(),
            round: 1,
            table: "A".into(),
        });
        s.mixing.absent.push(Absence {
            who: gone2.clone(),
            rounds: vec![2],
        });
        s.mixing.apart.push((nadia.clone(), "Ana".into()));

        let mut r = r;
        r.forgotten.push(Uuid::from_u128(9));
        let nobody = Nobody {
            forgotten: "oublié·e",
            unknown: "inconnu·e",
        };
        let shown = as_shown(&s, &r, nobody);
        assert_eq!(
            shown.participants,
            ["Nadia Benali", "inconnu·e 1", "Ana", "oublié·e 2"]
        );
        let Rotation::People(rounds) = &shown.rotation else {
            panic!()
        };
        assert_eq!(rounds[0]["A"], ["Nadia Benali", "inconnu·e 1"]);
        assert_eq!(rounds[0]["B"], ["Ana", "oublié·e 2"]);
        assert_eq!(shown.mixing.fixed[0].who, "Julien Lefebvre");
        assert_eq!(shown.mixing.absent[0].who, "oublié·e 2");
        assert_eq!(shown.mixing.apart[0], ("Nadia Benali".into(), "Ana".into()));
        // The register's profile, under the name; never the contact.
        let p = &shown.mixing.profiles["Nadia Benali"];
        assert_eq!(p.role.as_deref(), Some("habitante"));
        assert_eq!(p.languages, ["fr", "ar"]);
        assert!(!format!("{shown:?}").contains("nadia@example.org"));

        // For the planner: profiles under the seat, nothing renamed.
        let planned = with_profiles(&s, &r);
        assert_eq!(planned.participants, s.participants);
        assert_eq!(
            planned.mixing.profiles[&nadia].role.as_deref(),
            Some("habitante")
        );
        assert!(!planned.mixing.profiles.contains_key(&julien));
    }

    #[test]
    fn register_names_typed_by_hand_join_their_ids() {
        let r = reg();
        let mut s = Session::new(Uuid::from_u128(5), "café");
        s.participants = vec!["nadia benali".into(), "Ana".into(), "Julien".into()];
        let s = by_id(&s, &r);
        // The exact name (case aside) is the person; a part of one is not.
        assert_eq!(
            s.participants,
            [seat(Uuid::from_u128(1)), "Ana".into(), "Julien".into()]
        );
        assert_eq!(typed(&r, " Julien Lefebvre "), seat(Uuid::from_u128(2)));
        assert_eq!(typed(&r, "Zoé"), "Zoé");
    }
}
