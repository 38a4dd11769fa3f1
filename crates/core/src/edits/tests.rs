use super::*;
use proptest::prelude::*;

fn table(key: &str, topic: &str) -> Table {
    Table {
        key: key.into(),
        topic: topic.into(),
        host: String::new(),
        seats: None,
        whole_room: false,
    }
}

fn topic(key: &str) -> Topic {
    Topic {
        key: key.into(),
        title: format!("Topic {key}"),
        question: String::new(),
        board: BoardKind::Swot,
    }
}

fn phase(kind: PhaseKind, title: &str) -> Phase {
    Phase::new(kind, title, 20)
}

/// Seed 002's morning, small: two topics, four tables, four groups.
fn base() -> Session {
    let mut s = Session::new(Uuid::nil(), "Matinée numérique");
    s.topics = vec![topic("CLN"), topic("IN")];
    s.tables = vec![
        table("A", "CLN"),
        table("B", "CLN"),
        table("C", "IN"),
        table("D", "IN"),
    ];
    s.groups = (1..=4)
        .map(|n| Group {
            key: n.to_string(),
            name: String::new(),
            size: None,
        })
        .collect();
    s.participants = vec!["Ana".into(), "Bob".into(), "Chloé".into()];
    s.agenda = vec![
        phase(PhaseKind::Briefing, "Accueil"),
        phase(PhaseKind::Round, "Tour 1"),
        phase(PhaseKind::Round, "Tour 2"),
        phase(PhaseKind::Plenary, "Plénière"),
    ];
    s.statements = vec!["Le numérique isole".into()];
    s
}

/// A laptop with a set-up screen: what it has seen, and its numbers.
struct Laptop {
    device: Uuid,
    seq: u64,
    lamport: u64,
    seen: Merged,
}

impl Laptop {
    fn new(n: u128, base: &Session) -> Laptop {
        Laptop {
            device: Uuid::from_u128(n),
            seq: 0,
            lamport: 0,
            seen: merge(base, &[]),
        }
    }

    /// Reads what the journals hold now.
    fn sync(&mut self, base: &Session, journal: &[SetupOp]) {
        self.seen = merge(base, journal);
        self.lamport = journal
            .iter()
            .map(|o| o.order.0)
            .fold(self.lamport, u64::max);
    }

    /// Changes its copy with `change` and saves: the edits, stamped.
    fn save(&mut self, change: impl FnOnce(&mut Session, &mut Ids)) -> Vec<SetupOp> {
        let (mut s, mut ids) = (self.seen.session.clone(), self.seen.ids.clone());
        change(&mut s, &mut ids);
        diff((&self.seen.session, &self.seen.ids), (&s, &ids))
            .into_iter()
            .map(|edit| {
                self.seq += 1;
                self.lamport += 1;
                SetupOp {
                    edit,
                    device: self.device,
                    order: (self.lamport, self.device, self.seq),
                    id: Uuid::from_u128((self.device.as_u128() << 64) | u128::from(self.seq)),
                    at: jiff::Timestamp::from_second(1_700_000_000 + self.seq as i64).unwrap(),
                }
            })
            .collect()
    }
}

#[test]
fn two_laptops_editing_different_fields_both_keep_theirs() {
    let base = base();
    let (mut a, mut b) = (Laptop::new(1, &base), Laptop::new(2, &base));
    let mut journal = a.save(|s, _| s.title = "Matinée du CENR".into());
    journal.extend(b.save(|s, _| s.tables[1].host = "Marie".into()));
    let m = merge(&base, &journal);
    assert_eq!(m.session.title, "Matinée du CENR");
    assert_eq!(m.session.tables[1].host, "Marie");
    assert!(m.set_aside.is_empty(), "{:?}", m.set_aside);
    a.sync(&base, &journal);
    b.sync(&base, &journal);
    assert_eq!(a.seen, b.seen);
}

