//! The group rotation planner.

use std::collections::HashSet;
use tablee::i18n::prelude::*;

use proptest::prelude::*;
use tablee::core::model::{Table, Topic};
use tablee::core::plan::{self, PlanError, PlanNote, plan_groups};
use tablee::core::templates::numbered_groups;
use tablee::store::session_file::SessionFile;

fn topics(k: usize) -> Vec<Topic> {
    (0..k)
        .map(|i| Topic {
            key: format!("T{i}"),
            title: format!("Topic {i}"),
            question: String::new(),
            board: Default::default(),
        })
        .collect()
}

/// `per_topic[i]` tables for topic i, keyed "A", "B", … in order.
fn tables(per_topic: &[usize]) -> Vec<Table> {
    let mut out = Vec::new();
    for (i, &n) in per_topic.iter().enumerate() {
        for _ in 0..n {
            out.push(Table {
                key: format!("X{}", out.len()),
                topic: format!("T{i}"),
                host: format!("Host {}", out.len()),
                seats: None,
                whole_room: false,
            });
        }
    }
    out
}

#[test]
fn seed_002_roubaix_schedule_exactly() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/roubaix-2024-world-cafe.ron"
    );
    let file = SessionFile::read(std::path::Path::new(path)).unwrap();
    let s = &file.session;
    let hosts: Vec<(&str, &str, &str)> = s
        .tables
        .iter()
        .map(|t| (t.key.as_str(), t.topic.as_str(), t.host.as_str()))
        .collect();
    assert_eq!(
        hosts,
        vec![
            ("A", "CLN", "Alice Marvallin"),
            ("B", "CLN", "Houria Cheurfi"),
            ("C", "SNR", "Clara Dufresnoy"),
            ("D", "SNR", "Coraline Lecocq"),
        ]
    );
    let schedule = plan::schedule(s).unwrap();
    let v = |x: &[&str]| x.iter().map(|s| vec![s.to_string()]).collect::<Vec<_>>();
    // Round 1: groups 1 & 2 at the CLN tables (Alice, Houria), 3 & 4 at SNR.
    assert_eq!(schedule.rounds[0], v(&["1", "2", "3", "4"]));
    // Round 2: swapped ("réciprocité").
    assert_eq!(schedule.rounds[1], v(&["3", "4", "1", "2"]));
    assert_eq!(schedule.rounds.len(), 2);
    assert!(schedule.notes.is_empty(), "{:?}", schedule.notes);
    // The agenda is the seed's, minute for minute.
    let agenda: Vec<(&str, u32)> = s
        .agenda
        .iter()
        .map(|p| (p.title.as_str(), p.minutes))
        .collect();
    assert_eq!(agenda[0], ("Mise en place des groupes", 5));
    assert_eq!(
        agenda[1],
        ("Présentation des objectifs et des modalités", 15)
    );
    assert_eq!((agenda[2].1, agenda[3].1), (20, 20));
    assert_eq!(agenda[4], ("Synthèse en plénière", 15));
    assert_eq!(s.planned_minutes(), 75);
}

#[test]
fn impossible_requests_are_explained() {
    assert_eq!(
        plan_groups(&topics(2), &[], &numbered_groups(4), 2),
        Err(PlanError::NoTables)
    );
    assert_eq!(
        plan_groups(&topics(2), &tables(&[1, 1]), &[], 2),
        Err(PlanError::NoGroups { rounds: 2 })
    );
    // Tables whose topic does not exist cannot be planned either.
    let mut t = tables(&[1]);
    t[0].topic = "nope".into();
    assert_eq!(
        plan_groups(&topics(1), &t, &numbered_groups(2), 1),
        Err(PlanError::NoTables)
    );
    assert_eq!(
        PlanError::NoGroups { rounds: 2 }.message(tablee::i18n::Lang::En),
        "2 round(s) but nobody to move yet: add groups: [(key: \"1\"), …], or people with 'tablee mix --participants people.csv' (or --people N)"
    );
    assert!(
        PlanError::NoTables
            .message(tablee::i18n::Lang::Fr)
            .starts_with("aucune table")
    );
    // Zero rounds is an empty plan, not an error.
    assert!(
        plan_groups(&topics(2), &tables(&[1, 1]), &numbered_groups(2), 0)
            .unwrap()
            .rounds
            .is_empty()
    );
}

