//! The débat mouvant: counts before and after (the last typed wins, on any
//! laptop, in any order), who moved, arguments; the projector screen
//! through the real loop (snapshots at 80×24 and 120×40 in French and
//! English); the printed bars in every text format; the same statement
//! compared across sessions; statements checked with line:column.

mod common;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tablee::core::board::Board;
use tablee::core::debate::{self, Side, When};
use tablee::core::event::{Body, Event};
use tablee::core::model::Session;
use tablee::core::synth::{self, Input};
use tablee::i18n::prelude::*;
use tablee::report::{SynthView, markdown, text};
use tablee::tui::app::{App, Mode, update};
use tablee::tui::harness::Harness;
use tablee::tui::view;
use uuid::Uuid;

const CENR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cenr-2025-bilan.ron");

fn t(s: i64) -> Timestamp {
    Timestamp::from_second(1_763_200_000 + s).unwrap()
}

fn cenr() -> Session {
    parse(&std::fs::read_to_string(CENR).unwrap())
}

fn parse(text: &str) -> Session {
    tablee::store::session_file::SessionFile::parse(std::path::Path::new(CENR), text.to_string())
        .unwrap()
        .session
}

fn event(id: u128, device: u128, lamport: u64, body: Body) -> Event {
    Event {
        id: Uuid::from_u128(id),
        device: Uuid::from_u128(device),
        seq: lamport,
        lamport,
        at: t(lamport as i64),
        body,
    }
}

fn stance(id: u128, device: u128, lamport: u64, s: &str, when: When, counts: [u32; 4]) -> Event {
    event(
        id,
        device,
        lamport,
        Body::Stance {
            statement: s.into(),
            when,
            counts,
        },
    )
}

#[test]
fn the_last_count_wins_on_any_laptop_in_any_order_and_says_who_moved() {
    let s = cenr();
    let first = s.statements[0].clone();
    // The second laptop typed the same statement with other accents.
    let folded = "le rythme d’une rencontre par mois environ etait adapte";
    let events = vec![
        stance(1, 1, 1, &first, When::Before, [10, 5, 3, 2]),
        stance(2, 2, 2, folded, When::Before, [12, 5, 3, 0]),
        stance(3, 1, 3, &first, When::After, [15, 3, 2, 0]),
        event(
            4,
            2,
            4,
            Body::Argument {
                statement: first.clone(),
                side: Side::For,
                text: "On garde le fil".into(),
            },
        ),
        event(
            5,
            1,
            5,
            Body::Argument {
                statement: first.clone(),
                side: Side::Against,
                text: "Trop souvent".into(),
            },
        ),
        event(
            6,
            1,
            6,
            Body::Argument {
                statement: first.clone(),
                side: Side::Against,
                text: "Une faute de frappe".into(),
            },
        ),
        event(
            7,
            1,
            7,
            Body::WithdrawArgument {
                argument: Uuid::from_u128(6),
            },
        ),
    ];
    let mut reversed = events.clone();
    reversed.reverse();
    for evs in [&events, &reversed] {
        let board = Board::from_events(evs.iter());
        let results = tablee::core::synth::debate_results(&s, &board);
        assert_eq!(results.len(), s.statements.len(), "no statement twice");
        let r = &results[0];
        assert_eq!(r.before, Some([12, 5, 3, 0]), "the later count wins");
        assert_eq!(r.after, Some([15, 3, 2, 0]));
        assert_eq!(r.moved(), Some([3, -2, -1, 0]), "12/5/3/0, then 15/3/2/0");
        assert_eq!(
            r.arguments,
            vec![
                (Side::For, "On garde le fil".to_string()),
                (Side::Against, "Trop souvent".to_string())
            ]
        );
        assert!(results[1..].iter().all(|r| r.is_empty()));
    }
    assert_eq!(
        tablee::i18n::debate::moved(&[3, -2, -1, 0], Lang::Fr),
        "Déplacement\u{a0}: D'accord\u{a0}+3 · Plutôt d'accord\u{a0}−2 · Plutôt pas d'accord\u{a0}−1"
    );
    // The same share agreeing, but people moved: said, per position.
    let r = debate::StatementResult {
        statement: String::new(),
        before: Some([7, 3, 2, 1]),
        after: Some([5, 5, 2, 1]),
        arguments: Vec::new(),
    };
    assert_eq!(
        tablee::i18n::debate::moved(&r.moved().unwrap(), Lang::En),
        "Moved: Agree\u{a0}−2 · Rather agree\u{a0}+2"
    );
    assert_eq!(
        tablee::i18n::debate::moved(&[0; 4], Lang::En),
        "Moved: nobody moved"
    );
}

