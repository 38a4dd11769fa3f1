//! The follow-up screen through the real loop (TestBackend, in-memory
//! store, keys as a terminal sends them): a status set by keyboard lands in
//! the journal and in the report; fields typed, a bad due date refused and
//! kept to fix, a progress note, search and status filter; reached from the
//! plenary; snapshots at 80×24 and 120×40 in French and English.

mod common;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tablee::core::event::Body;
use tablee::core::proposal::{self, Filter, Progress, Status};
use tablee::i18n::Lang;
use tablee::report::followup;
use tablee::store::workspace::Workspace;
use tablee::tui::app::{App, Mode, Msg};
use tablee::tui::harness::Harness;
use tablee::tui::view;

const CENR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/cenr-2025-propositions.ron"
);

fn t(s: i64) -> Timestamp {
    Timestamp::from_second(1_764_500_000 + s).unwrap()
}

/// The CENR's year on the follow-up screen.
fn app(lang: Lang) -> App {
    let (ws, _) = Workspace::open(std::path::Path::new(CENR)).unwrap();
    let clock = tablee::core::clock::Clock::new(ws.file.session.agenda.len());
    let mut a =
        App::new(ws.file.session.clone(), clock, lang, t(0)).with_events(ws.loaded.events.clone());
    a.room.display.tz = jiff::tz::TimeZone::UTC;
    a.follow_up_only()
}

fn render(a: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view(a, f)).unwrap();
    term.backend().to_string()
}

/// The answers written by the screen.
fn answers(h: &Harness) -> Vec<(uuid::Uuid, proposal::Response)> {
    h.store
        .events()
        .into_iter()
        .filter_map(|e| match e.body {
            Body::Respond { proposal, response } => Some((proposal, response)),
            _ => None,
        })
        .collect()
}

fn selected(h: &Harness) -> uuid::Uuid {
    match h.app().top() {
        tablee::tui::nav::Shown::FollowUp(s) => s.selected.expect("a proposal selected"),
        _ => panic!("not the follow-up"),
    }
}

#[test]
fn a_status_set_by_keyboard_is_written_and_printed() {
    let mut h = Harness::new(app(Lang::Fr), 80, 24);
    assert_eq!(h.app().mode(), Mode::FollowUp);
    // The third proposal of the first theme: « Mobilisation citoyenne », to clarify.
    h.keys("<Down><Down>");
    let id = selected(&h);
    h.keys("6");
    h.settle();
    let written = answers(&h);
    assert_eq!(written.len(), 1);
    assert_eq!(written[0].0, id);
    assert_eq!(written[0].1.status, Some(Status::Refused));
    assert!(h.screen().contains("Non retenue"), "{}", h.screen());
    // The same status again changes nothing and writes nothing.
    h.keys("6");
    h.settle();
    assert_eq!(answers(&h).len(), 1);
    assert!(h.screen().contains("inchangé"));

    // The report made from this laptop's board says it.
    let app = h.app();
    let inputs = [followup::Input {
        session: &app.room.session,
        proposals: tablee::core::followup::of_session(&app.room.session, &app.room.notes.board, 0),
    }];
    let view = followup::build(
        &inputs,
        &Filter::default(),
        Lang::Fr,
        &jiff::tz::TimeZone::UTC,
    );
    let md = followup::markdown::render(&view);
    let refused = md.split("### ✗ Non retenues").nth(1).unwrap();
    let refused = refused.split("###").next().unwrap();
    assert!(refused.contains("Mobilisation citoyenne"), "{md}");
}

