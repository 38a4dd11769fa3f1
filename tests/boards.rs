//! Boards beyond SWOT: an open question's one list of ideas and 2–6 named
//! columns. The session format (old files load as SWOT, boards checked with
//! line:column), capture, the room's picks and the plenary through the real
//! loop (snapshots at 80×24 and 120×40 in French and English), `add` and
//! `import` with `--in`, and every report format for a session that mixes
//! SWOT and other boards.

mod common;

use std::path::Path;
use tablee::i18n::prelude::*;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tablee::core::board::Board;
use tablee::core::model::{BoardKind, Column, Session};
use tablee::core::synth::{self, Input};
use tablee::i18n::Lang;
use tablee::report::{SynthView, csv, html, markdown, text};
use tablee::store::session_file::SessionFile;
use tablee::tui::app::{App, Mode};
use tablee::tui::harness::Harness;
use tablee::tui::view;

const CENR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cenr-2025-bilan.ron");

fn t(s: i64) -> Timestamp {
    Timestamp::from_second(1_763_200_000 + s).unwrap()
}

fn cenr() -> Session {
    SessionFile::read(Path::new(CENR)).unwrap().session
}

fn app(s: Session, lang: Lang) -> App {
    let clock = tablee::core::clock::Clock::new(s.agenda.len());
    let mut a = App::new(s, clock, lang, t(0));
    a.room.display.tz = jiff::tz::TimeZone::UTC;
    a
}

fn render(a: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view(a, f)).unwrap();
    term.backend().to_string()
}

fn check(text: &str) -> Vec<String> {
    let file = SessionFile::parse(Path::new("s.ron"), text.to_string()).unwrap();
    file.diagnostics()
        .into_iter()
        .map(|d| d.line(Lang::En))
        .collect()
}

#[test]
fn sessions_without_a_board_load_as_swot_and_the_examples_use_the_others() {
    let roubaix = common::session();
    assert!(roubaix.topics.iter().all(|t| t.board == BoardKind::Swot));
    let s = cenr();
    assert_eq!(s.board_of("FIN"), &BoardKind::Question);
    assert_eq!(
        s.board_of("SUG"),
        &BoardKind::Columns(vec![
            "Ce qui marche".into(),
            "Ce qui manque".into(),
            "Nos propositions".into()
        ])
    );
    let classic = SessionFile::read(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/world-cafe-classic.ron"
    )))
    .unwrap()
    .session;
    assert!(
        classic
            .topics
            .iter()
            .all(|t| t.board == BoardKind::Question && !t.question.is_empty())
    );
    // Written back, a SWOT topic says nothing of its board.
    let text = ron::ser::to_string(&roubaix.topics[0]).unwrap();
    assert!(!text.contains("board"), "{text}");
}

#[test]
fn columns_are_named_by_number_letter_or_name() {
    let b = BoardKind::Columns(vec![
        "Ce qui marche".into(),
        "Ce qui manque".into(),
        "Nos propositions".into(),
    ]);
    assert_eq!(b.columns().len(), 3);
    assert_eq!(b.parse_column("2"), Column::at(1));
    assert_eq!(b.parse_column("c"), Column::at(2));
    assert_eq!(b.parse_column("nos prop"), Column::at(2));
    assert_eq!(b.parse_column("CE QUI MANQUE"), Column::at(1));
    // Two names start alike: the start is not enough.
    assert_eq!(b.parse_column("ce qui"), None);
    assert_eq!(b.parse_column("4"), None);
    assert_eq!(b.parse_column("d"), None);
    assert_eq!(BoardKind::Question.parse_column("1"), Column::at(0));
    assert_eq!(BoardKind::Question.parse_column("2"), None);
    assert_eq!(BoardKind::Swot.parse_column("risques"), Some(Column::T));
    assert_eq!(BoardKind::Swot.parse_column("f"), Some(Column::W));
    assert_eq!(BoardKind::Swot.parse_column("3"), Some(Column::O));
    // Journals keep their letters; the last two positions read back too.
    for i in 0..Column::MAX {
        let c = Column::at(i).unwrap();
        let back: Column = ron::from_str(&ron::to_string(&c).unwrap()).unwrap();
        assert_eq!(back, c);
    }
    assert_eq!(ron::to_string(&Column::T).unwrap(), "T");
}