/// The case: B saves a host, it syncs; A, whose screen was open
/// since before, changes only the title. B's host stays.
#[test]
fn a_screen_open_since_before_does_not_revert_another_laptops_edit() {
    let base = base();
    let (mut a, mut b) = (Laptop::new(1, &base), Laptop::new(2, &base));
    let mut journal = b.save(|s, _| s.tables[0].host = "Karim".into());
    // A's screen has not read the journal since it opened; its process
    // has seen B's events (its Lamport counter is above them) or not.
    a.lamport = 5;
    journal.extend(a.save(|s, _| s.title = "Nouveau titre".into()));
    let m = merge(&base, &journal);
    assert_eq!(m.session.tables[0].host, "Karim");
    assert_eq!(m.session.title, "Nouveau titre");
    assert!(m.set_aside.is_empty());
}

#[test]
fn two_laptops_typing_one_field_converge_and_the_lost_one_is_said() {
    let base = base();
    let (mut a, mut b) = (Laptop::new(1, &base), Laptop::new(2, &base));
    let ja = a.save(|s, _| s.tables[2].host = "Inès".into());
    let jb = b.save(|s, _| s.tables[2].host = "Jules".into());
    let one: Vec<SetupOp> = ja.iter().chain(&jb).cloned().collect();
    let other: Vec<SetupOp> = jb.iter().chain(&ja).cloned().collect();
    let (m1, m2) = (merge(&base, &one), merge(&base, &other));
    assert_eq!(m1, m2);
    // Same Lamport counter: the device decides (B's id is greater).
    assert_eq!(m1.session.tables[2].host, "Jules");
    assert_eq!(
        m1.set_aside,
        vec![SetAside {
            why: Why::Replaced {
                spot: Spot::Cell {
                    list: List::Tables,
                    row: "C".into()
                },
                lost: Value::Cell(Cell::Host("Inès".into())),
                kept: Value::Cell(Cell::Host("Jules".into())),
            },
            device: Some(a.device),
            kept_device: Some(b.device),
            at: jb[0].at,
        }]
    );
    // A later edit that saw Jules replaces it without a word.
    a.sync(&base, &one);
    let mut all = one.clone();
    all.extend(a.save(|s, _| s.tables[2].host = "Inès et Jules".into()));
    let m = merge(&base, &all);
    assert_eq!(m.session.tables[2].host, "Inès et Jules");
    assert_eq!(m.set_aside.len(), 1);
}

#[test]
fn rows_added_at_the_same_moment_are_both_kept_after_the_row_they_followed() {
    let base = base();
    let (mut a, mut b) = (Laptop::new(1, &base), Laptop::new(2, &base));
    let ja = a.save(|s, ids| {
        s.tables.insert(1, table("E", "CLN"));
        ids.get_mut(List::Tables)
            .insert(1, Ids::fresh(Uuid::from_u128(11)));
    });
    let jb = b.save(|s, ids| {
        s.tables.push(table("F", "IN"));
        ids.get_mut(List::Tables)
            .push(Ids::fresh(Uuid::from_u128(12)));
    });
    let m = merge(&base, &[ja, jb].concat());
    let keys: Vec<&str> = m.session.tables.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, ["A", "E", "B", "C", "D", "F"]);
}

#[test]
fn moves_and_additions_at_the_same_moment_keep_every_row() {
    let base = base();
    let (mut a, mut b) = (Laptop::new(1, &base), Laptop::new(2, &base));
    // A moves Chloé first; B adds Dina after Bob.
    let ja = a.save(|s, ids| {
        s.participants.rotate_right(1);
        ids.get_mut(List::Participants).rotate_right(1);
    });
    let jb = b.save(|s, ids| {
        s.participants.insert(2, "Dina".into());
        ids.get_mut(List::Participants)
            .insert(2, Ids::fresh(Uuid::from_u128(7)));
    });
    assert!(matches!(ja.last().unwrap().edit, Edit::Order { .. }));
    let m = merge(&base, &[ja.clone(), jb.clone()].concat());
    assert_eq!(m.session.participants, ["Chloé", "Ana", "Bob", "Dina"]);
    assert_eq!(m, merge(&base, &[jb, ja].concat()));
}

