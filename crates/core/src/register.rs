//! A council's register: the people it invites, kept in one file beside
//! the sessions (`people.ron`), each with an id that journals use instead
//! of a name (a check-in is `Arrived { person }`, never a name), so that
//! forgetting someone rewrites the register and never a journal.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The register's format, written in every file.
pub const FORMAT_VERSION: u32 = 1;

/// One person of the register. Only the name is required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Uuid,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Neighbourhood or commune.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Accessibility needs (« fauteuil », « LSF »…), for the door and the
    /// seating.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub needs: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
}

impl Person {
    /// A person with only a name (a walk-in), under `id`.
    pub fn named(id: Uuid, name: &str) -> Person {
        Person {
            id,
            name: name.trim().to_string(),
            role: String::new(),
            organisation: String::new(),
            place: String::new(),
            languages: Vec::new(),
            needs: String::new(),
            contact: String::new(),
        }
    }
}

/// The register: everyone a council may invite.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    pub format_version: u32,
    pub people: Vec<Person>,
    /// The ids of people forgotten (`tablee people forget`): nothing of
    /// them but the id, so that their check-ins and seats, kept in the
    /// journals, are known to name someone gone rather than someone whose
    /// entry has not arrived yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forgotten: Vec<Uuid>,
}

/// Who a typed name designates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'a> {
    One(&'a Person),
    /// Several people match: the name must be typed further.
    Several(Vec<&'a Person>),
    None,
}

/// Why a person cannot be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    EmptyName,
    /// Someone of that name is already in the register.
    Twice {
        name: String,
    },
}

impl Register {
    pub fn new() -> Register {
        Register {
            format_version: FORMAT_VERSION,
            people: Vec::new(),
            forgotten: Vec::new(),
        }
    }

    pub fn get(&self, id: Uuid) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The person `typed` names: the same name (case, accents and spaces
    /// aside), else the only one whose name contains it.
    pub fn find(&self, typed: &str) -> Found<'_> {
        let key = key(typed);
        if key.is_empty() {
            return Found::None;
        }
        if let Some(p) = self.people.iter().find(|p| key_of(p) == key) {
            return Found::One(p);
        }
        let some: Vec<&Person> = self
            .people
            .iter()
            .filter(|p| key_of(p).contains(&key))
            .collect();
        match some.as_slice() {
            [] => Found::None,
            [one] => Found::One(one),
            _ => Found::Several(some),
        }
    }

    /// Adds `person`; a name already there (case and accents aside) is
    /// refused, so that a check-in by name is never ambiguous.
    pub fn add(&mut self, mut person: Person) -> Result<Uuid, Refused> {
        person.name = super::text::sanitize(&person.name).trim().to_string();
        if person.name.is_empty() {
            return Err(Refused::EmptyName);
        }
        if let Some(p) = self.people.iter().find(|p| key_of(p) == key(&person.name)) {
            return Err(Refused::Twice {
                name: p.name.clone(),
            });
        }
        let id = person.id;
        // Someone forgotten who comes back (the same walk-in id) is
        // someone again.
        self.forgotten.retain(|f| *f != id);
        self.people.push(person);
        Ok(id)
    }

    /// Removes a person for good; their id, still in journals, then names
    /// no one. Returns the person removed.
    pub fn forget(&mut self, id: Uuid) -> Option<Person> {
        let at = self.people.iter().position(|p| p.id == id)?;
        if !self.forgotten.contains(&id) {
            self.forgotten.push(id);
        }
        Some(self.people.remove(at))
    }
}

fn key(s: &str) -> String {
    super::text::fold(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn key_of(p: &Person) -> String {
    key(&p.name)
}

/// A walk-in's id: derived from the session, the device and the name as
/// typed, so that the same walk-in typed twice at one door is one person.
pub fn walk_in_id(session: Uuid, device: Uuid, name: &str) -> Uuid {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(session.as_bytes());
    bytes.extend_from_slice(device.as_bytes());
    bytes.extend_from_slice(key(name).as_bytes());
    Uuid::new_v5(&Uuid::NAMESPACE_OID, &bytes)
}

/// Who is in the room, from the check-ins ([`super::board::Board::arrivals`]):
/// the people ticked in and not ticked out since, the latest tick
/// winning in any order.
pub fn present(arrivals: &std::collections::BTreeMap<Uuid, bool>) -> Vec<Uuid> {
    arrivals
        .iter()
        .filter(|(_, here)| **here)
        .map(|(id, _)| *id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reg() -> Register {
        let mut r = Register::new();
        for (i, n) in ["Nadia Benali", "Julien Lefebvre", "Julie Martin"]
            .iter()
            .enumerate()
        {
            r.add(Person::named(Uuid::from_u128(i as u128 + 1), n))
                .unwrap();
        }
        r
    }

    #[test]
    fn a_name_is_found_whole_or_by_a_part_only_one_person_has() {
        let r = reg();
        assert!(matches!(r.find("nadia  BENALI"), Found::One(p) if p.name == "Nadia Benali"));
        assert!(matches!(r.find("lefeb"), Found::One(p) if p.name == "Julien Lefebvre"));
        assert!(matches!(r.find("Juli"), Found::Several(v) if v.len() == 2));
        assert_eq!(r.find("Zoé"), Found::None);
        assert_eq!(r.find("  "), Found::None);
    }

    #[test]
    fn the_same_name_twice_or_no_name_is_refused() {
        let mut r = reg();
        assert_eq!(
            r.add(Person::named(Uuid::from_u128(9), "nadia benali")),
            Err(Refused::Twice {
                name: "Nadia Benali".into()
            })
        );
        assert_eq!(
            r.add(Person::named(Uuid::from_u128(9), " \u{202e} ")),
            Err(Refused::EmptyName)
        );
        assert_eq!(r.forget(Uuid::from_u128(1)).unwrap().name, "Nadia Benali");
        assert_eq!(r.find("Nadia"), Found::None);
    }

    #[test]
    fn a_walk_in_typed_twice_at_one_door_is_one_person() {
        let (s, d) = (Uuid::from_u128(1), Uuid::from_u128(2));
        assert_eq!(walk_in_id(s, d, "Zoé Roy"), walk_in_id(s, d, "zoe  roy"));
        assert_ne!(
            walk_in_id(s, d, "Zoé Roy"),
            walk_in_id(s, Uuid::from_u128(3), "Zoé Roy")
        );
    }
}
