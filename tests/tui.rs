//! The facilitator screen without a terminal: the real loop with a fake
//! clock (each action the key a facilitator presses, the store in memory),
//! snapshots on a TestBackend, and every size from 1×1 to 300×100.

mod common;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tablee::core::clock::Clock;
use tablee::core::event::Event;
use tablee::i18n::Lang;
use tablee::store::session_file::SessionFile;
use tablee::tui::app::{App, Mode, Msg, Overlay, Shown};
use tablee::tui::editor::EditKey;
use tablee::tui::harness::Harness;
use tablee::tui::view;

const ROUBAIX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/roubaix-2024-world-cafe.ron"
);

fn t(s: i64) -> Timestamp {
    // 2024-10-11 09:00:00 UTC, the Roubaix morning.
    Timestamp::from_second(1_728_637_200 + s).unwrap()
}

/// The real loop on a facilitator's laptop; it reads as the app it runs.
struct F {
    h: Harness,
}

impl F {
    fn new(app: App) -> F {
        F {
            h: Harness::new(app, 120, 40),
        }
    }
}

impl Clone for F {
    /// Another laptop in the same state (a loop of its own).
    fn clone(&self) -> F {
        let mut f = F::new(self.h.app().clone());
        f.h.set_now(self.h.app().room.display.now);
        f
    }
}

impl std::ops::Deref for F {
    type Target = App;
    fn deref(&self) -> &App {
        self.h.app()
    }
}

impl std::ops::DerefMut for F {
    fn deref_mut(&mut self) -> &mut App {
        &mut self.h.rt.app
    }
}

/// What the loop did about one action.
struct Fx {
    bell: bool,
    quit: bool,
    /// The events written.
    append: Vec<Event>,
}

/// The facilitator does what `msg` says (the key the screen binds to it;
/// the clock's tick as the loop sends it) at `now`.
fn update(f: &mut F, msg: Msg, now: Timestamp) -> Fx {
    f.h.settle();
    let (rung, written) = (f.h.rung(), f.h.store.events().len());
    f.h.set_now(now);
    f.h.act(msg);
    f.h.settle();
    Fx {
        bell: f.h.rung() > rung,
        quit: f.h.quit,
        append: f.h.store.events().split_off(written),
    }
}

fn app(lang: Lang) -> F {
    let file = SessionFile::read(std::path::Path::new(ROUBAIX)).unwrap();
    let n = file.session.agenda.len();
    let mut a = App::new(file.session, Clock::new(n), lang, t(0));
    a.room.display.tz = jiff::tz::TimeZone::UTC;
    F::new(a)
}

/// The app during round 1 (phase 3), 5 minutes in: 15:00 left.
fn in_round_one(lang: Lang) -> F {
    let mut a = app(lang);
    update(&mut a, Msg::Toggle, t(0));
    update(&mut a, Msg::Next, t(300));
    update(&mut a, Msg::Next, t(1200));
    update(&mut a, Msg::Tick, t(1500));
    a
}

fn render(a: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view(a, f)).unwrap();
    term.backend().to_string()
}

#[test]
fn space_starts_pauses_resumes_and_writes_a_clock_event() {
    let mut a = app(Lang::En);
    assert_eq!(a.room.remaining(), 300);
    let fx = update(&mut a, Msg::Toggle, t(0));
    // The clock is shared like post-its: one event, for every screen.
    assert_eq!(fx.append.len(), 1);
    assert_eq!(
        fx.append[0].body,
        tablee::core::event::Body::Clock {
            phase: 0,
            op: tablee::core::clock::ClockOp::Start,
            epoch: Some(0),
            running: None,
        }
    );
    assert!(!fx.quit && !fx.bell);
    update(&mut a, Msg::Tick, t(60));
    assert_eq!(a.room.remaining(), 240);
    update(&mut a, Msg::Toggle, t(60));
    update(&mut a, Msg::Tick, t(600));
    assert_eq!(a.room.remaining(), 240, "paused");
    update(&mut a, Msg::Minutes(1), t(600));
    assert_eq!(a.room.remaining(), 300);
    // Two minutes off: `-` twice.
    update(&mut a, Msg::Minutes(-1), t(600));
    update(&mut a, Msg::Minutes(-1), t(600));
    assert_eq!(a.room.remaining(), 180);
}