#[test]
fn a_row_removed_while_another_laptop_changed_it_is_said() {
    let base = base();
    let (mut a, mut b) = (Laptop::new(1, &base), Laptop::new(2, &base));
    let ja = a.save(|s, _| s.tables[3].host = "Zoé".into());
    b.lamport = 3;
    let jb = b.save(|s, ids| {
        s.tables.remove(3);
        ids.get_mut(List::Tables).remove(3);
    });
    let m = merge(&base, &[ja.clone(), jb.clone()].concat());
    assert_eq!(m.session.tables.len(), 3);
    assert_eq!(
        m.set_aside[0].why,
        Why::RemovedWhileChanged {
            list: List::Tables,
            row: "D".into()
        }
    );
    // The other way round: the edit comes after the removal.
    let mut a2 = Laptop::new(3, &base);
    a2.lamport = 9;
    let late = a2.save(|s, _| s.tables[3].seats = Some(6));
    let m = merge(&base, &[jb, late].concat());
    assert_eq!(
        m.set_aside[0].why,
        Why::ChangedWhileRemoved {
            list: List::Tables,
            row: "D".into()
        }
    );
    assert_eq!(m.session.tables.len(), 3);
}

#[test]
fn undoing_a_saved_removal_brings_the_row_back_where_it_was() {
    let base = base();
    let mut a = Laptop::new(1, &base);
    let mut journal = a.save(|s, ids| {
        s.statements.remove(0);
        ids.get_mut(List::Statements).remove(0);
    });
    a.sync(&base, &journal);
    assert!(a.seen.session.statements.is_empty());
    journal.extend(a.save(|s, ids| {
        s.statements.push("Le numérique isole".into());
        ids.get_mut(List::Statements)
            .push("Le numérique isole".into());
    }));
    let m = merge(&base, &journal);
    assert_eq!(m.session.statements, base.statements);
    assert!(m.set_aside.is_empty());
}

/// A hand edit of `session.ron` is honoured: at once where no set-up edit
/// went; where one did, as the last word until a set-up edit that saw it
/// (and the edit it replaced is said).
#[test]
fn a_hand_edit_of_the_file_meets_the_events() {
    let base = base();
    let mut a = Laptop::new(1, &base);
    let mut journal = a.save(|s, _| {
        s.title = "Titre de l'écran".into();
        s.tables[0].host = "Karim".into();
    });
    let mut by_hand = base.clone();
    by_hand.title = "Titre à la main".into();
    by_hand.place = "Roubaix".into();
    by_hand.tables[1].host = "Marie".into();
    let m = merge(&by_hand, &journal);
    assert_eq!(m.session.place, "Roubaix");
    assert_eq!(m.session.tables[1].host, "Marie");
    assert_eq!(m.session.tables[0].host, "Karim");
    assert_eq!(m.session.title, "Titre à la main");
    assert_eq!(
        m.set_aside,
        vec![SetAside {
            why: Why::File {
                spot: Spot::Field,
                file: Value::Field(Field::Title("Titre à la main".into())),
                lost: Value::Field(Field::Title("Titre de l'écran".into())),
            },
            device: Some(a.device),
            kept_device: None,
            at: jiff::Timestamp::UNIX_EPOCH,
        }]
    );
    // A set-up edit made after it, having seen it, is the last word.
    a.sync(&by_hand, &journal);
    assert_eq!(a.seen.session.title, "Titre à la main");
    journal.extend(a.save(|s, _| s.title = "Titre final".into()));
    let m = merge(&by_hand, &journal);
    assert_eq!(m.session.title, "Titre final");
    assert!(m.set_aside.is_empty(), "{:?}", m.set_aside);
    // A row renamed by hand: the edits of the old one apply to nothing.
    let mut renamed = base.clone();
    renamed.tables[0].key = "A1".into();
    let m = merge(&renamed, &journal);
    assert_eq!(m.session.tables[0].host, "");
    assert_eq!(m.orphans, 1);
}

#[test]
fn a_rotation_written_by_hand_is_merged_round_by_round() {
    let mut base = base();
    let round = |a: &str, b: &str| -> Seating {
        [
            ("A".to_string(), vec![a.to_string()]),
            ("B".into(), vec![b.to_string()]),
        ]
        .into_iter()
        .collect()
    };
    base.rotation = Rotation::Groups(vec![round("1", "2"), round("2", "1")]);
    let (mut a, mut b) = (Laptop::new(1, &base), Laptop::new(2, &base));
    let ja = a.save(|s, _| {
        if let Rotation::Groups(r) = &mut s.rotation {
            r[0] = round("3", "4");
        }
    });
    let jb = b.save(|s, _| {
        if let Rotation::Groups(r) = &mut s.rotation {
            r[1] = round("4", "3");
        }
    });
    assert!(matches!(ja[0].edit, Edit::Round { round: 0, .. }));
    let m = merge(&base, &[ja, jb].concat());
    assert_eq!(
        m.session.rotation,
        Rotation::Groups(vec![round("3", "4"), round("4", "3")])
    );
}