#[test]
fn boards_are_checked_with_line_and_column() {
    let base = std::fs::read_to_string(CENR).unwrap();
    let one = base.replace(
        r#"board: Columns(["Ce qui marche", "Ce qui manque", "Nos propositions"])"#,
        r#"board: Columns(["Seule"])"#,
    );
    let d = check(&one);
    let line = one
        .lines()
        .position(|l| l.contains("Columns([\"Seule\"])"))
        .unwrap()
        + 1;
    assert!(
        d.iter()
            .any(|m| m.contains(&format!(":{line}:")) && m.contains("1 column(s)")),
        "{d:?}"
    );
    let empty_and_twice = base.replace(
        r#"board: Columns(["Ce qui marche", "Ce qui manque", "Nos propositions"])"#,
        r#"board: Columns(["Ce qui marche", "  ", "ce qui MARCHE"])"#,
    );
    let d = check(&empty_and_twice);
    assert!(
        d.iter()
            .any(|m| m.contains(&format!(":{line}:")) && m.contains("has no name")),
        "{d:?}"
    );
    assert!(d.iter().any(|m| m.contains("two columns named")), "{d:?}");
    let seven = base.replace(
        r#"board: Columns(["Ce qui marche", "Ce qui manque", "Nos propositions"])"#,
        r#"board: Columns(["1", "2", "3", "4", "5", "6", "7"])"#,
    );
    assert!(check(&seven).iter().any(|m| m.contains("2 to 6")));
    // A misspelt kind is refused with where it is.
    let typo = base.replacen(", board: Question)", ", board: Questions)", 1);
    let err = SessionFile::parse(Path::new("s.ron"), typo).unwrap_err();
    let said = tablee::store::session_file::Diagnostic::from_load_error(&err).line(Lang::En);
    assert!(said.contains("Question"), "{said}");
}

/// Capture on the named columns of table S, by keyboard: Tab, Alt-3,
/// moving by number, then the room's picks (several per column) and the
/// plenary's actions.
#[test]
fn capture_picks_and_plenary_on_named_columns_through_the_loop() {
    let a = app(cenr(), Lang::Fr).capture_only("S");
    let mut h = Harness::new(a, 80, 24);
    h.keys("Les rencontres du samedi matin<Enter>");
    h.keys("<Tab>Un compte rendu après chaque séance<Enter>");
    h.keys("<A-3>Des séances en soirée<Enter>Inviter des agents<Enter>");
    // Alt-5: no such column, nothing typed is lost.
    h.keys("<A-5>");
    h.settle();
    assert!(h.screen().contains("Pas de colonne 5"), "{}", h.screen());
    // Select "Inviter des agents", move it to column 2.
    h.keys("<Up><A-m>2");
    h.settle();
    let board = Board::from_events(h.store.events().iter());
    let col = |text: &str| {
        board
            .live_notes()
            .into_iter()
            .find(|n| n.text == text)
            .map(|n| n.quadrant.index() + 1)
    };
    assert_eq!(col("Les rencontres du samedi matin"), Some(1));
    assert_eq!(col("Un compte rendu après chaque séance"), Some(2));
    assert_eq!(col("Des séances en soirée"), Some(3));
    assert_eq!(col("Inviter des agents"), Some(2));

    // The room's picks: two in column 2.
    h.keys("<F6>");
    assert_eq!(h.app().mode(), Mode::KeyFactors);
    h.keys("<A-2><Enter><Down><Enter>");
    h.settle();
    let screen = h.screen();
    assert!(screen.contains("Les choix de la salle"), "{screen}");
    assert!(screen.contains("★ CHOIX"), "{screen}");
    let board = Board::from_events(h.store.events().iter());
    assert_eq!(board.chosen.len(), 2);
    // Enter again takes a pick back.
    h.keys("<Enter>");
    h.settle();
    let board = Board::from_events(h.store.events().iter());
    assert_eq!(board.chosen.len(), 1);

    // The plenary: actions under column 2's pick.
    h.keys("<F7><A-2>Envoyer le compte rendu sous huit jours<Enter>");
    h.settle();
    let board = Board::from_events(h.store.events().iter());
    let actions: Vec<_> = board.actions.values().collect();
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0].quadrant.index(), 1);
    assert_eq!(actions[0].topic, "SUG");
    let screen = h.screen();
    assert!(screen.contains("→ Envoyer le"), "{screen}");

    // The synthesis says it as the room did.
    let s = &h.app().room.session;
    let syn = synth::build(
        &[Input {
            session: s,
            board: &board,
            clock: None,
        }],
        None,
        t(0),
    );
    let md = markdown::synthesis(&SynthView {
        syn: &syn,
        lang: Lang::Fr,
    });
    assert!(md.contains("### Ce qui manque"), "{md}");
    assert!(
        md.contains("**Choix de la salle — Ce qui manque**\u{a0}:")
            && !md.contains("(choisi par la salle)"),
        "{md}"
    );
    assert!(
        md.contains("Envoyer le compte rendu sous huit jours"),
        "{md}"
    );
}