#[test]
fn warnings_ring_once_then_time_up_flashes_and_mute_silences() {
    let mut a = app(Lang::En);
    update(&mut a, Msg::Toggle, t(0));
    assert!(update(&mut a, Msg::Tick, t(180)).bell, "2 minutes left");
    assert!(!update(&mut a, Msg::Tick, t(181)).bell, "once");
    update(&mut a, Msg::Mute, t(200));
    let fx = update(&mut a, Msg::Tick, t(270));
    assert!(!fx.bell, "30 s warning, muted");
    update(&mut a, Msg::Mute, t(280));
    let fx = update(&mut a, Msg::Tick, t(300));
    assert!(fx.bell);
    assert!(a.room.flashing());
    update(&mut a, Msg::Tick, t(330));
    assert!(!a.room.flashing());
    assert_eq!(a.room.remaining(), -30, "overtime counts on");
}

#[test]
fn next_back_and_rounds() {
    let mut a = in_round_one(Lang::En);
    assert_eq!(a.room.clock.phase, 2);
    assert_eq!(a.room.current_round(), Some(1));
    assert_eq!(a.room.clock.actual[0], Some(300));
    assert_eq!(a.room.clock.actual[1], Some(900));
    assert_eq!(a.room.remaining(), 900);
    update(&mut a, Msg::Back, t(1500));
    assert_eq!(a.room.clock.phase, 1);
    assert_eq!(
        a.room.focus_round(),
        Some(1),
        "the room looks at the round to come"
    );
    update(&mut a, Msg::Next, t(1500));
    update(&mut a, Msg::Next, t(1500));
    update(&mut a, Msg::Next, t(1500));
    assert_eq!(a.room.clock.phase, 4);
    update(&mut a, Msg::Next, t(1500));
    assert_eq!(a.room.clock.phase, 4, "no phase after the last");
    assert!(a.notice.is_some());
}

#[test]
fn quit_asks_during_a_round_and_escape_goes_back() {
    let mut a = in_round_one(Lang::En);
    let fx = update(&mut a, Msg::Quit, t(1500));
    assert!(!fx.quit);
    assert!(matches!(a.overlay, Some(Overlay::Confirm(_))));
    update(&mut a, Msg::Confirm(false), t(1501));
    assert_eq!(a.overlay, None);
    update(&mut a, Msg::Quit, t(1502));
    let fx = update(&mut a, Msg::Confirm(true), t(1503));
    assert!(fx.quit);
    // Ctrl-Q (like q) asks during a round; pressed again, it answers yes.
    let mut a = in_round_one(Lang::En);
    let ctrl_q = ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char('q'),
        ratatui::crossterm::event::KeyModifiers::CONTROL,
    );
    assert_eq!(a.key(ctrl_q), Some(Msg::Quit));
    assert!(!update(&mut a, Msg::Quit, t(1500)).quit);
    assert_eq!(a.key(ctrl_q), Some(Msg::Quit));
    assert!(update(&mut a, Msg::Quit, t(1500)).quit);
    // Outside a running round, q quits directly.
    let mut a = app(Lang::En);
    assert!(update(&mut a, Msg::Quit, t(0)).quit);
    // Esc closes help, then leaves the projector.
    let mut a = app(Lang::En);
    update(&mut a, Msg::Projector, t(0));
    update(&mut a, Msg::Help, t(0));
    update(&mut a, Msg::Escape, t(0));
    assert_eq!((a.mode(), &a.overlay), (Mode::Projector, &None));
    update(&mut a, Msg::Escape, t(0));
    assert_eq!(a.mode(), Mode::Facilitator);
}