fn render(a: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view(a, f)).unwrap();
    term.backend().to_string()
}

fn app(lang: Lang) -> App {
    let s = cenr();
    let clock = tablee::core::clock::Clock::new(s.agenda.len());
    let mut a = App::new(s, clock, lang, t(0));
    a.room.display.tz = jiff::tz::TimeZone::UTC;
    a
}

#[test]
fn the_room_is_counted_by_keyboard_before_and_after_with_arguments() {
    let mut h = Harness::new(app(Lang::Fr), 80, 24);
    h.keys("d");
    assert_eq!(h.app().mode(), Mode::Debate);
    // As the room lines up: 12 agree, 5 rather, 3 rather not, 0, typed
    // top-down; after the arguments (Tab), from the top again.
    h.keys("12<Enter>5<Enter>3<Enter>0<Enter>");
    h.keys("<Tab>15<Enter>3<Enter>2<Enter>");
    h.keys("pOn garde le fil<Enter>cTrop souvent<Enter>cErreur<Enter><Del>");
    // One more person comes to agree, saved at once.
    h.keys("<Up><Up><Up>+");
    h.settle();
    let screen = h.screen();
    assert!(screen.contains("Après les arguments"), "{screen}");
    assert!(
        screen.contains("Déplacement\u{a0}: D'accord\u{a0}+4 · Plutôt d'accord\u{a0}−2"),
        "{screen}"
    );
    assert!(
        screen.contains("On garde le fil") && !screen.contains("Erreur"),
        "{screen}"
    );
    let board = Board::from_events(h.store.events().iter());
    let r = &tablee::core::synth::debate_results(&h.app().room.session, &board)[0];
    assert_eq!(r.before, Some([12, 5, 3, 0]));
    assert_eq!(r.after, Some([16, 3, 2, 0]));
    assert_eq!(r.arguments.len(), 2);
    // Each typed number is written once, not digit by digit.
    let stances = h
        .store
        .events()
        .iter()
        .filter(|e| matches!(e.body, Body::Stance { .. }))
        .count();
    assert!(stances <= 8, "{stances} stance events");
    // Next statement, and Esc back to the clock.
    h.keys("<Right>");
    assert!(h.screen().contains("Affirmation 2/5"));
    h.keys("<Esc>");
    assert_eq!(h.app().mode(), Mode::Facilitator);
}

/// Two laptops move the débat on: the later move wins on every laptop,
/// whatever order their journals arrive in.
#[test]
fn the_statement_the_room_is_on_is_the_latest_in_any_order() {
    let on = |id: u128, device: u128, lamport: u64, s: &str| {
        event(
            id,
            device,
            lamport,
            Body::DebateOn {
                statement: s.into(),
            },
        )
    };
    let events = [
        on(1, 1, 3, "Première"),
        on(2, 2, 5, "Deuxième"),
        on(3, 1, 4, "Troisième"),
    ];
    let orders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1]];
    for order in orders {
        let board = Board::from_events(order.iter().map(|&i| &events[i]));
        assert_eq!(board.debate_on.as_deref(), Some("Deuxième"), "{order:?}");
    }
}

/// The projector reads out the statement the débat is on: the first
/// until the facilitator moves on, then the one moved to (an event, so
/// that a projector on another laptop follows); the débat screen opens
/// again on it.
#[test]
fn the_projector_reads_the_statement_the_room_is_on() {
    let mut h = Harness::new(app(Lang::Fr), 100, 30);
    let statements = h.app().room.session.statements.clone();
    h.keys("p");
    assert_eq!(h.app().mode(), Mode::Projector);
    let screen = h.screen().replace('\u{a0}', " ");
    assert!(
        screen.contains("« Le rythme d'une rencontre par mois environ était adapté. »"),
        "{screen}"
    );
    // The seating of the round to come is not said to be now.
    assert!(
        screen.contains("À venir — Tour 1") && !screen.contains("Maintenant"),
        "{screen}"
    );
    h.keys("<Esc>d<Right>");
    assert!(h.screen().contains("Affirmation 2/5"));
    // The store writes on a thread of its own: its answer taken in first.
    h.settle();
    let on: Vec<String> = h
        .store
        .events()
        .into_iter()
        .filter_map(|e| match e.body {
            Body::DebateOn { statement } => Some(statement),
            _ => None,
        })
        .collect();
    assert_eq!(on, [statements[1].clone()]);
    h.keys("<Esc>p");
    h.settle();
    let screen = h.screen();
    assert!(
        screen.contains("Le temps global que j'ai consacré"),
        "{screen}"
    );
    assert!(!screen.contains("Le rythme d'une rencontre"), "{screen}");
    // The phase's instruction under it, when it fits.
    assert!(screen.contains("Chaque affirmation est lue"), "{screen}");
    // Back on the débat screen: the statement the room is on.
    h.keys("<Esc>d");
    assert!(h.screen().contains("Affirmation 2/5"), "{}", h.screen());
}