#[test]
fn a_topic_renamed_takes_its_tables_along() {
    let base = base();
    let mut a = Laptop::new(1, &base);
    let journal = a.save(|s, _| {
        s.topics[1].key = "INC".into();
        for t in s.tables.iter_mut().filter(|t| t.topic == "IN") {
            t.topic = "INC".into();
        }
    });
    let m = merge(&base, &journal);
    assert_eq!(m.session.topics[1].key, "INC");
    assert_eq!(m.session.tables[3].topic, "INC");
    // The row keeps its identity: a later edit on the old key's row lands.
    assert_eq!(m.ids.get(List::Topics)[1], "IN");
}

// ---- The laws, over random edits from three laptops ----

/// One thing an organiser does on a set-up screen.
#[derive(Debug, Clone)]
enum Act {
    Title(u8),
    Host(usize, u8),
    Seats(usize, Option<u32>),
    AddTable(usize, u8),
    RemoveTable(usize),
    Swap(List, usize),
    AddPerson(usize, u8),
    RemovePerson(usize),
    Minutes(usize, u32),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        (0u8..4).prop_map(Act::Title),
        (0usize..8, 0u8..4).prop_map(|(r, v)| Act::Host(r, v)),
        (0usize..8, proptest::option::of(1u32..9)).prop_map(|(r, v)| Act::Seats(r, v)),
        (0usize..8, 0u8..255).prop_map(|(r, v)| Act::AddTable(r, v)),
        (0usize..8).prop_map(Act::RemoveTable),
        (
            prop_oneof![
                Just(List::Tables),
                Just(List::Participants),
                Just(List::Agenda)
            ],
            0usize..8
        )
            .prop_map(|(l, r)| Act::Swap(l, r)),
        (0usize..8, 0u8..255).prop_map(|(r, v)| Act::AddPerson(r, v)),
        (0usize..8).prop_map(Act::RemovePerson),
        (0usize..8, 1u32..60).prop_map(|(r, v)| Act::Minutes(r, v)),
    ]
}

fn perform(act: &Act, s: &mut Session, ids: &mut Ids, fresh: u128) {
    let n = |len: usize, r: usize| if len == 0 { None } else { Some(r % len) };
    match act {
        Act::Title(v) => s.title = format!("Titre {v}"),
        Act::Host(r, v) => {
            if let Some(i) = n(s.tables.len(), *r) {
                s.tables[i].host = format!("Hôte {v}");
            }
        }
        Act::Seats(r, v) => {
            if let Some(i) = n(s.tables.len(), *r) {
                s.tables[i].seats = *v;
            }
        }
        Act::AddTable(r, v) => {
            let i = r % (s.tables.len() + 1);
            s.tables.insert(i, table(&format!("T{v}"), "CLN"));
            ids.get_mut(List::Tables)
                .insert(i, Ids::fresh(Uuid::from_u128(fresh)));
        }
        Act::RemoveTable(r) => {
            if let Some(i) = n(s.tables.len(), *r) {
                s.tables.remove(i);
                ids.get_mut(List::Tables).remove(i);
            }
        }
        Act::Swap(list, r) => {
            let len = ids.get(*list).len();
            if len >= 2 {
                let i = r % (len - 1);
                ids.get_mut(*list).swap(i, i + 1);
                match list {
                    List::Tables => s.tables.swap(i, i + 1),
                    List::Participants => s.participants.swap(i, i + 1),
                    _ => s.agenda.swap(i, i + 1),
                }
            }
        }
        Act::AddPerson(r, v) => {
            let i = r % (s.participants.len() + 1);
            s.participants.insert(i, format!("P{v}"));
            ids.get_mut(List::Participants)
                .insert(i, Ids::fresh(Uuid::from_u128(fresh)));
        }
        Act::RemovePerson(r) => {
            if let Some(i) = n(s.participants.len(), *r) {
                s.participants.remove(i);
                ids.get_mut(List::Participants).remove(i);
            }
        }
        Act::Minutes(r, v) => {
            if let Some(i) = n(s.agenda.len(), *r) {
                s.agenda[i].minutes = *v;
            }
        }
    }
}