#[test]
fn fields_are_typed_a_bad_due_date_is_kept_to_fix_and_progress_is_dated() {
    let mut h = Harness::new(app(Lang::Fr), 120, 40);
    let id = selected(&h);
    // The current value is in the box, ready to change.
    h.keys("d");
    assert!(h.screen().contains("│2026"), "{}", h.screen());
    h.keys("<C-u>15/03/2026<Enter>");
    let screen = h.screen();
    assert!(screen.contains("n'est pas une date"), "{screen}");
    assert!(
        screen.contains("15/03/2026"),
        "the text stays to be fixed: {screen}"
    );
    h.keys("<C-u>2026-03<Enter>");
    h.keys("o<C-u>DNSI et DRH<Enter>");
    h.keys("9Appel lancé le 2 mars<Enter>");
    h.keys("t<C-u>inclusion numerique<Enter>");
    h.settle();
    let written = answers(&h);
    assert_eq!(written.len(), 4, "{written:?}");
    assert!(written.iter().all(|(p, _)| *p == id));
    assert_eq!(
        written[0].1.due.map(|d| d.to_string()).as_deref(),
        Some("2026-03")
    );
    assert_eq!(written[1].1.owner.as_deref(), Some("DNSI et DRH"));
    let note = written[2].1.progress.as_ref().unwrap();
    assert_eq!(note.state, Progress::Done);
    assert_eq!(note.text, "Appel lancé le 2 mars");
    assert_eq!(note.on, t(0).to_zoned(jiff::tz::TimeZone::UTC).date());
    // A theme typed without accents takes the existing spelling.
    assert_eq!(written[3].1.theme.as_deref(), Some("Inclusion numérique"));
    let screen = h.screen();
    assert!(screen.contains("✔ Réalisée"), "{screen}");
    assert!(screen.contains("DNSI et DRH"), "{screen}");
}

#[test]
fn search_and_status_filter_narrow_the_list_and_esc_clears_them() {
    let mut h = Harness::new(app(Lang::En), 120, 40);
    h.keys("/formulaire");
    let screen = h.screen();
    assert!(screen.contains("Traduire les formulaires"), "{screen}");
    assert!(!screen.contains("Appel à projets"), "{screen}");
    h.keys("<Enter>");
    assert!(h.screen().contains("[search: formulaire]"));
    h.keys("<Esc>");
    assert!(h.screen().contains("Appel à projets"));
    // Tab: late and due soon first (none here: no commitment), then
    // accepted only, then with changes, then escalated.
    h.keys("<Tab>");
    assert!(h.screen().contains("0 proposal"), "{}", h.screen());
    h.keys("<Tab><Tab><Tab>");
    let screen = h.screen();
    assert!(screen.contains("[filter: ↗ Escalated]"), "{screen}");
    assert!(screen.contains("4 proposals"), "{screen}");
    assert!(!screen.contains("Appel à projets"));
    h.keys("<Esc>");
    assert!(h.screen().contains("21 proposals"));
}

#[test]
fn the_follow_up_opens_from_the_plenary_and_esc_goes_back() {
    let f = common::roubaix();
    let a = App::new(f.session, f.clock, Lang::Fr, t(0)).with_events(f.events);
    let mut h = Harness::new(a, 80, 24);
    h.act(Msg::OpenPlenary);
    h.keys("<F8>");
    assert_eq!(h.app().mode(), Mode::FollowUp);
    // The plenary's actions are the proposals.
    let shown = h.screen();
    let actions = h.app().room.notes.board.actions.len();
    assert!(actions > 0);
    assert!(
        shown.contains(&format!("{actions} propositions")),
        "{shown}"
    );
    h.keys("<Esc>");
    assert_eq!(h.app().mode(), Mode::Plenary);
}

#[test]
fn snapshots_of_the_follow_up_screen() {
    for lang in Lang::ALL {
        let mut h = Harness::new(app(lang), 120, 40);
        h.keys("<Down>");
        let a = h.app().clone();
        for (w, h) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(
                format!("followup_{}_{w}x{h}", lang.code()),
                render(&a, w, h)
            );
        }
    }
}

#[test]
fn no_size_panics_and_an_empty_session_says_how_proposals_come() {
    let a = app(Lang::Fr);
    for w in (1..=130).step_by(3) {
        for h in (1..=45).step_by(2) {
            render(&a, w, h);
        }
    }
    let f = common::roubaix();
    let empty = App::new(f.session, f.clock, Lang::Fr, t(0)).follow_up_only();
    let screen = render(&empty, 80, 24);
    assert!(screen.contains("Aucune proposition"), "{screen}");
    let mut h = Harness::new(empty, 80, 24);
    h.keys("6r");
    assert!(h.store.events().is_empty());
}

