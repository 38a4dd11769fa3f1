//! Arbitrary bytes into the three entry points that read what people and
//! other laptops write: the journal line decoder (and a whole journal
//! file), the session file loader, the CSV import. None may panic, and every
//! refusal says where.

mod common;

use proptest::prelude::*;
use tablee::i18n::Lang;
use tablee::store::journal;
use tablee::store::session_file::{Diagnostic, SessionFile};

/// Bytes that look a little like what is expected, and plain noise.
fn input(sample: &'static str) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..400),
        // The real thing, cut and spliced with noise.
        (
            0..sample.len(),
            proptest::collection::vec(any::<u8>(), 0..40),
            0..sample.len()
        )
            .prop_map(move |(cut, noise, resume)| {
                let mut v = sample.as_bytes()[..cut].to_vec();
                v.extend(noise);
                v.extend(&sample.as_bytes()[resume.min(sample.len())..]);
                v
            }),
    ]
}

const LINE: &str = "(id:\"00000000-0000-0000-0000-000000000001\",device:\"00000000-0000-0000-0000-000000000002\",seq:1,lamport:1,at:\"2026-11-23T09:41:00Z\",body:Add(table:\"A\",quadrant:S,round:Some(1),group:None,text:\"Un réseau\")) // crc32:00000000\n";

const CSV: &str =
    "table;tour;groupe;cadran;texte;voix\nA;1;1;F;Manque de moyens;3\nC;2;;o;Loi REEN;\n";

const TALLY: &str = "candidat;Excellent;Bien;À rejeter\nfc7bac;3;2;1\nDes bancs;1;;4\n";
const BALLOTS: &str = "bulletin;A;B\n1;Bien;3\n2;;excellent\n";
const FORMS: &str = "Nº;Q1;Je souhaite continuer en 2026;Q4;Q5\n1;3;Oui;13;Merci\n2;plutôt d'accord;;2 5;\"Un, deux\"\n";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// `tablee judge`'s tallies and ballots: never a panic, a ranking or
    /// a refusal that names its line when it has one.
    #[test]
    fn tallies_and_ballots_never_panic(tally in input(TALLY), ballots in input(BALLOTS)) {
        use tablee::cli::judge::{TallyError, parse, parse_ballots};
        let located = |e: &TallyError| match e {
            TallyError::Unreadable { line }
            | TallyError::Cells { line, .. }
            | TallyError::NotACount { line, .. }
            | TallyError::NoCandidate { line }
            | TallyError::Twice { line, .. }
            | TallyError::TooMany { line }
            | TallyError::NotAGrade { line, .. } => *line > 0,
            _ => true,
        };
        if let Ok(t) = parse(&String::from_utf8_lossy(&tally)) {
            let profiles: Vec<_> = t
                .candidates
                .iter()
                .map(|(_, c)| tablee::core::judgment::Profile::new(c.clone()))
                .collect();
            prop_assert_eq!(tablee::core::judgment::rank(&profiles).len(), t.candidates.len());
        } else if let Err(e) = parse(&String::from_utf8_lossy(&tally)) {
            prop_assert!(located(&e), "{e:?}");
        }
        let scale: Vec<String> = tablee::i18n::judge::FR.grades.iter().map(|g| g.to_string()).collect();
        if let Err(e) = parse_ballots(&String::from_utf8_lossy(&ballots), &scale) {
            prop_assert!(located(&e), "{e:?}");
        }
    }

    /// `tablee forms --import`: never a panic; forms whose every answer
    /// reads as the screen reads it, or refusals that each name a line.
    #[test]
    fn questionnaire_files_never_panic(bytes in input(FORMS)) {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cenr-2025-bilan.ron"),
        )
        .unwrap();
        let session = SessionFile::parse(std::path::Path::new("s.ron"), text).ok().unwrap().session;
        let q = &session.questionnaires[0];
        match tablee::cli::forms::parse(&String::from_utf8_lossy(&bytes), q) {
            Ok(forms) => {
                for (line, _, answers) in forms {
                    prop_assert!(line > 0);
                    for (question, answer) in answers {
                        let asked = q.questions.iter().find(|x| x.text == question).unwrap();
                        let again = tablee::core::questionnaire::typed(&answer);
                        prop_assert_eq!(
                            tablee::core::questionnaire::read(asked, &again),
                            Ok(Some(answer))
                        );
                    }
                }
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for (line, _) in problems {
                    prop_assert!(line > 0);
                }
            }
        }
    }

    #[test]
    fn journal_lines_and_files_never_panic(bytes in input(LINE)) {
        let text = String::from_utf8_lossy(&bytes);
        for line in text.lines() {
            let _ = journal::decode(line);
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("000001.ronl");
        std::fs::write(&path, &bytes).unwrap();
        let mut loaded = journal::Loaded::default();
        journal::read_file(&path, &mut loaded);
        for d in &loaded.diagnostics {
            prop_assert!(d.pos.is_some(), "{d:?}");
        }
    }

    #[test]
    fn session_files_never_panic_and_errors_are_located(bytes in input(SESSION)) {
        let text = String::from_utf8_lossy(&bytes).to_string();
        match SessionFile::parse(std::path::Path::new("s.ron"), text) {
            Ok(file) => {
                let _ = file.diagnostics();
            }
            Err(e) => {
                let d = Diagnostic::from_load_error(&e);
                prop_assert!(d.pos.is_some(), "{d:?}");
            }
        }
    }

    #[test]
    fn csv_imports_never_panic_and_problems_have_lines(bytes in input(CSV)) {
        let session = common::session();
        if let Err(problems) = tablee::cli::import::parse(&bytes, &session, Lang::Fr) {
            prop_assert!(!problems.is_empty());
            for (line, _) in problems {
                prop_assert!(line >= 1);
            }
        }
    }
}

const SESSION: &str = include_str!("../examples/roubaix-2024-world-cafe.ron");

const REGISTER: &str = "// registre\n(format_version: 1, people: [(id: \"ec15a4b2-c4c6-5a24-b5b0-bce7124ff642\", name: \"Nadia Benali\", role: \"habitante\", languages: [\"fr\", \"ar\"]), (id: \"37214073-e2ad-5fc3-b400-ec0f86af9527\", name: \"Julien\")])\n";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The council's register (`people.ron`, edited by hand): never a
    /// panic; a register or a refusal that names its place.
    #[test]
    fn register_files_never_panic_and_errors_are_located(bytes in input(REGISTER)) {
        use tablee::store::session_file::LoadError;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("people.ron"), &bytes).unwrap();
        match tablee::store::register::load(dir.path()) {
            Ok(r) => {
                // What was read can be found by name and written back.
                for p in &r.people {
                    let _ = r.find(&p.name);
                }
                tablee::store::register::save(dir.path(), &r, "").unwrap();
                prop_assert_eq!(tablee::store::register::load(dir.path()).unwrap(), r);
            }
            Err(LoadError::Syntax { pos, .. } | LoadError::FutureVersion { pos, .. }) => {
                prop_assert!(pos.line >= 1);
            }
            Err(LoadError::Io { .. }) => {}
        }
    }
}