#[test]
fn more_rounds_than_topics_is_reported() {
    let s = plan_groups(&topics(2), &tables(&[1, 1]), &numbered_groups(2), 3).unwrap();
    assert!(s.notes.contains(&PlanNote::TopicsRevisited {
        rounds: 3,
        topics: 2
    }));
    // Revisits follow the cycle: each group sees every topic before any twice.
    for g in ["1", "2"] {
        let it: Vec<_> = s.itinerary(g).into_iter().flatten().collect();
        assert_ne!(it[0], it[1]);
    }
}

#[test]
fn fewer_groups_than_tables_leaves_hosts_waiting_and_says_so() {
    let s = plan_groups(&topics(3), &tables(&[1, 1, 1]), &numbered_groups(2), 3).unwrap();
    let empty = s
        .notes
        .iter()
        .filter(|n| matches!(n, PlanNote::EmptyTable { .. }))
        .count();
    assert_eq!(empty, 3);
    for g in ["1", "2"] {
        let topics: HashSet<_> = s.itinerary(g).into_iter().flatten().collect();
        assert_eq!(topics.len(), 3, "group {g} must see 3 different tables");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// K topics with t tables each and K·t groups over K rounds: a Latin
    /// square. Every group visits every topic exactly once, every table has
    /// exactly one group in every round, and tables sharing a topic split
    /// the groups evenly.
    #[test]
    fn latin_square(k in 2usize..=8, t in 1usize..=4) {
        let tables = tables(&vec![t; k]);
        let g = k * t;
        let s = plan_groups(&topics(k), &tables, &numbered_groups(g), k).unwrap();
        prop_assert!(s.notes.is_empty(), "{:?}", s.notes);
        for round in &s.rounds {
            for seat in round {
                prop_assert_eq!(seat.len(), 1);
            }
        }
        for gi in 1..=g {
            let it = s.itinerary(&gi.to_string());
            let seen: HashSet<&str> = it
                .iter()
                .map(|t| tables[t.expect("seated every round")].topic.as_str())
                .collect();
            prop_assert_eq!(seen.len(), k, "group {} topics {:?}", gi, it);
        }
    }

    /// Any number of groups and rounds ≤ topics: nobody sees a topic twice,
    /// everyone is seated every round, and loads inside a topic differ by ≤ 1.
    #[test]
    fn no_revisit_and_balanced(per_topic in proptest::collection::vec(1usize..=4, 1..=6), g in 1usize..=30, r in 1usize..=6) {
        let k = per_topic.len();
        let r = r.min(k);
        let tables = tables(&per_topic);
        let s = plan_groups(&topics(k), &tables, &numbered_groups(g), r).unwrap();
        prop_assert_eq!(s.rounds.len(), r);
        for gi in 1..=g {
            let it = s.itinerary(&gi.to_string());
            prop_assert!(it.iter().all(Option::is_some));
            let seen: HashSet<&str> = it.iter().map(|t| tables[t.unwrap()].topic.as_str()).collect();
            prop_assert_eq!(seen.len(), r);
        }
        for round in &s.rounds {
            for topic in 0..k {
                let loads: Vec<usize> = tables
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.topic == format!("T{topic}"))
                    .map(|(i, _)| round[i].len())
                    .collect();
                let (lo, hi) = (loads.iter().min().unwrap(), loads.iter().max().unwrap());
                prop_assert!(hi - lo <= 1, "loads {:?}", loads);
            }
        }
    }
}