#[test]
fn snapshots_of_the_projected_debate() {
    for lang in Lang::ALL {
        let mut h = Harness::new(app(lang), 120, 40);
        h.keys("d12<Enter>5<Enter>3<Enter>0<Enter><Tab>15<Enter>3<Enter>2<Enter>");
        h.keys("pOn garde le fil<Enter>cTrop souvent pour les parents<Enter>");
        h.settle();
        let a = h.app();
        for (w, hh) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(format!("debate_{}_{w}x{hh}", lang.code()), render(a, w, hh));
        }
        for w in (1..=130).step_by(7) {
            for hh in (1..=45).step_by(4) {
                render(a, w, hh);
            }
        }
    }
}

fn synth_of(sessions: &[(Session, Board)]) -> synth::Synthesis<'_> {
    let inputs: Vec<Input> = sessions
        .iter()
        .map(|(s, b)| Input {
            session: s,
            board: b,
            clock: None,
        })
        .collect();
    synth::build(&inputs, None, t(0))
}

#[test]
fn the_synthesis_prints_bars_and_compares_a_statement_across_sessions() {
    let march = cenr();
    let mut november = cenr();
    november.id = Uuid::from_u128(99);
    november.title = "Bilan de fin d'année".into();
    november.date = Some(jiff::civil::date(2025, 11, 15));
    let first = march.statements[0].clone();
    let a = Board::from_events(&[
        stance(1, 1, 1, &first, When::Before, [4, 6, 6, 4]),
        stance(2, 1, 2, &first, When::After, [6, 6, 5, 3]),
    ]);
    let b = Board::from_events(&[stance(
        3,
        1,
        1,
        &first.to_uppercase(),
        When::Before,
        [12, 5, 3, 0],
    )]);
    let statements = march.statements.len();
    let both = [(march, a), (november, b)];
    let syn = synth_of(&both);
    assert_eq!(
        syn.debates.len(),
        statements,
        "every statement once, counted or not"
    );
    assert_eq!(syn.debates[0].by_session.len(), 2, "two sessions put it");
    for lang in Lang::ALL {
        let v = SynthView { syn: &syn, lang };
        let md = markdown::synthesis(&v);
        let txt = text::synthesis(&v);
        let html = tablee::report::html::synthesis(&v);
        let d = lang.debate();
        for doc in [&md, &txt] {
            assert!(doc.contains(d.title), "{lang:?}:\n{doc}");
            assert!(doc.contains(d.compared), "{doc}");
            assert!(doc.contains("1\\]") || doc.contains("[1]"), "{doc}");
            assert!(doc.matches("Bilan").count() >= 2, "{doc}");
            // Bars with the words and numbers beside them.
            assert!(doc.contains(&format!("++ {}", d.positions[0])), "{doc}");
            assert!(doc.contains("██"), "{doc}");
            assert!(doc.contains("60\u{a0}%"), "12 of 20: {doc}");
        }
        assert!(html.contains("class=\"stance\"") && html.contains("60&nbsp;%"));
        let moved = tablee::i18n::debate::moved(&[2, 0, -1, -1], lang);
        assert!(md.contains(&moved), "10 agreed, then 12: {md}");
        // The year: March's last count (after: 30/30/25/15 %) against
        // November's (before: 60/25/15/0 %), in points of the room.
        let shift = tablee::i18n::debate::shift("[1]", "[2]", &[30, -5, -10, -15], lang);
        assert!(md.contains(&markdown::escape(&shift)), "{md}");
        let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat(&txt).contains(&flat(&shift)), "{txt}");
        // Drawn: one bar per session, named and described.
        assert!(
            html.contains("aria-labelledby=\"debate-0-year-t debate-0-year-d\""),
            "{html}"
        );
        assert!(html.contains(d.trend_desc.split(' ').next().unwrap()));
    }
    // The workbook has a sheet of counts, read back by a real xlsx reader.
    use calamine::{Reader, Xlsx};
    let bytes = tablee::report::xlsx::synthesis(&SynthView {
        syn: &syn,
        lang: Lang::Fr,
    })
    .unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Débat mouvant").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        rows.len(),
        4,
        "a header, two counts of March, one of November: {rows:?}"
    );
    assert_eq!(rows[0][3], "D'accord");
    assert_eq!(rows[3][3..8], ["12", "5", "3", "0", "20"]);
}