#[test]
fn several_sessions_are_followed_one_after_another() {
    let mut a = app(Lang::En);
    a.room.year = vec!["CENR 2025".into(), "Roubaix".into(), "Bilan".into()];
    a.room.year_at = 0;
    let mut h = Harness::new(a, 80, 24);
    assert!(h.screen().contains("Session 1/3"), "{}", h.screen());
    // A field being typed stays until it is saved or cancelled.
    h.keys("r");
    h.keys("<Esc>>");
    assert!(h.quit);
    assert_eq!(h.app().switch_to, Some(1));
    // Backwards from the first goes round to the last.
    let mut a = app(Lang::En);
    a.room.year = vec!["a".into(), "b".into(), "c".into()];
    let mut h = Harness::new(a, 80, 24);
    h.keys("<lt>");
    assert_eq!(h.app().switch_to, Some(2));
    // A single session: the keys do nothing.
    let mut h = Harness::new(app(Lang::En), 80, 24);
    h.keys(">");
    assert!(!h.quit);
    assert_eq!(h.app().switch_to, None);
}

#[test]
fn long_details_scroll_at_80_columns() {
    let mut h = Harness::new(app(Lang::Fr), 80, 24);
    // « Gouvernance et coordination transversale »: a long response.
    h.keys("<Down>");
    let screen = h.screen();
    assert!(screen.contains("↓ … (Alt-↓)"), "{screen}");
    assert!(!screen.contains("2025-11-15\u{a0}: ✓ Acceptée"), "{screen}");
    h.keys("<A-Down><A-Down><A-Down><A-Down>");
    let screen = h.screen();
    assert!(screen.contains("↑ …"), "{screen}");
    assert!(
        screen.contains("2025-11-15\u{a0}: ✓ Acceptée"),
        "the history, at the end: {screen}"
    );
    // Another proposal starts at its top.
    h.keys("<Down>");
    assert!(!h.screen().contains("↑ …"));
}

/// `i` corrects a proposal's title on screen: the box holds the title as it
/// is, the new one shows at once, the history keeps the one before, and an
/// empty title changes nothing.
#[test]
fn a_title_is_corrected_on_screen_and_the_history_keeps_the_old_one() {
    let mut h = Harness::new(app(Lang::Fr), 120, 40);
    let id = selected(&h);
    let before =
        tablee::core::followup::of_session(&h.app().room.session, &h.app().room.notes.board, 0)
            .into_iter()
            .find(|p| p.id == id)
            .unwrap()
            .text;
    h.keys("i");
    assert!(h.screen().contains("Intitulé"), "{}", h.screen());
    h.keys("<C-u><Enter>");
    h.settle();
    assert!(answers(&h).is_empty(), "an empty title changes nothing");
    h.keys("i<C-u>Un titre corrigé<Enter>");
    h.settle();
    let written = answers(&h);
    assert_eq!(written.len(), 1);
    assert_eq!(written[0].1.title.as_deref(), Some("Un titre corrigé"));
    assert!(h.screen().contains("Un titre corrigé"), "{}", h.screen());
    let p = tablee::core::followup::of_session(&h.app().room.session, &h.app().room.notes.board, 0)
        .into_iter()
        .find(|p| p.id == id)
        .unwrap();
    assert_eq!(p.text, "Un titre corrigé");
    assert_eq!(
        p.history.last().unwrap().title_before.as_deref(),
        Some(before.as_str())
    );
}

/// A council that answers within two weeks: on 30 November the proposal
/// written on the 15th and still unanswered is late. The header says how
/// many are late on every filter, the row is marked, the details say by
/// how much, and the first filter after « all » keeps only what is late
/// or due soon.
#[test]
fn late_answers_are_marked_and_filtered_first() {
    let mut a = app(Lang::Fr);
    a.room.session.answer_within = Some(tablee::core::deadline::Delay::Weeks(2));
    let mut h = Harness::new(a.follow_up_only(), 100, 30);
    let screen = h.screen().replace('\u{a0}', " ");
    assert!(screen.contains("⚠ 1 en retard"), "{screen}");
    h.keys("<Tab>");
    let screen = h.screen().replace('\u{a0}', " ");
    let row = screen
        .lines()
        .find(|l| l.contains("b945b9"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(row.contains("⚠"), "{row}");
    assert!(screen.contains("En premier"), "{screen}");
    let shown = match h.app().top() {
        tablee::tui::nav::Shown::FollowUp(s) => s.shown(),
        _ => panic!("not the follow-up"),
    };
    assert_eq!(shown.len(), 1, "{screen}");
    assert!(
        screen.contains("sans réponse : à rendre le 2025-11-29 au plus tard, 1 jour de retard"),
        "{screen}"
    );
}
