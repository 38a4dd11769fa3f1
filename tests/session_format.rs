//! The session format: every validation error with its message and
//! position, version handling, and a RON round-trip property.

use std::collections::BTreeMap;
use std::path::Path;
use tablee::i18n::prelude::*;

use proptest::prelude::*;
use tablee::core::model::*;
use tablee::core::templates::Template;
use tablee::i18n::Lang;
use tablee::i18n::templates;
use tablee::store::session_file::{self, Diagnostic, SessionFile};

const BASE: &str = r#"(
    format_version: 1,
    id: "00000000-0000-0000-0000-000000000001",
    title: "Test",
    topics: [
        (key: "CLN", title: "Conseil local"),
        (key: "SNR", title: "Stratégie"),
    ],
    tables: [
        (key: "A", topic: "CLN", host: "Alice"),
        (key: "B", topic: "CLN", host: "Houria"),
        (key: "C", topic: "SNR", host: "Clara"),
        (key: "D", topic: "SNR", host: "Coraline"),
    ],
    groups: [(key: "1"), (key: "2"), (key: "3"), (key: "4")],
    agenda: [
        (kind: Round, title: "Tour 1", minutes: 20),
        (kind: Round, title: "Tour 2", minutes: 20),
    ],
    rotation: Auto,
)"#;

/// `line:col: message` for every problem (syntax or semantic), in English.
fn problems(src: &str) -> Vec<String> {
    problems_in(src, Lang::En)
}

fn problems_in(src: &str, lang: Lang) -> Vec<String> {
    let diags = match SessionFile::parse(Path::new("s.ron"), src.to_string()) {
        Ok(f) => f.diagnostics(),
        Err(e) => vec![Diagnostic::from_load_error(&e)],
    };
    diags
        .iter()
        .map(|d| {
            let s = d.line(lang);
            s.strip_prefix("s.ron:").unwrap_or(&s).to_string()
        })
        .collect()
}

/// Applies one textual edit to the base session; panics if `from` is absent.
fn edit(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "{from:?} not in base");
    BASE.replacen(from, to, 1)
}

#[test]
fn base_session_is_valid() {
    assert_eq!(problems(BASE), Vec::<String>::new());
}

#[test]
fn syntax_error_has_line_and_column() {
    let src = edit(
        r#"(key: "B", topic: "CLN", host: "Houria"),"#,
        r#"(key: "B", topic: "CLN" host: "Houria"),"#,
    );
    let p = problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    // Where the comma belongs: just after "CLN".
    assert!(p[0].starts_with("11:32: a comma is missing here"), "{p:?}");
    assert!(p[0].contains("fix the file or run 'tablee check'"), "{p:?}");
}

#[test]
fn misspelt_field_is_reported_where_it_stands() {
    let src = edit("    tables: [", "    tabels: [");
    let p = problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("9:"), "{p:?}");
    assert!(p[0].contains("tabels"), "{p:?}");
}

#[test]
fn unknown_phase_kind_names_the_choices() {
    let src = edit(
        "(kind: Round, title: \"Tour 2\"",
        "(kind: Rond, title: \"Tour 2\"",
    );
    let p = problems(&src);
    assert!(p[0].starts_with("18:"), "{p:?}");
    assert!(
        p[0].contains("Rond") && p[0].contains("KeyFactors"),
        "{p:?}"
    );
}

#[test]
fn future_format_is_refused_with_a_clear_message() {
    let src = edit("format_version: 1", "format_version: 2");
    assert_eq!(
        problems(&src),
        vec![
            "2:5: this session uses format_version 2, but this tablee reads format 1: update tablee to open it (the file was left untouched) — fix the file or run 'tablee check' for details"
        ]
    );
}

