//! The set-up screen (`tablee setup`) through the room's real loop (the
//! runtime, its store and its help): an organiser prepares the Roubaix
//! morning of seed 002 from the SWOT template in French without touching
//! RON, saves (set-up events in the journal; `session.ron` is left as
//! written, comments and all), and the session checks and plans with the
//! hosts. Mistakes are said in words and change nothing; quitting with
//! changes not saved asks first; snapshots at 80×24 and 120×40 in French
//! and English. A session not on disk yet goes through the set-up loop
//! until its first save.

mod common;

use std::path::{Path, PathBuf};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tablee::core::event::Body;
use tablee::core::model::{BoardKind, PhaseKind};
use tablee::i18n::prelude::*;
use tablee::store::journal::Writer;
use tablee::store::workspace::Workspace;
use tablee::tui::app::{App, Shown};
use tablee::tui::harness::Harness;
use tablee::tui::screens::setup::{Section, State as Setup};
use tablee::tui::setup::SetupLoop;

/// A session folder made by `tablee new --template swot`, and its file.
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

/// `tablee setup SESSION` in the room's runtime, its store in memory; what
/// it wrote goes to the session's journal with [`Lp::flush`], as the
/// terminal's store writes it.
struct Lp {
    h: Harness,
    path: PathBuf,
    flushed: usize,
}

fn open(path: &Path, lang: Lang, w: u16, h: u16) -> Lp {
    open_as(path, lang, (w, h), 0)
}

/// The set-up screen of laptop `device` (1, 2…; 0: the default).
fn open_as(path: &Path, lang: Lang, (w, h): (u16, u16), device: u128) -> Lp {
    let (ws, _) = Workspace::read(path).unwrap();
    let clock = tablee::core::clock::Clock::new(ws.base.agenda.len());
    let mut app = App::new(ws.base.clone(), clock, lang, jiff::Timestamp::UNIX_EPOCH)
        .with_events(ws.loaded.events.clone());
    app.room.laptop.stamper.device = uuid::Uuid::from_u128(device);
    let app = app.setup_only(None);
    Lp {
        h: Harness::new(app, w, h),
        path: path.to_path_buf(),
        flushed: 0,
    }
}

impl Lp {
    /// False once the screen quit.
    fn keys(&mut self, spec: &str) -> bool {
        self.h.keys(spec);
        !self.h.quit
    }

    fn state(&self) -> &Setup {
        match self.h.app().stack.last() {
            Some(Shown::Setup(s)) => s,
            other => panic!("not the set-up screen: {other:?}"),
        }
    }

    fn screen(&mut self) -> String {
        self.h.screen()
    }

    /// The set-up events the screen wrote (once the store answered).
    fn saves(&mut self) -> usize {
        self.h.settle();
        self.h
            .store
            .events()
            .iter()
            .filter(|e| matches!(e.body, Body::Setup(_)))
            .count()
    }

    /// Writes what the store holds into the session's journal.
    fn flush(&mut self) {
        self.h.settle();
        let events = self.h.store.events();
        let Some(first) = events.first() else { return };
        let dir = tablee::store::workspace::data_dir(&self.path);
        let mut w = Writer::open(&dir, first.device, 0, 0);
        for e in &events[self.flushed..] {
            w.write(e).unwrap();
        }
        self.flushed = events.len();
    }
}