#[test]
fn snapshots_facilitator_and_projector() {
    for lang in Lang::ALL {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut a = in_round_one(lang);
            insta::assert_snapshot!(
                format!("facilitator_{}_{w}x{h}", lang.code()),
                render(&a, w, h)
            );
            update(&mut a, Msg::Projector, t(1500));
            insta::assert_snapshot!(
                format!("projector_{}_{w}x{h}", lang.code()),
                render(&a, w, h)
            );
        }
    }
}

#[test]
fn snapshots_overtime_help_and_no_color() {
    let mut a = in_round_one(Lang::En);
    a.room.display.colors = false;
    update(&mut a, Msg::Tick, t(1200 + 1200 + 75));
    insta::assert_snapshot!("overtime_en_80x24", render(&a, 80, 24));
    update(&mut a, Msg::Help, t(2480));
    insta::assert_snapshot!("help_en_80x24", render(&a, 80, 24));
    let mut a = app(Lang::Fr);
    update(&mut a, Msg::Help, t(0));
    insta::assert_snapshot!("help_fr_80x24", render(&a, 80, 24));
}

#[test]
fn status_is_never_colour_alone() {
    let mut a = in_round_one(Lang::En);
    a.room.display.colors = false;
    assert!(render(&a, 80, 24).contains("▶ RUNNING"));
    update(&mut a, Msg::Tick, t(1200 + 1200 - 60));
    assert!(render(&a, 80, 24).contains("⚠ ENDING SOON"));
    update(&mut a, Msg::Toggle, t(2400 - 50));
    assert!(render(&a, 80, 24).contains("⏸ PAUSED"));
}

#[test]
fn every_size_renders_without_panic() {
    let clock = in_round_one(Lang::Fr);
    let mut projector = clock.clone();
    update(&mut projector, Msg::Projector, t(1500));
    let with_help = |a: &F| {
        let mut a = a.clone();
        update(&mut a, Msg::Help, t(1500));
        a
    };
    let screens = [
        clock.clone(),
        projector.clone(),
        with_help(&clock),
        with_help(&projector),
    ];
    for (i, w) in (1..=300u16)
        .step_by(7)
        .chain([20, 21, 299, 300])
        .enumerate()
    {
        for h in (1..=100u16).step_by(3).chain([5, 6, 7, 100]) {
            let a = &screens[(i + h as usize) % 2 + if h.is_multiple_of(5) { 2 } else { 0 }];
            let out = render(a, w, h);
            if w < 20 || h < 6 {
                assert!(out.contains("Agrandi") || w < 8, "{w}x{h}: {out}");
            }
        }
    }
}

#[test]
fn hostile_titles_never_reach_the_terminal() {
    let mut a = in_round_one(Lang::En);
    a.room.session.title = "Evil\u{1b}[2J\u{7}\u{202e}title".into();
    a.room.session.tables[0].host = "Alice\u{1b}]0;pwned\u{7}".into();
    let out = render(&a, 120, 40);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{202e}'));
    assert!(out.contains("Evil[2Jtitle"));
}

#[test]
fn cached_frames_are_identical_to_full_renders() {
    // A minute and more of a running round, with a key press, a pause and a
    // phase change: the cached static layer must never show stale content.
    let mut a = in_round_one(Lang::Fr);
    let mut renderer = tablee::tui::Renderer::default();
    let mut cached = Terminal::new(TestBackend::new(100, 30)).unwrap();
    for s in 0..130 {
        let now = t(1500 + s);
        match s {
            40 => {
                update(&mut a, Msg::Toggle, now);
            }
            70 => {
                update(&mut a, Msg::Toggle, now);
            }
            90 => {
                update(&mut a, Msg::Next, now);
            }
            100 => {
                update(&mut a, Msg::Projector, now);
            }
            _ => {
                update(&mut a, Msg::Tick, now);
            }
        }
        cached.draw(|f| renderer.draw(&a, f)).unwrap();
        assert_eq!(
            cached.backend().to_string(),
            render(&a, 100, 30),
            "second {s}"
        );
    }
}