/// An open question's one list: no column keys in the footer, and the
/// question above the ideas.
#[test]
fn an_open_question_is_one_list_under_its_question() {
    let a = app(cenr(), Lang::En).capture_only("A");
    let mut h = Harness::new(a, 80, 24);
    h.keys("Speak for the people who use the services<Enter>A place to meet the elected<Enter>");
    h.keys("<Tab><A-2>");
    h.settle();
    let screen = h.screen();
    assert!(
        screen.contains("À quoi le CENR doit-il servir ?"),
        "{screen}"
    );
    assert!(screen.contains("1 Ideas (2)"), "{screen}");
    assert!(!screen.contains("next column"), "{screen}");
    // No column keys on one list: Tab and Alt-2 type nothing, add nothing.
    assert_eq!(
        Board::from_events(h.store.events().iter())
            .live_notes()
            .len(),
        2
    );
    assert_eq!(
        tablee::i18n::board::no_column(Column::W, 1, Lang::En),
        "No column 2: this board is one list."
    );
    h.keys("<F6><Enter><Down><Enter><F7>Write it into the charter<Enter>");
    h.settle();
    let board = Board::from_events(h.store.events().iter());
    assert_eq!(board.chosen.len(), 2, "several picks on one list");
    assert_eq!(board.actions.len(), 1);
    let screen = h.screen();
    assert!(
        screen.contains("★ I1") && screen.contains("★ I2"),
        "{screen}"
    );
}

#[test]
fn screens_of_other_boards_at_80x24_and_120x40_in_both_languages() {
    for lang in Lang::ALL {
        for (table, name) in [("S", "columns"), ("A", "question")] {
            let a = app(cenr(), lang).capture_only(table);
            let mut h = Harness::new(a, 120, 40);
            // A minute between post-its, as in a room: the ranking's ties
            // go to the first written.
            h.keys("Les rencontres du samedi matin<Enter>");
            h.advance(60);
            h.keys("<Tab>Un compte rendu après chaque séance<Enter>");
            h.advance(60);
            h.keys("Plus de temps en petits groupes, et des pauses plus longues<Enter><Up>");
            h.settle();
            let code = lang.code();
            let snap = |h: &Harness, screen: &str| {
                for (w, hh) in [(80, 24), (120, 40)] {
                    insta::assert_snapshot!(
                        format!("board_{name}_{screen}_{code}_{w}x{hh}"),
                        render(h.app(), w, hh)
                    );
                }
            };
            snap(&h, "capture");
            h.keys("<Esc><F6><Enter>");
            h.settle();
            snap(&h, "picks");
            h.keys("<F7>Essayer une séance en soirée<Enter>");
            h.settle();
            snap(&h, "plenary");
            for w in (1..=130).step_by(9) {
                for hh in (1..=45).step_by(6) {
                    render(h.app(), w, hh);
                }
            }
        }
    }
}