fn screen(lp: &mut Lp) -> String {
    lp.screen()
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
    let mut lp = open(&file, Lang::Fr, 80, 24);
    for keys in ROUBAIX_KEYS {
        assert!(lp.keys(keys), "{keys}");
        assert!(
            lp.state().editor.is_none(),
            "{keys}: {:?}",
            lp.state().notice
        );
    }
    let s = &lp.state().session;
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
    // Ctrl-S writes the changes as set-up events, one per field or row;
    // the screen says so.
    assert!(lp.keys("<C-s>"));
    assert!(lp.saves() > 10, "{}", lp.saves());
    assert!(screen(&mut lp).contains("✓ enregistré"));
    lp.flush();
    // The file itself is left as written, comments and all: the journal
    // holds the set-up, and every command reads them together.
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    let (ws, _) = Workspace::open(&file).unwrap();
    assert_eq!(&ws.file.session, &lp.state().session);
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
    let mut lp = open(&file, Lang::Fr, 80, 24);
    let kept = lp.state().session.clone();
    // A French date.
    lp.keys("<Down><Enter><C-u>11/10/2024<Enter>");
    assert!(lp.state().editor.is_some(), "the field stays open to fix");
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
    assert_eq!(lp.state().session, kept);
    assert_eq!(lp.saves(), 0);
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn rows_are_added_moved_removed_and_undone() {
    let (_dir, file) = template("en");
    let mut lp = open(&file, Lang::En, 100, 30);
    // Agenda: add a round after the first phase, move it up, remove it
    // (the debate's statements and the rotation follow it).
    lp.keys("<S-Tab><S-Tab><S-Tab><S-Tab>");
    assert_eq!(lp.state().section, Section::Agenda);
    let n = lp.state().session.agenda.len();
    lp.keys("a");
    assert_eq!(lp.state().session.agenda.len(), n + 1);
    assert_eq!(lp.state().session.agenda[1].kind, PhaseKind::Round);
    lp.keys("<A-Up>");
    assert_eq!(lp.state().session.agenda[0].kind, PhaseKind::Round);
    assert_eq!(lp.state().row(), 0);
    // Enter on a phase's kind takes the next kind.
    lp.keys("<Enter>");
    assert_eq!(lp.state().session.agenda[0].kind, PhaseKind::KeyFactors);
    lp.keys("<Del>");
    assert_eq!(lp.state().session.agenda.len(), n);
    assert!(screen(&mut lp).contains("Ctrl-Z brings it back"));
    lp.keys("<C-z>");
    assert_eq!(lp.state().session.agenda.len(), n + 1);
    lp.keys("<C-z><C-z><C-z>");
    assert_eq!(lp.state().session.agenda.len(), n);
    lp.keys("<C-y>");
    assert_eq!(lp.state().session.agenda.len(), n + 1);
    // A topic's board: an open question, then named columns.
    lp.keys("<Tab><Tab><Tab><Tab><Tab><Right><Right><Right><Enter><C-u>Question<Enter>");
    assert_eq!(lp.state().session.topics[0].board, BoardKind::Question);
    lp.keys("<Enter><C-u>What works | What is missing | Our proposals<Enter>");
    assert_eq!(
        lp.state().session.topics[0].board,
        BoardKind::Columns(vec![
            "What works".into(),
            "What is missing".into(),
            "Our proposals".into()
        ])
    );
    // Renaming a topic's key carries its tables along.
    lp.keys("<Home><Left><Left><Left><Enter><C-u>CLN<Enter>");
    assert!(lp.state().session.tables.iter().all(|t| t.topic == "CLN"));
}

#[test]
fn quitting_with_changes_not_saved_asks_first() {
    let (_dir, file) = template("en");
    let before = std::fs::read(&file).unwrap();
    let mut lp = open(&file, Lang::En, 80, 24);
    lp.keys("<Enter><C-u>Another title<Enter>");
    assert!(lp.keys("q"), "the first q asks");
    assert!(screen(&mut lp).contains("Ctrl-S saves, Esc / q again quits without saving"));
    assert!(!lp.keys("q"), "the second quits");
    // Asked with Ctrl-Q, it names Ctrl-Q.
    let mut lp = open(&file, Lang::En, 100, 24);
    lp.keys("<Enter><C-u>Another title<Enter>");
    assert!(lp.keys("<C-q>"));
    assert!(
        screen(&mut lp).contains("Ctrl-S saves, Ctrl-Q / Ctrl-C again quits"),
        "{}",
        screen(&mut lp)
    );
    assert!(!lp.keys("<C-q>"), "the second quits");
    assert_eq!(lp.saves(), 0);
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // Ctrl-S while typing keeps the field, then saves.
    let mut lp = open(&file, Lang::En, 80, 24);
    lp.keys("<Enter><C-u>Saved title<C-s>");
    assert_eq!(lp.saves(), 1);
    assert!(lp.state().editor.is_none());
    lp.flush();
    assert_eq!(
        Workspace::open(&file).unwrap().0.file.session.title,
        "Saved title"
    );
    assert!(!lp.keys("<Esc>"), "nothing left to save: Esc quits");
}

#[test]
fn setup_screens_at_80x24_and_120x40_in_both_languages() {
    for lang in Lang::ALL {
        let (_dir, file) = template(lang.code());
        for (w, h) in [(80, 24), (120, 40)] {
            let mut lp = open(&file, lang, w, h);
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
                let mut lp = open(&file, lang, w, h);
                lp.keys("<Tab>a<Tab>a<Tab>a");
                screen(&mut lp);
            }
        }
    }
}