/// The classic café (30 people, 5 tables, 4 rounds), seated by `tablee mix`.
fn classic(lang: Lang) -> F {
    let session = common::classic_mixed();
    let n = session.agenda.len();
    let mut a = App::new(session, Clock::new(n), lang, t(0));
    a.room.display.tz = jiff::tz::TimeZone::UTC;
    F::new(a)
}

#[test]
fn individual_seating_is_paged_and_searchable() {
    let mut a = classic(Lang::En);
    let screen = render(&a, 80, 24);
    assert!(screen.contains("Round 1 → page 1/"), "{screen}");
    assert!(screen.contains("A 6 · B 6 · C 6"), "{screen}");
    // Sorted by name, accents aside: Amadou before Ana before Baptiste.
    let (amadou, ana) = (
        screen.find("Amadou Sow →").unwrap(),
        screen.find("Ana Lopes →").unwrap(),
    );
    assert!(amadou < ana);
    update(&mut a, Msg::Page(1), t(1));
    let page2 = render(&a, 80, 24);
    assert!(page2.contains("page 2/"), "{page2}");
    assert!(!page2.contains("Amadou Sow →"));

    // `/` then typing: only matching names, accents and case aside.
    for msg in [
        Msg::FindStart,
        Msg::Key(EditKey::Char('l')),
        Msg::Key(EditKey::Char('E')),
        Msg::Key(EditKey::Char('a')),
    ] {
        update(&mut a, msg, t(2));
    }
    let found = render(&a, 80, 24);
    assert!(found.contains("Find: lEa▏"), "{found}");
    assert!(found.contains("Léa Girard →"), "{found}");
    assert!(!found.contains("Ana Lopes →"));
    // Plain letters typed into the search never act as commands.
    assert!(!a.room.clock.is_running());
    update(&mut a, Msg::FindDone, t(3));
    update(&mut a, Msg::Escape, t(4));
    let Shown::Facilitator(f) = a.top() else {
        panic!("the facilitator's screen")
    };
    assert!(f.seating.find.is_empty() && !f.seating.finding);
    assert!(render(&a, 80, 24).contains("Amadou Sow →"));

    // Once round 1 runs, the board looks ahead to round 2.
    update(&mut a, Msg::Next, t(5));
    update(&mut a, Msg::Toggle, t(6));
    assert!(render(&a, 120, 40).contains("Round 2 →"));
}

#[test]
fn keys_type_into_the_search() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut a = classic(Lang::Fr);
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    let message = |a: &App, k| a.key(k);
    assert_eq!(message(&a, key(KeyCode::Char('/'))), Some(Msg::FindStart));
    update(&mut a, Msg::FindStart, t(0));
    assert_eq!(
        message(&a, key(KeyCode::Char('q'))),
        Some(Msg::Key(EditKey::Char('q')))
    );
    assert_eq!(
        message(&a, key(KeyCode::Char(' '))),
        Some(Msg::Key(EditKey::Char(' ')))
    );
    assert_eq!(message(&a, key(KeyCode::Backspace)), Some(Msg::FindBack));
    assert_eq!(message(&a, key(KeyCode::Esc)), Some(Msg::Escape));
    update(&mut a, Msg::FindDone, t(1));
    assert_eq!(message(&a, key(KeyCode::Tab)), Some(Msg::Page(1)));
}