/// Three laptops each saving a few times, syncing now and then: the
/// journal they write together.
fn journal_of(script: &[(usize, Vec<Act>, bool)]) -> Vec<SetupOp> {
    let base = base();
    let mut laptops: Vec<Laptop> = (1..=3).map(|n| Laptop::new(n, &base)).collect();
    let mut journal: Vec<SetupOp> = Vec::new();
    let mut fresh = 1000u128;
    for (who, acts, sync_first) in script {
        let l = &mut laptops[*who % 3];
        if *sync_first {
            l.sync(&base, &journal);
        }
        let ops = l.save(|s, ids| {
            for a in acts {
                fresh += 1;
                perform(a, s, ids, fresh);
            }
        });
        journal.extend(ops);
    }
    journal
}

fn script() -> impl Strategy<Value = Vec<(usize, Vec<Act>, bool)>> {
    proptest::collection::vec(
        (
            0usize..3,
            proptest::collection::vec(act(), 1..4),
            any::<bool>(),
        ),
        1..10,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The merged session is a function of the set of edits: any order of
    /// arrival, any grouping, duplicates: one result.
    #[test]
    fn the_merge_is_a_function_of_the_set_of_edits(
        script in script(),
        seed in any::<u64>(),
        cut in any::<prop::sample::Index>(),
        by_hand in any::<bool>(),
    ) {
        let journal = journal_of(&script);
        // The file as written, or edited by hand since.
        let mut base = base();
        if by_hand {
            base.title = "Titre 2".into();
            base.tables[1].host = "Hôte 1".into();
            base.participants.push("Zoé".into());
        }
        let once = merge(&base, &journal);
        let mut shuffled = journal.clone();
        // A deterministic shuffle from the seed.
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(&merge(&base, &shuffled), &once);
        // Idempotent: every edit twice.
        let twice: Vec<SetupOp> = journal.iter().chain(&shuffled).cloned().collect();
        prop_assert_eq!(&merge(&base, &twice), &once);
        // Associative: (x ∪ y) ∪ z, x ∪ (y ∪ z) — a union of halves in
        // either order, with an overlap.
        let k = cut.index(journal.len() + 1);
        let (x, y) = journal.split_at(k);
        let overlap: Vec<SetupOp> = y.iter().chain(x).chain(y.iter().take(2)).cloned().collect();
        prop_assert_eq!(&merge(&base, &overlap), &once);
    }

    /// One laptop alone: what it saves is what every laptop then shows.
    #[test]
    fn a_save_is_what_the_journal_shows(acts in proptest::collection::vec(act(), 1..12)) {
        let base = base();
        let mut a = Laptop::new(1, &base);
        let mut expected = (base.clone(), a.seen.ids.clone());
        let mut fresh = 0;
        for x in &acts {
            fresh += 1;
            perform(x, &mut expected.0, &mut expected.1, fresh);
        }
        let mut fresh = 0;
        let journal = a.save(|s, ids| {
            for x in &acts {
                fresh += 1;
                perform(x, s, ids, fresh);
            }
        });
        let m = merge(&base, &journal);
        prop_assert_eq!(&m.session, &expected.0);
        prop_assert_eq!(&m.ids, &expected.1);
        prop_assert!(m.set_aside.is_empty());
    }

    /// Laptops that always read the journal before saving never lose an
    /// edit without a word: nothing is set aside.
    #[test]
    fn laptops_that_saw_everything_set_nothing_aside(
        script in proptest::collection::vec(
            (0usize..3, proptest::collection::vec(act(), 1..4), Just(true)),
            1..10,
        )
    ) {
        let m = merge(&base(), &journal_of(&script));
        prop_assert!(m.set_aside.is_empty(), "{:?}", m.set_aside);
        prop_assert_eq!(m.orphans, 0);
    }
}