#[test]
fn statements_are_checked_with_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(CENR).unwrap().replace(
        "\"La composition du CENR reflète bien la diversité des usagers du numérique.\",",
        "\"\",\n        \"Le rythme d’une rencontre par mois environ était adapté\",",
    );
    let path = tmp.path().join("s.ron");
    std::fs::write(&path, &text).unwrap();
    let o = common::tablee(tmp.path(), &["--lang", "fr", "check", "s.ron"]);
    let err = String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success(), "{err}");
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let empty = line_of("        \"\",");
    let twice = line_of("Le rythme d’une");
    assert!(
        err.contains(&format!("s.ron:{empty}:9: cette affirmation est vide")),
        "{err}"
    );
    assert!(
        err.contains(&format!("s.ron:{twice}:9")) && err.contains("figure deux fois"),
        "{err}"
    );
    // A Debate phase and no statements: a warning that says what to add.
    let none = std::fs::read_to_string(CENR).unwrap();
    let start = none.find("    statements: [").unwrap();
    let end = none[start..].find("],\n").unwrap() + start + 3;
    std::fs::write(&path, format!("{}{}", &none[..start], &none[end..])).unwrap();
    let o = common::tablee(tmp.path(), &["check", "s.ron"]);
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(o.status.success());
    assert!(out.contains("a Debate phase but no statements"), "{out}");
    // Old sessions without statements still load.
    let old = parse(&none.replace(&none[start..end], ""));
    assert!(old.statements.is_empty());
    let _ = update;
}

/// Statements prepared on the command line: written into the plan with a
/// debate in the agenda, and the synthesis lists every one in the order of
/// the morning, « pas encore compté » until the room is counted.
#[test]
fn statements_from_tablee_new_print_in_agenda_order_counted_or_not() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| common::tablee(tmp.path(), args);
    let o = run(&[
        "new",
        "Conseil",
        "--dir",
        "sessions",
        "--date",
        "2026-03-14",
        "--lang",
        "fr",
        "--statement",
        "Le rythme mensuel est adapté",
        "--statement",
        "Les élus viennent assez souvent",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ron = std::fs::read_to_string(tmp.path().join("sessions/2026-03-14-conseil/session.ron"))
        .unwrap();
    assert!(ron.contains("Le rythme mensuel est adapté"), "{ron}");
    assert!(ron.contains("kind: Debate"), "{ron}");
    assert!(
        ron.contains("Individual"),
        "the comment names every kind: {ron}"
    );
    let o = run(&["synth", "sessions/2026-03-14-conseil", "--lang", "fr"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = String::from_utf8(o.stdout).unwrap();
    let debate = md.find("## Débat mouvant").expect(&md);
    let first = md.find("Le rythme mensuel est adapté").unwrap();
    let second = md.find("Les élus viennent assez souvent").unwrap();
    assert!(debate < first && first < second, "{md}");
    assert_eq!(md.matches("*pas encore compté*").count(), 2, "{md}");
    // The debate opens the morning: printed before the topics.
    let topic = md.find("## T1 — ").unwrap();
    assert!(debate < topic, "{md}");
}

#[test]
fn one_person_is_singular() {
    assert_eq!(tablee::i18n::debate::people(1, Lang::Fr), "1 personne");
    assert_eq!(tablee::i18n::debate::people(2, Lang::Fr), "2 personnes");
    assert_eq!(tablee::i18n::debate::people(1, Lang::En), "1 person");
    assert_eq!(tablee::i18n::debate::people(0, Lang::En), "0 people");
}