/// The classic café with a second table for each of its five topics (ten
/// tables), mixed for its people less `fewer`.
fn ten_tables(fewer: usize) -> F {
    use tablee::core::mix::{seating, solve};
    let mut session = common::classic_mixed();
    let more: Vec<_> = session
        .tables
        .iter()
        .zip(["F", "G", "H", "I", "J"])
        .map(|(table, key)| {
            let mut twin = table.clone();
            twin.key = key.into();
            twin.host.clear();
            twin
        })
        .collect();
    session.tables.extend(more);
    let keep = session.participants.len() - fewer;
    session.participants.truncate(keep);
    let pb = seating::problem(&session, session.round_phases());
    let plan = solve(&pb, 1, &mut |it| it >= 2_000).unwrap();
    session.rotation = seating::rotation(&session, &plan);
    let n = session.agenda.len();
    let mut a = App::new(session, Clock::new(n), Lang::En, t(0));
    a.room.display.tz = jiff::tz::TimeZone::UTC;
    F::new(a)
}

#[test]
fn the_round_counts_fit_the_panel_whole() {
    // Ten tables of 3 at 80×24: "Round 1: A 3 · B 3 … J 3" is wider than
    // the panel, and every table has 3: one number says it.
    let screen = render(&ten_tables(0), 80, 24);
    assert!(screen.contains("Round 1: 3 p. at every table"), "{screen}");
    // One person fewer: uneven tables, the counts go on as many lines as
    // they need and none is cut.
    let screen = render(&ten_tables(1), 80, 24);
    let counts: String = screen
        .lines()
        .skip_while(|l| !l.contains("Round 1: A "))
        .take_while(|l| !l.contains("Round 1 →"))
        .collect();
    for key in ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"] {
        let found = counts.contains(&format!("{key} 3")) || counts.contains(&format!("{key} 2"));
        assert!(found, "table {key} missing:\n{screen}");
    }
    assert!(counts.contains(" 2"), "one table has 2:\n{screen}");
    assert!(!screen.contains("every table"), "{screen}");
    // The keys' reminder: its parts that fit, whole (finding a name first).
    assert!(screen.contains("· /: find a name"), "{screen}");
    assert_eq!(
        screen.matches("Tab").count(),
        screen.matches("Tab: page").count()
    );
}

#[test]
fn snapshot_individual_seating_fr() {
    let a = classic(Lang::Fr);
    insta::assert_snapshot!(render(&a, 80, 24));
}

/// The session file changed on disk (a set-up screen on another laptop,
/// an edit by hand): the running screen takes the new plan and says so; a
/// file with an error keeps the plan on screen and says why.
#[test]
fn a_running_screen_takes_the_session_file_as_it_changes_on_disk() {
    let mut a = app(Lang::Fr);
    let mut s = a.room.session.clone();
    s.topics[0].title = "Un titre corrigé".into();
    s.agenda[0].minutes += 5;
    update(&mut a, Msg::SessionChanged(Box::new(s.clone())), t(1));
    assert_eq!(a.room.session, s);
    assert_eq!(a.room.planned(), s.agenda[a.room.clock.phase].minutes);
    assert!(
        a.notice
            .as_deref()
            .unwrap_or("")
            .contains("session.ron a changé"),
        "{:?}",
        a.notice
    );
    update(
        &mut a,
        Msg::SessionUnreadable("session.ron:3:1: expected ')'".into()),
        t(2),
    );
    assert_eq!(a.room.session, s, "the plan on screen is kept");
    assert!(
        a.room
            .display
            .banner
            .as_deref()
            .unwrap_or("")
            .contains("erreur")
    );
    let screen = render(&a, 100, 30);
    assert!(screen.contains("session.ron:3:1"), "{screen}");
    // Fixed: read again, the banner goes.
    s.topics[0].title = "Encore corrigé".into();
    update(&mut a, Msg::SessionChanged(Box::new(s.clone())), t(3));
    assert_eq!(a.room.display.banner, None);
}