#[test]
fn every_report_format_prints_each_board_as_it_was() {
    let s = common::mixed_boards();
    let events = common::mixed_boards_events(&s);
    let board = Board::from_events(&events);
    let syn = synth::build(
        &[Input {
            session: &s,
            board: &board,
            clock: None,
        }],
        None,
        t(0),
    );
    for lang in Lang::ALL {
        let v = SynthView { syn: &syn, lang };
        let md = markdown::synthesis(&v);
        let txt = text::synthesis(&v);
        let page = html::synthesis(&v);
        for out in [&md, &txt, &page] {
            // The question's ideas, the named columns, the SWOT's quadrant.
            assert!(out.contains("I1") && out.contains("Porter la voix des usagers"));
            assert!(out.contains("Ce qui marche") && out.contains("Nos propositions"));
            assert!(out.contains(lang.s().quadrants[0].name));
            assert!(out.contains(lang.board().room_picks));
            assert!(out.contains("Organiser la première restitution en juin"));
            assert!(out.contains("Inscrire la mission dans la charte"));
            assert!(out.contains("Former dix médiateurs de plus"));
            assert!(
                out.contains(
                    lang.s().quadrants[0]
                        .key_factor
                        .split(' ')
                        .next_back()
                        .unwrap()
                )
            );
        }
        // No SWOT axes under an open question or a named column.
        let sug = &md[md.find("## SUG").unwrap()..];
        let sug = &sug[..sug[3..].find("\n## ").map_or(sug.len(), |i| i + 3)];
        assert!(!sug.contains(lang.s().internal), "{sug}");
        // CSV: the column codes and names, the picks' titles.
        let rows = csv::synthesis(&v);
        assert!(rows.contains(",I,") && rows.contains(",C,"), "{rows}");
        assert!(rows.contains("Nos propositions"), "{rows}");
        let actions = csv::actions(&v);
        assert!(actions.contains(",C,"), "{actions}");
    }
    // The workbook, read back with a real xlsx reader.
    use calamine::Reader;
    let v = SynthView {
        syn: &syn,
        lang: Lang::Fr,
    };
    let bytes = tablee::report::xlsx::synthesis(&v).unwrap();
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names().to_vec();
    let mut all = String::new();
    for n in names {
        let range = book.worksheet_range(&n).unwrap();
        for row in range.rows() {
            for c in row {
                all.push_str(&c.to_string());
                all.push('|');
            }
        }
    }
    assert!(all.contains("Nos propositions"), "{all}");
    assert!(
        all.contains("Choix de la salle — Nos propositions"),
        "{all}"
    );
    assert!(all.contains("Idées"), "{all}");
    assert!(all.contains("Atouts"), "{all}");
}