#[test]
fn unknown_topic_on_a_table() {
    let src = edit(r#"(key: "B", topic: "CLN""#, r#"(key: "B", topic: "XYZ""#);
    assert_eq!(
        problems(&src),
        vec![
            r#"11:20: table "B" names topic "XYZ", which is not in topics: add it or fix the key"#
        ]
    );
    assert_eq!(
        problems_in(&src, Lang::Fr),
        vec![
            "11:20: la table «\u{a0}B\u{a0}» indique le thème «\u{a0}XYZ\u{a0}», absent de topics\u{a0}: ajoutez-le ou corrigez la clé"
        ]
    );
}

#[test]
fn duplicate_keys() {
    let src = edit(r#"(key: "C", topic: "SNR""#, r#"(key: "A", topic: "SNR""#);
    assert_eq!(
        problems(&src),
        vec![r#"12:10: table "A" is defined twice: keys must be unique"#]
    );
    let src = edit(r#"(key: "4")]"#, r#"(key: "3")]"#);
    assert_eq!(
        problems(&src),
        vec![r#"15:51: group "3" is defined twice: keys must be unique"#]
    );
}

#[test]
fn bad_and_empty_keys() {
    let src = edit(r#"(key: "D", topic"#, r#"(key: "table D", topic"#);
    assert_eq!(
        problems(&src),
        vec![
            r#"13:10: table key "table D" is not usable: keys are 1 to 16 characters without spaces or quotes"#
        ]
    );
    let src = edit(r#"(key: "1")"#, r#"(key: "")"#);
    assert_eq!(
        problems(&src),
        vec!["15:15: a group has an empty key: give it a short key"]
    );
}

#[test]
fn topic_without_table() {
    let src = edit(
        r#"        (key: "SNR", title: "Stratégie"),"#,
        r#"        (key: "SNR", title: "Stratégie"),
        (key: "NEW", title: "Nouveau"),"#,
    );
    assert_eq!(
        problems(&src),
        vec![
            r#"8:10: topic "NEW" has no table: add a table with topic: "NEW" or remove the topic"#
        ]
    );
}

#[test]
fn zero_and_absurd_durations() {
    let src = edit(
        "title: \"Tour 1\", minutes: 20",
        "title: \"Tour 1\", minutes: 0",
    );
    assert_eq!(
        problems(&src),
        vec![r#"17:40: phase "Tour 1" lasts 0 minutes: give it at least 1 minute or remove it"#]
    );
    let src = edit(
        "title: \"Tour 2\", minutes: 20",
        "title: \"Tour 2\", minutes: 600",
    );
    assert_eq!(
        problems(&src),
        vec![
            r#"18:40: phase "Tour 2" lasts 600 minutes: a phase lasts at most 240 minutes (split it, or check for a typo)"#
        ]
    );
}

#[test]
fn missing_structure() {
    let src = edit("    title: \"Test\",", "    title: \"  \",");
    assert_eq!(
        problems(&src),
        vec!["4:5: the session has no title: write title: \"…\""]
    );
    let src = BASE.replace(
        r#"    groups: [(key: "1"), (key: "2"), (key: "3"), (key: "4")],"#,
        "",
    );
    assert_eq!(
        problems(&src),
        vec![
            "1:1: warning: the agenda has 2 round(s) but nobody to move yet: add groups: [(key: \"1\"), …], or people with 'tablee mix --participants people.csv' (or --people N)"
        ]
    );
    let src = edit(
        "agenda: [\n        (kind: Round, title: \"Tour 1\", minutes: 20),\n        (kind: Round, title: \"Tour 2\", minutes: 20),\n    ]",
        "agenda: []",
    );
    assert_eq!(
        problems(&src),
        vec![
            "16:5: the agenda is empty: add phases, e.g. (kind: Round, title: \"Round 1\", minutes: 20)"
        ]
    );
}

const EXPLICIT: &str = r#"rotation: Groups([
        {"A": ["1"], "B": ["2"], "C": ["3"], "D": ["4"]},
        {"A": ["3"], "B": ["4"], "C": ["1"], "D": ["2"]},
    ]),"#;

fn explicit(from: &str, to: &str) -> String {
    assert!(EXPLICIT.contains(from), "{from:?}");
    edit("rotation: Auto,", &EXPLICIT.replacen(from, to, 1))
}

#[test]
fn explicit_rotation_is_accepted() {
    assert_eq!(problems(&explicit("", "")), Vec::<String>::new());
}

#[test]
fn group_missing_from_a_round() {
    let src = explicit(r#""D": ["2"]}"#, r#""D": []}"#);
    assert_eq!(
        problems(&src),
        vec![r#"22:9: group "2" has no table in round 2: seat it somewhere"#]
    );
}

#[test]
fn group_at_two_tables_in_one_round() {
    let src = explicit(r#""D": ["2"]}"#, r#""D": ["2", "1"]}"#);
    assert_eq!(
        problems(&src),
        vec![
            r#"22:57: round 2: "1" is at table "C" and at table "D"; nobody can be in two places"#
        ]
    );
}

#[test]
fn round_with_no_table() {
    let src = explicit(r#"{"A": ["3"], "B": ["4"], "C": ["1"], "D": ["2"]}"#, "{}");
    assert_eq!(
        problems(&src),
        vec!["22:9: round 2 seats nobody at any table: fill it in or remove it"]
    );
}

#[test]
fn unknown_table_and_group_in_rotation() {
    let src = explicit(r#""D": ["4"]}"#, r#""Z": ["4"]}"#);
    assert_eq!(
        problems(&src),
        vec![
            r#"21:46: round 1 uses table "Z", which is not in tables"#,
            r#"21:9: group "4" has no table in round 1: seat it somewhere"#
        ]
    );
    let src = explicit(r#""D": ["4"]}"#, r#""D": ["4", "9"]}"#);
    assert_eq!(
        problems(&src),
        vec![r#"21:57: round 1, table "D": group "9" is not defined (check the spelling)"#]
    );
}

#[test]
fn rounds_in_rotation_must_match_the_agenda() {
    let src = explicit(
        r#"        {"A": ["3"], "B": ["4"], "C": ["1"], "D": ["2"]},
"#,
        "",
    );
    assert_eq!(
        problems(&src),
        vec![
            "20:5: the rotation lists 1 round(s) but the agenda has 2 Round phase(s): make them match"
        ]
    );
}

/// Every group of the base session given `size` people.
fn with_group_size(src: &str, size: u32) -> String {
    (1..=4).fold(src.to_string(), |src, g| {
        src.replace(
            &format!(r#"(key: "{g}")"#),
            &format!(r#"(key: "{g}", size: {size})"#),
        )
    })
}

#[test]
fn more_groups_than_seats() {
    // Four groups of 6 people, but tables of 5 seats.
    let src = BASE
        .replace(r#"host: "Alice")"#, r#"host: "Alice", seats: 5)"#)
        .replace(r#"host: "Houria")"#, r#"host: "Houria", seats: 5)"#)
        .replace(r#"host: "Clara")"#, r#"host: "Clara", seats: 5)"#)
        .replace(r#"host: "Coraline")"#, r#"host: "Coraline", seats: 5)"#);
    let src = with_group_size(&src, 6);
    assert_eq!(
        problems(&src),
        vec!["9:5: 24 people to seat but the tables have 20 seats in all: add tables or seats"]
    );
    // Enough seats in all, but topics with unequal tables: the three groups
    // that start at the two CLN tables crowd table A, then the single SNR table.
    let src = edit(r#"(key: "D", topic: "SNR", host: "Coraline"),"#, "")
        .replace(r#"host: "Alice")"#, r#"host: "Alice", seats: 8)"#)
        .replace(r#"host: "Houria")"#, r#"host: "Houria", seats: 8)"#)
        .replace(r#"host: "Clara")"#, r#"host: "Clara", seats: 12)"#);
    let src = with_group_size(&src, 6);
    assert_eq!(
        problems(&src),
        vec![
            r#"10:49: round 1: table "A" would seat 12 people but has 8 seats: add seats or move someone"#,
            r#"12:49: round 2: table "C" would seat 18 people but has 12 seats: add seats or move someone"#,
            r#"20:5: warning: round 2: nobody comes to table "B" (its host waits)"#,
        ]
    );
}

#[test]
fn warnings_for_empty_tables_and_revisits() {
    // Three groups for four tables: in each round one host waits.
    let src = edit(r#", (key: "4")]"#, "]");
    assert_eq!(
        problems(&src),
        vec![
            r#"20:5: warning: round 1: nobody comes to table "D" (its host waits)"#,
            r#"20:5: warning: round 2: nobody comes to table "B" (its host waits)"#,
        ]
    );
    let src = edit(
        "(kind: Round, title: \"Tour 2\", minutes: 20),",
        "(kind: Round, title: \"Tour 2\", minutes: 20),\n        (kind: Round, title: \"Tour 3\", minutes: 20),",
    );
    assert_eq!(
        problems(&src),
        vec!["21:5: warning: 3 rounds for 2 topics: groups will see some topics twice"]
    );
}

#[test]
fn examples_and_templates_are_valid() {
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue; // the people of a café, for 'tablee mix --participants'
        }
        let file = SessionFile::read(&path).unwrap_or_else(|e| panic!("{e}"));
        let errors: Vec<_> = file
            .diagnostics()
            .into_iter()
            .filter(|d| d.severity == tablee::core::validate::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    for template in [Template::WorldCafe, Template::Swot, Template::Classic] {
        for lang in Lang::ALL {
            let s = templates::build(template, lang, "Atelier « test »", None, uuid::Uuid::nil());
            let text = session_file::to_ron(&s, &tablee::i18n::store::file_words(s.lang));
            let file = SessionFile::parse(Path::new("t.ron"), text.clone()).unwrap();
            assert_eq!(file.session, s);
            let errors: Vec<_> = file
                .diagnostics()
                .into_iter()
                .filter(|d| d.severity == tablee::core::validate::Severity::Error)
                .collect();
            assert!(
                errors.is_empty(),
                "{template:?} {lang:?}: {errors:?}\n{text}"
            );
        }
    }
}

#[test]
fn written_files_are_readable_by_people() {
    let s = templates::build(
        Template::WorldCafe,
        Lang::Fr,
        "Atelier",
        None,
        uuid::Uuid::nil(),
    );
    let text = session_file::to_ron(&s, &tablee::i18n::store::file_words(s.lang));
    assert!(text.starts_with("// Session tablee (format 1)"), "{text}");
    assert!(
        text.contains("        (key: \"A\", topic: \"T1\", host: \"Animateur·rice A\"),\n"),
        "{text}"
    );
    assert!(
        text.contains("        (kind: Round, title: \"Tour 1\", minutes: 20),\n"),
        "{text}"
    );
    assert!(text.contains("kind: Round"), "{text}");
    assert!(text.contains("rotation: Auto"), "{text}");
}

// ---------------------------------------------------------------------------
// Round trip: whatever tablee writes, it reads back identically.

fn text() -> impl Strategy<Value = String> {
    // Any printable text, including quotes, backslashes, accents and emoji.
    "[a-zA-Z0-9 éèàçœ\"'\\\\/#(){}\\[\\]:,👍\n]{0,12}"
}

fn key() -> impl Strategy<Value = String> {
    "[A-Z0-9]{1,4}"
}

fn seating() -> impl Strategy<Value = Seating> {
    proptest::collection::btree_map(key(), proptest::collection::vec(text(), 0..3), 0..4)
}

fn session() -> impl Strategy<Value = Session> {
    let board = prop_oneof![
        Just(BoardKind::Swot),
        Just(BoardKind::Question),
        proptest::collection::vec(text(), 2..=6).prop_map(BoardKind::Columns),
    ];
    let topic = (key(), text(), text(), board).prop_map(|(key, title, question, board)| Topic {
        key,
        title,
        question,
        board,
    });
    let table = (
        key(),
        key(),
        text(),
        proptest::option::of(0u32..100),
        proptest::bool::ANY,
    )
        .prop_map(|(key, topic, host, seats, whole_room)| Table {
            key,
            topic,
            host,
            seats,
            whole_room,
        });
    let group = (key(), text(), proptest::option::of(0u32..50))
        .prop_map(|(key, name, size)| Group { key, name, size });
    // Texts of any shape in the run-sheet's fields too.
    let phase = (
        0usize..PhaseKind::ALL.len(),
        text(),
        0u32..500,
        text(),
        text(),
        proptest::collection::vec(text(), 0..3),
    )
        .prop_map(|(k, title, minutes, description, lead, materials)| Phase {
            kind: PhaseKind::ALL[k],
            title,
            minutes,
            // Some ranges, some not.
            up_to: (minutes % 3 == 0).then_some(minutes + 5),
            description,
            lead,
            materials,
        });
    let rotation = prop_oneof![
        Just(Rotation::Auto),
        proptest::collection::vec(seating(), 0..3).prop_map(Rotation::Groups),
        proptest::collection::vec(seating(), 0..3).prop_map(Rotation::People),
    ];
    let mixing = (
        proptest::collection::vec((text(), text()), 0..3),
        proptest::collection::vec((text(), text()), 0..2),
        proptest::collection::vec((text(), 1u32..5, key()), 0..2),
        proptest::collection::vec((text(), proptest::collection::vec(1u32..5, 0..3)), 0..2),
        proptest::collection::btree_map(
            text(),
            (
                proptest::option::of(text()),
                proptest::collection::vec(key(), 0..3),
                proptest::option::of(text()),
            )
                .prop_map(|(role, languages, organisation)| Profile {
                    role,
                    languages,
                    organisation,
                }),
            0..3,
        ),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
    )
        .prop_map(|(apart, together, fixed, absent, profiles, flags)| Mixing {
            profiles,
            balance_roles: flags.0,
            common_language: flags.1,
            organisations_apart: flags.2,
            cards_show_tablemates: flags.3,
            apart,
            together,
            fixed: fixed
                .into_iter()
                .map(|(who, round, table)| FixedSeat { who, round, table })
                .collect(),
            absent: absent
                .into_iter()
                .map(|(who, rounds)| Absence { who, rounds })
                .collect(),
        });
    let date = proptest::option::of(
        (1990i16..2100, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| jiff::civil::date(y, m, d)),
    );
    let start =
        proptest::option::of((0i8..24, 0i8..60).prop_map(|(h, m)| jiff::civil::time(h, m, 0, 0)));
    (
        (
            any::<u128>(),
            text(),
            date,
            start,
            text(),
            text(),
            any::<bool>(),
        ),
        (
            proptest::collection::vec(topic, 0..4),
            proptest::collection::vec(table, 0..5),
            proptest::collection::vec(group, 0..5),
            proptest::collection::vec(text(), 0..5),
            proptest::collection::vec(phase, 0..6),
            rotation,
            mixing,
            proptest::collection::vec(text(), 0..4),
        ),
    )
        .prop_map(
            |(
                (id, title, date, start, place, organiser, fr),
                (topics, tables, groups, participants, agenda, rotation, mixing, statements),
            )| {
                Session {
                    format_version: FORMAT_VERSION,
                    id: uuid::Uuid::from_u128(id),
                    title,
                    date,
                    start,
                    place,
                    organiser,
                    lang: if fr { Lang::Fr } else { Lang::En },
                    topics,
                    tables,
                    groups,
                    participants,
                    mixing,
                    // Every shape of the voting rules, drawn from the id.
                    votes: VoteRules {
                        dots: if id % 2 == 0 {
                            Dots::PerQuadrant((id % 5) as u32 + 1)
                        } else {
                            Dots::Total((id % 11) as u32 + 1)
                        },
                        hidden: id % 3 == 0,
                    },
                    agenda,
                    rotation,
                    // Every kind of question, its words drawn from the
                    // statements (text of any shape).
                    questionnaires: statements
                        .first()
                        .map(|title| {
                            use tablee::core::questionnaire::{Answers, Question, Questionnaire};
                            vec![Questionnaire {
                                title: title.clone(),
                                questions: statements
                                    .iter()
                                    .enumerate()
                                    .map(|(i, s)| Question {
                                        text: s.clone(),
                                        answers: match i % 4 {
                                            0 => Answers::Scale(statements.clone()),
                                            1 => Answers::One(statements.clone()),
                                            2 => Answers::Many(statements.clone()),
                                            _ => Answers::Text,
                                        },
                                    })
                                    .collect(),
                            }]
                        })
                        .unwrap_or_default(),
                    statements,
                    // Every kind of delay, or none.
                    answer_within: match id % 4 {
                        0 => None,
                        1 => Some(tablee::core::deadline::Delay::Days((id % 90) as u16 + 1)),
                        2 => Some(tablee::core::deadline::Delay::Weeks((id % 12) as u16 + 1)),
                        _ => Some(tablee::core::deadline::Delay::Months((id % 6) as u16 + 1)),
                    },
                    anonymous_writing: id % 7 == 0,
                    // Invited by id, and a capacity, or not.
                    invited: (0..(id % 4))
                        .map(|i| uuid::Uuid::from_u128(id ^ i))
                        .collect(),
                    capacity: (id % 5 != 0).then_some((id % 60) as u32 + 1),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn ron_round_trip(s in session()) {
        let text = session_file::to_ron(&s, &tablee::i18n::store::file_words(s.lang));
        let back = SessionFile::parse(Path::new("p.ron"), text.clone())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(back.session, s);
    }
}

#[test]
fn map_syntax_for_seatings() {
    let mut seating = BTreeMap::new();
    seating.insert("A".to_string(), vec!["1".to_string()]);
    let mut s = templates::build(Template::WorldCafe, Lang::En, "x", None, uuid::Uuid::nil());
    s.rotation = Rotation::Groups(vec![seating]);
    let text = session_file::to_ron(&s, &tablee::i18n::store::file_words(s.lang));
    assert!(text.contains(r#"rotation: Groups(["#), "{text}");
}