fn loop_screen(lp: &mut SetupLoop<TestBackend>) -> String {
    lp.draw().unwrap();
    lp.backend().to_string()
}

/// `tablee setup` with no session (or `s` on the demo): a new session from
/// the template, not on disk until the first Ctrl-S, which names its folder
/// from the title and the date and hands the session, where the screen
/// stood, to the room's runtime (later saves are set-up events; the
/// file's layout stays); a folder already there is refused in words and
/// nothing is overwritten.
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
    assert!(loop_screen(&mut lp).contains("● non enregistré"));
    // Its help is the runtime's one help overlay, from the screen's
    // bindings: drawn the same, the arrows scroll it (on a small screen),
    // any other key closes it and does nothing else.
    assert!(lp.keys("?"));
    let help = loop_screen(&mut lp);
    assert!(
        help.contains("Ctrl-S") && help.contains("Touches"),
        "{help}"
    );
    let mut rt = open(&template("fr").1, Lang::Fr, 80, 24);
    rt.keys("?");
    let runtime_help = screen(&mut rt);
    let boxed = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.contains('│'))
            .map(|l| l.split('│').nth(1).unwrap_or("").trim().to_string())
            .filter(|l| !l.is_empty())
            .take(4)
            .collect()
    };
    assert_eq!(boxed(&help), boxed(&runtime_help), "{help}\n{runtime_help}");
    assert!(lp.keys("<Down>"));
    assert!(lp.help.is_some_and(|h| h.scroll == 1));
    assert!(lp.keys("q"));
    assert!(lp.help.is_none());
    assert!(!lp.state.quitting);
    assert!(loop_screen(&mut lp).contains("● non enregistré"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // Quitting before saving asks first.
    assert!(lp.keys("<Esc>"));
    assert!(lp.state.quitting);
    assert!(lp.keys("<Enter><C-u>Conseil local du numérique<Enter><Down><Down>"));
    // The first save writes it, and the loop hands over.
    assert!(!lp.keys("<C-s>"));
    assert!(lp.written);
    let path = written.borrow().clone().expect("written at the first save");
    assert_eq!(
        path,
        dir.path()
            .join("2026-12-01-conseil-local-du-numerique")
            .join("session.ron")
    );
    assert!(loop_screen(&mut lp).contains("✓ enregistré"));
    // It checks (the template's sample text is only warned about).
    let o = common::tablee(dir.path(), &["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    // The runtime goes on where the screen stood: a later save is a
    // set-up event, and the file keeps what was written by hand.
    std::fs::write(
        &path,
        format!(
            "// notre commentaire
{}",
            std::fs::read_to_string(&path).unwrap()
        ),
    )
    .unwrap();
    let cursor = lp.state.cursor();
    let mut rt = open(&path, Lang::Fr, 80, 24);
    rt.h.rt.app.stack = vec![Shown::Setup(Box::new({
        let mut s = rt.state().clone();
        s.set_cursor(cursor);
        s
    }))];
    assert!(rt.keys("<Enter>09:30<Enter><C-s>"));
    assert_eq!(rt.saves(), 1);
    rt.flush();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("// notre commentaire"), "{text}");
    let (ws, _) = Workspace::read(&path).unwrap();
    assert_eq!(ws.file.session.start, Some(jiff::civil::time(9, 30, 0, 0)));
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
    assert!(!lp.keys("<Enter><C-u>Conseil local du numérique, 2e séance<Enter><C-s>"));
    assert!(written.borrow().is_some());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn what_to_fix_names_the_screens_sections_not_the_files_syntax() {
    let (_dir, file) = template("fr");
    let mut lp = open(&file, Lang::Fr, 200, 40);
    // Every group removed: nobody moves any more.
    lp.keys("<Tab><Tab><Tab>");
    assert_eq!(lp.state().section, Section::Groups);
    while !lp.state().session.groups.is_empty() {
        lp.keys("<Del>");
    }
    let shown = screen(&mut lp);
    assert!(
        shown.contains("ajoutez des groupes (section Groupes, a)"),
        "{shown}"
    );
    assert!(!shown.contains("groups: ["), "{shown}");
    // `tablee check` on the same session still speaks of the file.
    let session = lp.state().session.clone();
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
    let mut lp = open(&file, Lang::Fr, 120, 40);
    for keys in common::SEED001_SETUP_KEYS {
        assert!(lp.keys(keys), "{keys}");
        assert!(
            lp.state().editor.is_none(),
            "{keys}: {:?}",
            lp.state().notice
        );
    }
    let s = lp.state().session.clone();
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
    assert!(lp.saves() > 0);
    lp.flush();
    let saved = Workspace::open(&file).unwrap().0.file.session;
    assert_eq!(saved, s);
    assert!(saved.tables[2].whole_room);
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
        lp.state().session.rotation,
        tablee::core::model::Rotation::Auto
    );
    let sch = tablee::core::plan::schedule(&lp.state().session).unwrap();
    for round in &sch.rounds {
        assert!(round[2].is_empty(), "{round:?}");
        assert_eq!(round[0].len() + round[1].len(), 2);
    }
}

/// Two organisers' set-up screens and a facilitator's screen that hear
/// each other through their journals (the watcher's message, as a sync
/// tool brings the files): a host typed on one and the title on the other
/// both stay; the place typed on both at the same moment settles on one
/// value on both, both set-up screens say which was set aside, and the
/// facilitator's screen shows the conflict banner.
#[test]
fn two_setup_screens_hear_each_other_and_say_what_was_set_aside() {
    use tablee::tui::msg::Msg;
    use tablee::tui::runtime::Input;
    let (_dir, file) = template("en");
    let mut a = open_as(&file, Lang::En, (120, 30), 1);
    let mut b = open_as(&file, Lang::En, (120, 30), 2);
    let (ws, _) = Workspace::read(&file).unwrap();
    let clock = tablee::core::clock::Clock::new(ws.base.agenda.len());
    let fac = App::new(
        ws.base.clone(),
        clock,
        Lang::En,
        jiff::Timestamp::UNIX_EPOCH,
    );
    let mut fac = Harness::new(fac, 120, 30);
    let journal = |a: &mut Lp, b: &mut Lp| {
        a.h.settle();
        b.h.settle();
        let mut all = a.h.store.events();
        all.extend(b.h.store.events());
        all
    };
    // Different fields: the title on A, a host on B.
    a.keys("<Enter><C-u>Matinée du CENR<Enter><C-s>");
    b.keys("<Tab><Tab><Right><Right><Enter><C-u>Karim Benali<Enter><C-s>");
    let all = journal(&mut a, &mut b);
    for lp in [&mut a, &mut b] {
        lp.h.send(Input::Disk(Msg::synced(all.clone())));
        let s = &lp.state().session;
        assert_eq!(s.title, "Matinée du CENR");
        assert_eq!(s.tables[0].host, "Karim Benali");
        assert!(lp.state().said.is_none());
    }
    // The facilitator's screen follows, and says so.
    fac.send(Input::Disk(Msg::synced(all.clone())));
    assert_eq!(fac.app().room.session.title, "Matinée du CENR");
    assert!(
        fac.screen()
            .contains("the set-up changed on another screen: the plan follows")
    );
    // One field, at the same moment.
    a.keys("<Down><Down><Down><Enter><C-u>Room A<Enter><C-s>");
    b.keys("<S-Tab><S-Tab><Down><Down><Down><Enter><C-u>Room B<Enter><C-s>");
    let all = journal(&mut a, &mut b);
    for lp in [&mut a, &mut b] {
        lp.h.send(Input::Disk(Msg::synced(all.clone())));
    }
    let (pa, pb) = (&a.state().session.place, &b.state().session.place);
    assert_eq!(pa, pb);
    // The later Lamport counter, then the greater device: B's.
    assert_eq!(pb, "Room B");
    for lp in [&mut a, &mut b] {
        let shown = lp.screen();
        assert!(
            shown.contains("Place: “Room A”") && shown.contains("was replaced by “Room B”"),
            "{shown}"
        );
    }
    assert!(a.screen().contains("(this screen) was replaced by"));
    assert!(
        b.screen()
            .contains("(this screen), typed at the same moment")
    );
    fac.send(Input::Disk(Msg::synced(all)));
    let shown = fac.screen();
    assert!(
        shown.contains("Conflict, nothing lost: tablee check"),
        "{shown}"
    );
    assert_eq!(fac.app().room.session.place, "Room B");
    // What B saves while A is typing arrives under A's typing; A's save
    // then writes only A's own change.
    a.keys("<Down><Enter><C-u>Ville de Roubaix<Enter>");
    b.keys("<Tab><Tab><Down><Right><Right><Enter><C-u>Houria<Enter><C-s>");
    let all = journal(&mut a, &mut b);
    a.h.send(Input::Disk(Msg::synced(all)));
    let s = &a.state().session;
    assert_eq!(s.organiser, "Ville de Roubaix");
    assert_eq!(s.tables[1].host, "Houria");
    assert!(a.screen().contains("● not saved"));
    let before = a.saves();
    a.keys("<C-s>");
    assert_eq!(a.saves(), before + 1);
}

#[test]
fn a_questionnaire_is_prepared_on_the_setup_screen_and_kept_by_the_journal() {
    use tablee::core::questionnaire::Answers;
    let (_dir, file) = template("fr");
    let mut lp = open(&file, Lang::Fr, 100, 30);
    lp.keys("<S-Tab><S-Tab>");
    assert_eq!(lp.state().section, Section::Questions);
    assert!(screen(&mut lp).contains("Questionnaires"));
    // A first question: the default scale, its words typed over.
    lp.keys("a<Right><Enter><C-u>L'atelier m'a été utile<Enter>");
    // A second: one choice among three.
    lp.keys("a<Right><Enter><C-u>Comment êtes-vous venu·e ?<Enter>");
    lp.keys("<Right><Enter><C-u>Un choix : À pied | En bus | En voiture<Enter>");
    // What a question takes, mistyped: said, nothing changes.
    let kept = lp.state().session.clone();
    lp.keys("<Enter><C-u>Grille : a | b<Enter>");
    assert!(
        screen(&mut lp).contains("tapez Échelle"),
        "{}",
        screen(&mut lp)
    );
    lp.keys("<Esc>");
    assert_eq!(lp.state().session, kept);
    // A third in another questionnaire, renamed with all its questions.
    lp.keys("a<Right><Enter><C-u>Une remarque ?<Enter><Right><Enter><C-u>Texte<Enter>");
    lp.keys("<Left><Left><Enter><C-u>Accueil<Enter>");
    let q = &lp.state().session.questionnaires;
    assert_eq!(q.len(), 1, "one questionnaire, renamed whole: {q:?}");
    assert_eq!(q[0].title, "Accueil");
    assert_eq!(q[0].questions.len(), 3);
    assert_eq!(q[0].questions[0].text, "L'atelier m'a été utile");
    assert!(matches!(&q[0].questions[0].answers, Answers::Scale(s) if s.len() == 4));
    assert_eq!(
        q[0].questions[1].answers,
        Answers::One(vec!["À pied".into(), "En bus".into(), "En voiture".into()])
    );
    assert_eq!(q[0].questions[2].answers, Answers::Text);
    // Saved as set-up events: the session as every laptop reads it.
    lp.keys("<C-s>");
    assert!(lp.saves() > 0);
    lp.flush();
    let (ws, _) = Workspace::open(&file).unwrap();
    assert_eq!(
        ws.file.session.questionnaires,
        lp.state().session.questionnaires
    );
}

#[test]
fn a_phase_takes_a_range_of_minutes() {
    let (_dir, file) = template("fr");
    let mut lp = open(&file, Lang::Fr, 100, 30);
    lp.keys("<S-Tab><S-Tab><S-Tab><S-Tab>");
    assert_eq!(lp.state().section, Section::Agenda);
    lp.keys("<Right><Right><Enter><C-u>5-10<Enter>");
    let p = &lp.state().session.agenda[0];
    assert_eq!((p.minutes, p.up_to), (5, Some(10)));
    assert!(screen(&mut lp).contains("5-10"));
    // A range backwards is said, and changes nothing.
    lp.keys("<Enter><C-u>10-5<Enter>");
    assert!(screen(&mut lp).contains("5-10"), "{}", screen(&mut lp));
    assert!(
        screen(&mut lp).contains("fourchette"),
        "{}",
        screen(&mut lp)
    );
    lp.keys("<Esc>");
    // A plain number again: no range.
    lp.keys("<Enter><C-u>20<Enter>");
    let p = &lp.state().session.agenda[0];
    assert_eq!((p.minutes, p.up_to), (20, None));
}

/// What the run-sheet and the projector read, typed on the set-up screen:
/// who leads a phase, its instruction to the room, its materials; and the
/// council's commitment to answer within a delay. Saved as set-up events
/// and read back as every laptop reads the session.
#[test]
fn a_phase_is_given_its_lead_instruction_and_materials_and_the_session_a_delay() {
    let (_dir, file) = template("fr");
    let mut lp = open(&file, Lang::Fr, 120, 30);
    lp.keys("<S-Tab><S-Tab><S-Tab><S-Tab>");
    assert_eq!(lp.state().section, Section::Agenda);
    let shown = screen(&mut lp);
    for head in ["Anime", "Consigne", "Matériel"] {
        assert!(shown.contains(head), "{head}\n{shown}");
    }
    lp.keys("<Right><Right><Right><Enter><C-u>Équipe d'animation<Enter>");
    lp.keys("<Right><Enter><C-u>Chacun écrit une idée par post-it.<Enter>");
    lp.keys("<Right><Enter><C-u>Post-it, feutres ; paperboard,<Enter>");
    let p = lp.state().session.agenda[0].clone();
    assert_eq!(p.lead, "Équipe d'animation");
    assert_eq!(p.description, "Chacun écrit une idée par post-it.");
    assert_eq!(p.materials, ["Post-it", "feutres", "paperboard"]);
    let shown = screen(&mut lp);
    assert!(shown.contains("Post-it, feutres"), "{shown}");
    // The instruction, cut in its column, is read in full under the list.
    lp.keys("<Left>");
    let shown = screen(&mut lp).replace('\u{a0}', " ");
    assert!(
        shown.contains("Consigne : Chacun écrit une idée par post-it."),
        "{shown}"
    );

    // The session's own fields: answer within eight weeks; a delay
    // mistyped is said and changes nothing.
    lp.keys("<Tab>");
    while lp.state().section != Section::Session {
        lp.keys("<Tab>");
    }
    lp.keys("<End><Enter><C-u>huit semaines<Enter>");
    assert!(
        screen(&mut lp).contains("un délai est un nombre"),
        "{}",
        screen(&mut lp)
    );
    lp.keys("<Esc>");
    assert_eq!(lp.state().session.answer_within, None);
    lp.keys("<Enter><C-u>8 semaines<Enter>");
    assert_eq!(
        lp.state().session.answer_within,
        tablee::core::delay::Delay::parse("8w")
    );
    assert!(screen(&mut lp).contains("Répondre sous"));

    lp.keys("<C-s>");
    assert!(lp.saves() > 0);
    lp.flush();
    let (ws, _) = Workspace::open(&file).unwrap();
    assert_eq!(ws.file.session.agenda[0], p);
    assert_eq!(
        ws.file.session.answer_within,
        lp.state().session.answer_within
    );
}

/// People seated from the council's register are ids in the session and
/// names on the screen: a register name typed in is seated by id, a name
/// nobody has stays a name, a forgotten person's seat confirmed as shown
/// stays theirs.
#[test]
fn people_of_the_register_are_named_on_screen_and_seated_by_id() {
    use tablee::core::register::{Person, Register};
    use tablee::core::seats::seat;
    use uuid::Uuid;
    let (_dir, file) = template("en");
    let (ws, _) = Workspace::read(&file).unwrap();
    let mut register = Register::new();
    for (i, name) in ["Nadia Benali", "Julien Lefebvre", "Léa Girard"]
        .iter()
        .enumerate()
    {
        register
            .add(Person::named(Uuid::from_u128(i as u128 + 1), name))
            .unwrap();
    }
    register.forget(Uuid::from_u128(3));
    let mut session = ws.base.clone();
    session.groups.clear();
    session.participants = vec![
        seat(Uuid::from_u128(1)),
        "Ana Lopes".into(),
        seat(Uuid::from_u128(3)),
    ];
    let clock = tablee::core::clock::Clock::new(session.agenda.len());
    let mut app = App::new(session, clock, Lang::En, jiff::Timestamp::UNIX_EPOCH);
    app.room.register = register;
    let mut lp = Lp {
        h: Harness::new(app.setup_only(None), 100, 30),
        path: file.clone(),
        flushed: 0,
    };
    while lp.state().section != Section::People {
        lp.keys("<Tab>");
    }
    let shown = screen(&mut lp);
    assert!(shown.contains("Nadia Benali"), "{shown}");
    assert!(shown.contains("Forgotten person"), "{shown}");
    assert!(!shown.contains("-0000-"), "an id on screen: {shown}");
    // Nadia's row becomes Julien, by his id; Ana stays a name.
    lp.keys("<Enter><C-u>julien lefebvre<Enter>");
    lp.keys("<Down><Enter><C-u>Ana Lopes-Diaz<Enter>");
    // The forgotten seat, confirmed as shown, stays the same seat.
    lp.keys("<Down><Enter><Enter>");
    assert_eq!(
        lp.state().session.participants,
        [
            seat(Uuid::from_u128(2)),
            "Ana Lopes-Diaz".to_string(),
            seat(Uuid::from_u128(3))
        ]
    );
    assert!(screen(&mut lp).contains("Julien Lefebvre"));
    // Saved: the set-up events seat Julien by id, never by name.
    lp.keys("<C-s>");
    assert!(lp.saves() > 0);
    let events = format!("{:?}", lp.h.store.events());
    assert!(events.contains(&seat(Uuid::from_u128(2))), "{events}");
    assert!(!events.contains("Julien"), "{events}");
}
