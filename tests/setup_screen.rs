//! The set-up screen (`tablee setup`) through its real loop: an organiser
//! prepares the Roubaix morning of seed 002 from the SWOT template in
//! French without touching RON, saves, and the file checks, plans with the
//! hosts, and keeps its comments. Mistakes are said in words and change
//! nothing; quitting with changes not saved asks first; snapshots at 80×24
//! and 120×40 in French and English.

mod common;

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tablee::core::model::{BoardKind, PhaseKind, Session};
use tablee::i18n::prelude::*;
use tablee::store::session_file::{self, SessionFile};
use tablee::tui::screens::setup::{Section, State as Setup};
use tablee::tui::setup::{Saver, SetupLoop};

/// A session folder made by `tablee new --template swot`, its file, and
/// a saver that writes it as the terminal's does (counting the saves).
fn template(lang: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sessions")).unwrap();
    let o = common::tablee(
        dir.path(),
        &[
            "--lang",
            lang,
            "new",
            "roubaix",
            "--template",
            "swot",
            "--date",
            "2024-10-11",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let file = dir.path().join("sessions/2024-10-11-roubaix/session.ron");
    assert!(file.is_file());
    (dir, file)
}

fn saver(path: &Path, saves: Rc<RefCell<usize>>) -> Saver {
    let path = path.to_path_buf();
    Box::new(move |session: &Session, fields: &[&'static str]| {
        *saves.borrow_mut() += 1;
        let now = SessionFile::read(&path).map_err(|e| e.to_string())?;
        session_file::save_fields(
            &now,
            session,
            fields,
            &tablee::i18n::store::file_words(session.lang),
        )
        .map_err(|e| e.to_string())
    })
}

fn open(path: &Path, lang: Lang, w: u16, h: u16) -> (SetupLoop<TestBackend>, Rc<RefCell<usize>>) {
    let session = SessionFile::read(path).unwrap().session;
    let saves = Rc::new(RefCell::new(0));
    let lp = SetupLoop::new(
        Setup::new(session, lang),
        Terminal::new(TestBackend::new(w, h)).unwrap(),
        saver(path, saves.clone()),
    );
    (lp, saves)
}

fn screen(lp: &mut SetupLoop<TestBackend>) -> String {
    lp.draw().unwrap();
    lp.backend().to_string()
}

/// The Roubaix morning: two topics, four hosts at four tables, four
/// groups, two rounds of twenty minutes.
const ROUBAIX_KEYS: &[&str] = &[
    // The session: title, start, place.
    "<Enter><C-u>Petit-déjeuner de l'inclusion numérique #7<Enter>",
    "<Down><Down><Enter>09:30<Enter><Down><Enter>Roubaix<Enter>",
    // Topics: the template's one, renamed, and a second.
    "<Tab><Enter><C-u>CLN<Enter><Right><Enter><C-u>Conseil local du numérique<Enter>",
    "<Right><Enter><C-u>Quels atouts et quels freins pour un conseil local ?<Enter>",
    "a<Left><Left><Enter><C-u>INC<Enter><Right><Enter><C-u>Inclusion numérique<Enter>",
    // Tables: the template's two, then two more.
    "<Tab><Right><Right><Enter><C-u>Alice Marvallin<Enter>",
    "<Down><Enter><C-u>Bruno Lefèvre<Enter>",
    "a<Right><Enter><C-u>INC<Enter><Right><Enter>Chloé Martin<Enter>",
    "a<Right><Enter><C-u>INC<Enter><Right><Enter>Djamel Haddad<Enter>",
    // Groups: two more.
    "<Tab><End>aa",
    // Agenda: the rounds, 2 × 20 minutes.
    "<Tab><Tab><Down><Right><Enter><C-u>Tour 1<Enter><Right><Enter><C-u>20<Enter>",
    "a<Right><Enter><C-u>Tour 2<Enter><Right><Enter><C-u>20<Enter>",
];

#[test]
fn an_organiser_prepares_the_roubaix_morning_without_touching_ron() {
    let (_dir, file) = template("fr");
    let before = std::fs::read_to_string(&file).unwrap();
    let (mut lp, saves) = open(&file, Lang::Fr, 80, 24);
    for keys in ROUBAIX_KEYS {
        assert!(lp.keys(keys), "{keys}");
        assert!(lp.state.editor.is_none(), "{keys}: {:?}", lp.state.notice);
    }
    let s = &lp.state.session;
    assert_eq!(s.title, "Petit-déjeuner de l'inclusion numérique #7");
    assert_eq!(s.place, "Roubaix");
    assert_eq!(
        s.topics.iter().map(|t| t.key.as_str()).collect::<Vec<_>>(),
        ["CLN", "INC"]
    );
    assert_eq!(s.tables.len(), 4);
    assert!(s.tables.iter().all(|t| !t.host.is_empty()));
    assert_eq!(s.groups.len(), 4);
    assert_eq!(s.round_phases(), 2);
    // The rotation follows on screen, hosts and groups at every table.
    let shown = screen(&mut lp);
    assert!(shown.contains("● non enregistré"), "{shown}");
    assert!(shown.contains("Tour 1 (20 min)\u{a0}: A←1"), "{shown}");
    // Ctrl-S writes the file; the screen says so.
    assert!(lp.keys("<C-s>"));
    assert_eq!(*saves.borrow(), 1);
    assert!(screen(&mut lp).contains("✓ enregistré"));
    let after = std::fs::read_to_string(&file).unwrap();
    // The template's comments are still there, word for word.
    for line in before.lines().filter(|l| l.trim_start().starts_with("//")) {
        assert!(after.contains(line), "lost: {line}\n{after}");
    }
    assert!(
        after.contains("title: \"Petit-déjeuner de l'inclusion numérique #7\""),
        "{after}"
    );
    // It checks, and plans with the hosts.
    let o = common::tablee(
        Path::new("."),
        &["--lang", "fr", "check", file.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let o = common::tablee(
        Path::new("."),
        &["--lang", "fr", "plan", file.to_str().unwrap()],
    );
    let plan = String::from_utf8_lossy(&o.stdout);
    for host in [
        "Alice Marvallin",
        "Bruno Lefèvre",
        "Chloé Martin",
        "Djamel Haddad",
    ] {
        assert!(plan.contains(host), "{plan}");
    }
    assert!(plan.contains("Tour 2 (20 min)"), "{plan}");
    // Quit: nothing left to save, no question.
    assert!(!lp.keys("q"));
}

#[test]
fn mistakes_are_said_and_change_nothing() {
    let (_dir, file) = template("fr");
    let before = std::fs::read(&file).unwrap();
    let (mut lp, saves) = open(&file, Lang::Fr, 80, 24);
    let kept = lp.state.session.clone();
    // A French date.
    lp.keys("<Down><Enter><C-u>11/10/2024<Enter>");
    assert!(lp.state.editor.is_some(), "the field stays open to fix");
    assert!(screen(&mut lp).contains("2024-10-11"));
    lp.keys("<Esc>");
    // Seats that are not a number.
    lp.keys("<Tab><Tab><Right><Right><Right><Enter>huit<Enter>");
    assert!(screen(&mut lp).contains("pas un nombre entier"));
    lp.keys("<Esc>");
    // An empty title.
    lp.keys("<S-Tab><S-Tab><Up><Enter><C-u><Enter>");
    assert!(screen(&mut lp).contains("ne peut pas être vide"));
    lp.keys("<Esc>");
    // A board nobody knows.
    lp.keys("<Tab><Right><Right><Right><Enter><C-u>grille<Enter>");
    assert!(screen(&mut lp).contains("séparés par |"));
    lp.keys("<Esc>");
    assert_eq!(lp.state.session, kept);
    assert_eq!(*saves.borrow(), 0);
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn rows_are_added_moved_removed_and_undone() {
    let (_dir, file) = template("en");
    let (mut lp, _) = open(&file, Lang::En, 100, 30);
    // Agenda: add a round after the first phase, move it up, remove it
    // (the debate's statements and the rotation follow it).
    lp.keys("<S-Tab><S-Tab><S-Tab>");
    assert_eq!(lp.state.section, Section::Agenda);
    let n = lp.state.session.agenda.len();
    lp.keys("a");
    assert_eq!(lp.state.session.agenda.len(), n + 1);
    assert_eq!(lp.state.session.agenda[1].kind, PhaseKind::Round);
    lp.keys("<A-Up>");
    assert_eq!(lp.state.session.agenda[0].kind, PhaseKind::Round);
    assert_eq!(lp.state.row(), 0);
    // Enter on a phase's kind takes the next kind.
    lp.keys("<Enter>");
    assert_eq!(lp.state.session.agenda[0].kind, PhaseKind::KeyFactors);
    lp.keys("<Del>");
    assert_eq!(lp.state.session.agenda.len(), n);
    assert!(screen(&mut lp).contains("Ctrl-Z brings it back"));
    lp.keys("<C-z>");
    assert_eq!(lp.state.session.agenda.len(), n + 1);
    lp.keys("<C-z><C-z><C-z>");
    assert_eq!(lp.state.session.agenda.len(), n);
    lp.keys("<C-y>");
    assert_eq!(lp.state.session.agenda.len(), n + 1);
    // A topic's board: an open question, then named columns.
    lp.keys("<Tab><Tab><Tab><Tab><Right><Right><Right><Enter><C-u>Question<Enter>");
    assert_eq!(lp.state.session.topics[0].board, BoardKind::Question);
    lp.keys("<Enter><C-u>What works | What is missing | Our proposals<Enter>");
    assert_eq!(
        lp.state.session.topics[0].board,
        BoardKind::Columns(vec![
            "What works".into(),
            "What is missing".into(),
            "Our proposals".into()
        ])
    );
    // Renaming a topic's key carries its tables along.
    lp.keys("<Home><Left><Left><Left><Enter><C-u>CLN<Enter>");
    assert!(lp.state.session.tables.iter().all(|t| t.topic == "CLN"));
}

#[test]
fn quitting_with_changes_not_saved_asks_first() {
    let (_dir, file) = template("en");
    let before = std::fs::read(&file).unwrap();
    let (mut lp, saves) = open(&file, Lang::En, 80, 24);
    lp.keys("<Enter><C-u>Another title<Enter>");
    assert!(lp.keys("q"), "the first q asks");
    assert!(screen(&mut lp).contains("Ctrl-S saves, Esc / q again quits without saving"));
    assert!(!lp.keys("q"), "the second quits");
    // Asked with Ctrl-Q, it names Ctrl-Q.
    let (mut lp, _) = open(&file, Lang::En, 100, 24);
    lp.keys("<Enter><C-u>Another title<Enter>");
    assert!(lp.keys("<C-q>"));
    assert!(
        screen(&mut lp).contains("Ctrl-S saves, Ctrl-Q / Ctrl-C again quits"),
        "{}",
        screen(&mut lp)
    );
    assert!(!lp.keys("<C-q>"), "the second quits");
    assert_eq!(*saves.borrow(), 0);
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // Ctrl-S while typing keeps the field, then saves.
    let (mut lp, saves) = open(&file, Lang::En, 80, 24);
    lp.keys("<Enter><C-u>Saved title<C-s>");
    assert_eq!(*saves.borrow(), 1);
    assert!(lp.state.editor.is_none());
    assert_eq!(
        SessionFile::read(&file).unwrap().session.title,
        "Saved title"
    );
    assert!(!lp.keys("<Esc>"), "nothing left to save: Esc quits");
}

#[test]
fn setup_screens_at_80x24_and_120x40_in_both_languages() {
    for lang in Lang::ALL {
        let (_dir, file) = template(lang.code());
        for (w, h) in [(80, 24), (120, 40)] {
            let (mut lp, _) = open(&file, lang, w, h);
            // The tables section, a host being typed.
            lp.keys("<Tab><Tab><Right><Right><Enter><C-u>Alice Marvallin");
            let text = screen(&mut lp);
            // The template's id and date change with every run: not shown.
            insta::assert_snapshot!(format!("setup_tables_{}_{w}x{h}", lang.code()), text);
            lp.keys("<Enter>?");
            let help = screen(&mut lp);
            assert!(help.contains("Ctrl-S"), "{help}");
        }
        // Any size draws.
        for w in (1..=130).step_by(9) {
            for h in (1..=45).step_by(6) {
                let (mut lp, _) = open(&file, lang, w, h);
                lp.keys("<Tab>a<Tab>a<Tab>a");
                screen(&mut lp);
            }
        }
    }
}

/// `tablee setup` with no session (or `s` on the demo): a new session from
/// the template, not on disk until the first Ctrl-S, which names its folder
/// from the title and the date; later saves keep the file's layout; a
/// folder already there is refused in words and nothing is overwritten.
#[test]
fn a_session_prepared_from_nothing_is_written_at_the_first_save() {
    let dir = tempfile::tempdir().unwrap();
    let today = jiff::civil::date(2026, 12, 1);
    let (state, save, written) = tablee::cli::new::unsaved(dir.path(), Lang::Fr, Lang::Fr, today);
    let mut lp = SetupLoop::new(
        state,
        Terminal::new(TestBackend::new(80, 24)).unwrap(),
        save,
    );
    // Nothing on disk, and the screen says it is not saved.
    assert!(screen(&mut lp).contains("● non enregistré"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // Quitting before saving asks first.
    assert!(lp.keys("<Esc>"));
    assert!(lp.state.quitting);
    assert!(lp.keys("<Enter><C-u>Conseil local du numérique<Enter><C-s>"));
    let path = written.borrow().clone().expect("written at the first save");
    assert_eq!(
        path,
        dir.path()
            .join("2026-12-01-conseil-local-du-numerique")
            .join("session.ron")
    );
    assert!(screen(&mut lp).contains("✓ enregistré"));
    // It checks (the template's sample text is only warned about).
    let o = common::tablee(dir.path(), &["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    // A later save writes only what changed, into the same file.
    std::fs::write(
        &path,
        format!(
            "// notre commentaire
{}",
            std::fs::read_to_string(&path).unwrap()
        ),
    )
    .unwrap();
    assert!(lp.keys("<Down><Down><Enter>09:30<Enter><C-s>"));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("// notre commentaire"), "{text}");
    assert!(text.contains("start: \"09:30\""), "{text}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    // A second new session with the same title and date: refused in words.
    let (state, save, written) = tablee::cli::new::unsaved(dir.path(), Lang::Fr, Lang::Fr, today);
    let mut lp = SetupLoop::new(
        state,
        Terminal::new(TestBackend::new(80, 24)).unwrap(),
        save,
    );
    let before = std::fs::read_to_string(&path).unwrap();
    assert!(lp.keys("<Enter><C-u>Conseil local du numérique<Enter><C-s>"));
    assert!(written.borrow().is_none());
    let notice = lp.state.notice.clone().unwrap_or_default();
    assert!(notice.contains("existe déjà"), "{notice}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    // Another title is written beside it.
    assert!(lp.keys("<Enter><C-u>Conseil local du numérique, 2e séance<Enter><C-s>"));
    assert!(written.borrow().is_some());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn what_to_fix_names_the_screens_sections_not_the_files_syntax() {
    let (_dir, file) = template("fr");
    let (mut lp, _) = open(&file, Lang::Fr, 200, 40);
    // Every group removed: nobody moves any more.
    lp.keys("<Tab><Tab><Tab>");
    assert_eq!(lp.state.section, Section::Groups);
    while !lp.state.session.groups.is_empty() {
        lp.keys("<Del>");
    }
    let shown = screen(&mut lp);
    assert!(
        shown.contains("ajoutez des groupes (section Groupes, a)"),
        "{shown}"
    );
    assert!(!shown.contains("groups: ["), "{shown}");
    // `tablee check` on the same session still speaks of the file.
    let session = lp.state.session.clone();
    let problems = tablee::core::validate::validate(&session);
    let nobody = problems
        .iter()
        .find(|p| {
            matches!(
                p.kind,
                tablee::core::validate::ProblemKind::NobodyMoves { .. }
            )
        })
        .expect("nobody moves");
    assert!(nobody.message(Lang::Fr).contains("groups: ["));
}

/// A French organiser prepares seed 001's council morning on the set-up
/// screen alone: open questions and a board of three columns, the
/// suggestions table as the whole room's (no round rotates through it),
/// a débat mouvant with its statements first, time alone, and the
/// rotation written by hand, round by round. Saved, it checks and plans.
#[test]
fn the_council_morning_of_seed_001_is_prepared_without_ron() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sessions")).unwrap();
    let o = common::tablee(
        dir.path(),
        &["--lang", "fr", "new", "bilan", "--date", "2025-11-15"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let file = dir.path().join("sessions/2025-11-15-bilan/session.ron");
    let (mut lp, saves) = open(&file, Lang::Fr, 120, 40);
    for keys in common::SEED001_SETUP_KEYS {
        assert!(lp.keys(keys), "{keys}");
        assert!(lp.state.editor.is_none(), "{keys}: {:?}", lp.state.notice);
    }
    let s = lp.state.session.clone();
    assert_eq!(
        s.topics.iter().map(|t| t.key.as_str()).collect::<Vec<_>>(),
        ["FIN", "ANI", "SUG"]
    );
    assert_eq!(s.topics[0].board, BoardKind::Question);
    assert_eq!(
        s.topics[2].board,
        BoardKind::Columns(vec![
            "Ce qui marche".into(),
            "Ce qui manque".into(),
            "Nos propositions".into()
        ])
    );
    let tables: Vec<(&str, &str, bool)> = s
        .tables
        .iter()
        .map(|t| (t.key.as_str(), t.topic.as_str(), t.whole_room))
        .collect();
    assert_eq!(
        tables,
        [("A", "FIN", false), ("B", "ANI", false), ("S", "SUG", true)]
    );
    assert_eq!(s.groups.len(), 2);
    let kinds: Vec<PhaseKind> = s.agenda.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PhaseKind::Debate,
            PhaseKind::Round,
            PhaseKind::Round,
            PhaseKind::Plenary,
            PhaseKind::Individual,
            PhaseKind::KeyFactors
        ]
    );
    assert_eq!(s.statements.len(), 2);
    let by_hand = |r: usize, t: &str| match &s.rotation {
        tablee::core::model::Rotation::Groups(rounds) => rounds[r].get(t).cloned(),
        other => panic!("{other:?}"),
    };
    assert_eq!(by_hand(0, "A"), Some(vec!["1".to_string()]));
    assert_eq!(by_hand(1, "A"), Some(vec!["2".to_string()]));
    assert_eq!(
        by_hand(1, "S"),
        None,
        "nobody rotates through the room's table"
    );
    let shown = screen(&mut lp);
    assert!(shown.contains("Écrite à la main"), "{shown}");
    assert!(shown.contains("S toute la salle"), "{shown}");
    assert!(!shown.contains("pas encore de rotation"), "{shown}");

    assert!(lp.keys("<C-s>"));
    assert_eq!(*saves.borrow(), 1);
    let saved = SessionFile::read(&file).unwrap().session;
    assert_eq!(saved, s);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("whole_room: true"), "{text}");
    let o = common::tablee(
        Path::new("."),
        &["--lang", "fr", "check", file.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let o = common::tablee(
        Path::new("."),
        &["--lang", "fr", "plan", file.to_str().unwrap()],
    );
    let plan = String::from_utf8_lossy(&o.stdout);
    assert!(plan.contains("Groupe 1  tour 1 → A"), "{plan}");

    // Delete on the rotation gives it back to tablee, which plans the same
    // morning: the room's table outside the rounds.
    assert!(lp.keys("<Del>"));
    assert_eq!(
        lp.state.session.rotation,
        tablee::core::model::Rotation::Auto
    );
    let sch = tablee::core::plan::schedule(&lp.state.session).unwrap();
    for round in &sch.rounds {
        assert!(round[2].is_empty(), "{round:?}");
        assert_eq!(round[0].len() + round[1].len(), 2);
    }
}