#[test]
fn add_and_import_take_the_column_by_number_letter_or_name() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(CENR, dir.path().join("s.ron")).unwrap();
    let run = |args: &[&str]| common::tablee(dir.path(), args);
    let ok = |args: &[&str]| {
        let o = run(args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    };
    ok(&[
        "add",
        "s.ron",
        "--table",
        "S",
        "--in",
        "ce qui marche",
        "La convivialité",
    ]);
    ok(&["add", "s.ron", "--table", "S", "--in", "b", "Des retours"]);
    ok(&[
        "add",
        "s.ron",
        "--table",
        "S",
        "--in",
        "3",
        "Une restitution",
    ]);
    ok(&["add", "s.ron", "--table", "A", "Porter la voix des usagers"]);
    let before = std::fs::read_dir(dir.path().join("s.tablee"))
        .map(|d| d.count())
        .unwrap_or(0);
    let journal = || {
        let mut all = Vec::new();
        for e in walk(&dir.path().join("s.tablee")) {
            all.push(std::fs::read(e).unwrap());
        }
        all
    };
    let kept = journal();
    // Each mistake says what to type, and writes nothing.
    for (args, said) in [
        (
            vec!["--table", "S", "--in", "x"],
            "its columns are 1 “Ce qui marche”",
        ),
        (vec!["--table", "S"], "say which with --in 1–3"),
        (vec!["--table", "A", "--in", "2"], "one list of ideas"),
    ] {
        let mut full = vec!["--lang", "en", "add", "s.ron"];
        full.extend(args);
        full.push("oops");
        let o = run(&full);
        assert!(!o.status.success());
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(said), "{err}");
    }
    assert_eq!(journal(), kept);
    let _ = before;
    std::fs::write(
        dir.path().join("p.csv"),
        "table;colonne;texte\nS;Ce qui manque;Plus de temps en petits groupes\nB;;Un animateur extérieur\nS;;Sans colonne\n",
    )
    .unwrap();
    let o = run(&["--lang", "fr", "import", "s.ron", "p.csv"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("p.csv:4:"), "{err}");
    assert_eq!(journal(), kept, "all or nothing");
    ok(&["import", "s.ron", "p.csv", "--in", "1"]);
    let o = run(&["notes", "s.ron", "--in", "nos propositions"]);
    let listed = String::from_utf8_lossy(&o.stdout);
    assert!(
        listed.contains("\tC\t") && listed.contains("Une restitution"),
        "{listed}"
    );
    assert_eq!(listed.lines().count(), 1, "{listed}");
    let o = run(&["notes", "s.ron", "--table", "S"]);
    let listed = String::from_utf8_lossy(&o.stdout);
    assert!(
        listed.contains("\tA\t") && listed.contains("Sans colonne"),
        "{listed}"
    );
    assert!(
        listed.contains("\tB\t") && listed.contains("Plus de temps"),
        "{listed}"
    );
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Three picks on an open question and one action typed under each: every
/// action answers the pick the screen showed (▶ and the input's title),
/// in the follow-up and in every printed synthesis.
#[test]
fn each_plenary_action_answers_the_pick_it_was_typed_under() {
    let a = app(cenr(), Lang::Fr).capture_only("A");
    let mut h = Harness::new(a, 120, 40);
    for text in [
        "Porter la voix des usagers",
        "Un lieu d'échange entre habitants et élus",
        "Former les élus au numérique",
    ] {
        h.keys(&format!("{text}<Enter>"));
        h.advance(60);
    }
    // Picks I1, I2 and I3 on the key-factor screen, then the plenary.
    h.keys("<F6><Enter><Down><Enter><Down><Enter><F7>");
    h.settle();
    let screen = h.screen();
    assert!(screen.contains("Nouvelle action"), "{screen}");
    assert!(
        screen.contains("· I1"),
        "the input names the pick: {screen}"
    );
    h.keys("Une charte des usagers<Enter>");
    h.keys("<A-Down>");
    h.settle();
    let screen = h.screen();
    assert!(
        screen.contains("· I2") && screen.contains("▶★ I2"),
        "{screen}"
    );
    h.keys("Des permanences mensuelles<Enter>");
    // Alt-↑ from I2 wraps to I1, and again to I3.
    h.keys("<A-Up><A-Up>Un module de formation<Enter>");
    h.settle();
    let screen = h.screen();
    assert!(screen.contains("I3 · Un module de formation"), "{screen}");

    let s = cenr();
    let board = Board::from_events(h.store.events().iter());
    assert_eq!(board.actions.len(), 3);
    let ps = tablee::core::followup::of_session(&s, &board, 0);
    let origin = |action: &str| {
        let p = ps.iter().find(|p| p.text == action).unwrap();
        p.post_its.first().cloned().unwrap_or_default()
    };
    assert_eq!(
        origin("Une charte des usagers"),
        "Porter la voix des usagers"
    );
    assert_eq!(
        origin("Des permanences mensuelles"),
        "Un lieu d'échange entre habitants et élus"
    );
    assert_eq!(
        origin("Un module de formation"),
        "Former les élus au numérique"
    );

    // The synthesis prints each action under its pick's label.
    let syn = synth::build(
        &[Input {
            session: &s,
            board: &board,
            clock: None,
        }],
        None,
        t(0),
    );
    let v = SynthView {
        syn: &syn,
        lang: Lang::Fr,
    };
    let md = markdown::synthesis(&v);
    for line in [
        "    - **I1 ·** Une charte des usagers",
        "    - **I2 ·** Des permanences mensuelles",
        "    - **I3 ·** Un module de formation",
    ] {
        assert!(md.contains(line), "{line}\n{md}");
    }
    let txt = text::synthesis(&v);
    assert!(txt.contains("- I2 · Des permanences mensuelles"), "{txt}");
    let page = html::synthesis(&v);
    assert!(
        page.contains("<li><strong>I3 ·</strong> <bdi>Un module de formation</bdi></li>"),
        "{page}"
    );
    let rows = csv::actions(&v);
    assert!(
        rows.lines()
            .any(|l| l.contains("Des permanences mensuelles") && l.ends_with(",I2")),
        "{rows}"
    );
}

/// Journals written before actions recorded their pick: with one pick the
/// action is traced to it; with several, to none rather than a wrong one.
#[test]
fn an_action_without_its_pick_recorded_is_never_traced_to_a_wrong_one() {
    use tablee::core::event::{Body, Event};
    let s = cenr();
    let mut events = Vec::new();
    let mut push = |n: u128, body: Body| {
        events.push(Event {
            id: uuid::Uuid::from_u128(n),
            device: uuid::Uuid::from_u128(1),
            seq: n as u64,
            lamport: n as u64,
            at: t(n as i64),
            body,
        });
        uuid::Uuid::from_u128(n)
    };
    let add = |text: &str| Body::Add {
        table: "A".into(),
        quadrant: Column::S,
        round: None,
        group: None,
        text: text.into(),
        author: None,
        private: None,
    };
    let one = push(1, add("Un"));
    let two = push(2, add("Deux"));
    for (n, note) in [(3, one), (4, two)] {
        push(
            n,
            Body::Choose {
                topic: "FIN".into(),
                note,
                chosen: true,
            },
        );
    }
    push(
        5,
        Body::Action {
            topic: "FIN".into(),
            quadrant: Column::S,
            text: "Sans trace".into(),
            from: None,
        },
    );
    let board = Board::from_events(&events);
    let ps = tablee::core::followup::of_session(&s, &board, 0);
    assert!(ps[0].post_its.is_empty(), "{:?}", ps[0].post_its);
    assert_eq!(ps[0].origin.topic.as_deref(), Some("FIN"));
}

/// After a merge the notice names the keys that split and undo, as the
/// selection binds them, and those keys do what it says; at 80 columns
/// the footer still shows help and quit beside it.
#[test]
fn the_merge_notice_names_keys_that_do_what_it_says() {
    for lang in Lang::ALL {
        let s: Session = SessionFile::read(Path::new(common::ROUBAIX))
            .unwrap()
            .session;
        let a = app(s, lang).capture_only("A");
        let mut h = Harness::new(a, 80, 24);
        h.keys("Un réseau<Enter>Un réseau d'acteurs<Enter>");
        h.keys("<Up><A-c><Up><Enter>");
        h.settle();
        let screen = h.screen();
        let footer = screen.lines().last().unwrap().to_string();
        let said = tablee::i18n::merged(lang, "Alt-X", "Ctrl-Z");
        assert!(footer.contains(&said), "{footer}");
        assert!(
            footer.contains("F1") && footer.contains("Ctrl-Q"),
            "{footer}"
        );
        let clustered = |h: &Harness| {
            Board::from_events(h.store.events().iter())
                .notes
                .values()
                .filter(|n| n.cluster.is_some())
                .count()
        };
        assert_eq!(clustered(&h), 1);
        h.keys("<A-x>");
        h.settle();
        assert_eq!(clustered(&h), 0, "Alt-X splits: {}", h.screen());
        h.keys("<C-z>");
        h.settle();
        assert_eq!(clustered(&h), 1, "Ctrl-Z undoes the split");
    }
}