/// Help and quit are never cut from a footer, whatever else it holds: a
/// long notice and a banner give way, at 80 and 100 columns, on every
/// screen of the facilitator's laptop.
#[test]
fn help_and_quit_stay_in_the_footer_beside_a_long_notice_and_a_banner() {
    for lang in Lang::ALL {
        for width in [60, 80, 100] {
            for keys in ["", "d", "k", "l"] {
                let mut a = app(lang);
                for c in keys.chars() {
                    let msg = match c {
                        'd' => Msg::OpenDebate,
                        'k' => Msg::OpenKeyFactors,
                        _ => Msg::OpenPlenary,
                    };
                    update(&mut a, msg, t(1));
                }
                a.room.display.banner = Some("NON ENREGISTRÉ : le disque est plein, libérez de la place et tout sera réécrit".repeat(2));
                a.notice = Some(
                    "Un très long message qui dit beaucoup de choses à la salle entière ".repeat(3),
                );
                let screen = render(&a, width, 24);
                let footer = screen.lines().last().unwrap();
                let (help, quit) = match lang {
                    Lang::Fr => ("F1 aide", "Ctrl-Q quitter"),
                    Lang::En => ("F1 help", "Ctrl-Q quit"),
                };
                assert!(
                    footer.contains(help) && footer.contains(quit),
                    "{lang:?} {width} {keys}: {footer}"
                );
            }
        }
    }
}

/// The projector speaks to the room: the phase's instruction when the
/// session gives one; in a round without one, each topic's question and
/// what the SWOT quadrants are for.
#[test]
fn the_projector_shows_what_to_do_now() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cenr-2025-bilan.ron");
    let (ws, _) = tablee::store::workspace::Workspace::open(&path).unwrap();
    let clock = Clock::new(ws.file.session.agenda.len());
    let mut a = F::new(App::new(ws.file.session.clone(), clock, Lang::Fr, t(0)));
    update(&mut a, Msg::Projector, t(0));
    assert_eq!(a.mode(), Mode::Projector);
    let screen = render(&a, 100, 30);
    assert!(
        screen.contains("Chaque affirmation est lue à voix haute"),
        "{screen}"
    );

    // A round with no instruction: the questions, and the quadrants.
    let mut a = in_round_one(Lang::Fr);
    update(&mut a, Msg::Projector, t(1500));
    let screen = render(&a, 120, 40);
    let questions: Vec<String> = a
        .room
        .session
        .topics
        .iter()
        .filter(|t| !t.question.is_empty())
        .map(|t| t.question.chars().take(30).collect())
        .collect();
    assert!(!questions.is_empty());
    for q in &questions {
        assert!(screen.contains(q.as_str()), "{q}\n{screen}");
    }
    assert!(
        screen.contains("Atouts — à valoriser ou exploiter"),
        "{screen}"
    );
}

/// « 5 à 10 min »: past the planned length the clock shows the margin
/// left before overtime, then overtime counted from the range's end.
#[test]
fn a_phase_range_shows_its_margin_then_overtime() {
    let file = SessionFile::read(std::path::Path::new(ROUBAIX)).unwrap();
    let mut session = file.session;
    session.agenda[0].minutes = 5;
    session.agenda[0].up_to = Some(10);
    let n = session.agenda.len();
    let mut a = F::new(App::new(session, Clock::new(n), Lang::Fr, t(0)));
    update(&mut a, Msg::Toggle, t(0));
    update(&mut a, Msg::Tick, t(240));
    let screen = render(&a, 80, 24).replace('\u{a0}', " ");
    assert!(!screen.contains("MARGE"), "{screen}");
    update(&mut a, Msg::Tick, t(420));
    let screen = render(&a, 80, 24).replace('\u{a0}', " ");
    assert!(
        screen.contains("MARGE AVANT DÉPASSEMENT · 3:00"),
        "{screen}"
    );
    update(&mut a, Msg::Tick, t(660));
    let screen = render(&a, 80, 24).replace('\u{a0}', " ");
    assert!(screen.contains("DÉPASSEMENT +1:00"), "{screen}");
    assert!(!screen.contains("MARGE"), "{screen}");
}
