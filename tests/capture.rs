//! The note-taker's screens without a terminal: every capture action is the
//! key a note-taker presses (found in the screen's key table), through the
//! real loop (`tui::harness`) and its store in memory, which writes each
//! event (or fails to, like a full disk) and reports back.

mod common;

use jiff::Timestamp;
use tablee::core::board::Note;
use tablee::core::clock::Clock;
use tablee::core::event::{Body, Event, MAX_NOTE_CHARS};
use tablee::core::model::{Column, Dots, VoteRules};
use tablee::core::replica::IdGen;
use tablee::i18n::Lang;
use tablee::tui::app::{Act, App, Mode, Msg, Nav, Overlay};
use tablee::tui::editor::EditKey;
use tablee::tui::harness::Harness;
use tablee::tui::runtime::Input;
use tablee::tui::screens::capture::{self, Focus, Mark, Setting};
use uuid::Uuid;

fn t(s: i64) -> Timestamp {
    Timestamp::from_second(1_728_637_200 + s).unwrap()
}

/// The real loop on a note-taker's screen, its store in memory.
struct H {
    h: Harness,
}

const ME: Uuid = Uuid::from_u128(0xAAAA);

impl H {
    fn new(lang: Lang, table: &str) -> H {
        let s = common::session();
        let n = s.agenda.len();
        let mut app = App::new(s, Clock::new(n), lang, t(0)).capture_only(table);
        app.room.laptop.ids = IdGen::Counter(0);
        app.room.laptop.stamper.device = ME;
        H {
            h: Harness::new(app, 120, 40),
        }
    }

    /// What the note-taker does, a second later: the key that does it
    /// (what the disk or the clock says comes as it does in the loop).
    fn send(&mut self, msg: Msg) {
        self.h.advance(1);
        self.h.act(msg);
    }

    fn app(&self) -> &App {
        self.h.app()
    }

    fn app_mut(&mut self) -> &mut App {
        &mut self.h.rt.app
    }

    /// Every event the store wrote, once it answered.
    fn written(&mut self) -> Vec<Event> {
        self.h.settle();
        self.h.store.events()
    }

    /// The disk fills up (or has room again).
    fn disk_full(&mut self, full: bool) {
        *self.h.store.failing.lock().unwrap() = full.then_some(std::io::ErrorKind::StorageFull);
    }

    /// Whether the screen asked to quit.
    fn quit(&self) -> bool {
        self.h.quit
    }

    fn typ(&mut self, text: &str) {
        for c in text.chars() {
            self.h.advance(1);
            self.h.type_text(&c.to_string());
        }
    }

    fn note(&mut self, text: &str) {
        self.typ(text);
        self.send(Msg::Submit);
    }

    fn cap(&self) -> &capture::State {
        self.app().capture().unwrap()
    }

    fn live(&self) -> Vec<&Note> {
        self.app().room.notes.board.live_notes()
    }

    fn texts(&self, q: Column) -> Vec<String> {
        capture::rows(&self.app().room, self.cap())[q.index()]
            .iter()
            .map(|r| r.note.text.clone())
            .collect()
    }

    fn selected_text(&self) -> String {
        let id = self.cap().selected.expect("a selection");
        self.app().room.notes.board.notes[&id].text.clone()
    }

    fn notice(&self) -> String {
        self.app().notice.clone().unwrap_or_default()
    }
}

#[test]
fn typing_then_enter_saves_into_the_chosen_quadrant_with_round_and_group() {
    let mut h = H::new(Lang::Fr, "A");
    // Any first letter types, capitals and accents included.
    h.note("Élus motivés");
    h.note("Un réseau d'acteurs");
    h.send(Msg::Cycle(1));
    h.note("dépendance aux subventions");
    h.send(Msg::Column(Column::T));
    h.note("fracture numérique 👵");
    assert_eq!(h.texts(Column::S), ["Élus motivés", "Un réseau d'acteurs"]);
    assert_eq!(h.texts(Column::W), ["dépendance aux subventions"]);
    assert_eq!(h.texts(Column::T), ["fracture numérique 👵"]);
    let n = h.live()[0];
    // The clock is before round 1: the plan seats group 1 at table A then.
    assert_eq!(
        (n.table.as_str(), n.round, n.group.as_deref()),
        ("A", Some(1), Some("1"))
    );
    assert!(h.cap().editor.text().is_empty(), "the input is cleared");
    assert_eq!(h.written().len(), 4);
    let fourth = h.written()[3].id;
    assert_eq!(h.app().room.notes.last_saved, Some(fourth));
    // Shift-Tab goes back round the quadrants.
    h.send(Msg::Cycle(-1));
    assert_eq!(h.cap().quadrant, Column::O);
}

#[test]
fn multi_line_post_its_and_refused_texts_keep_what_was_typed() {
    let mut h = H::new(Lang::En, "A");
    h.typ("first line\nsecond line");
    h.send(Msg::Submit);
    assert_eq!(h.live()[0].text, "first line\nsecond line");
    // Blank: refused, nothing written.
    h.typ("   ");
    h.send(Msg::Submit);
    assert!(h.notice().contains("empty"), "{}", h.notice());
    assert_eq!(h.written().len(), 1);
    // Too long: refused, and the text stays in the input to be split.
    let long = "x".repeat(MAX_NOTE_CHARS + 1);
    h.send(Msg::Paste(long.clone()));
    h.send(Msg::Submit);
    assert!(h.notice().contains("split"), "{}", h.notice());
    assert_eq!(h.cap().editor.text().trim(), long);
    assert_eq!(h.written().len(), 1);
}

#[test]
fn arrows_select_and_lowercase_keys_act_while_capitals_type() {
    let mut h = H::new(Lang::En, "A");
    h.note("one");
    h.note("two");
    h.send(Msg::Column(Column::W));
    h.note("weak");
    h.send(Msg::Column(Column::S));
    h.send(Msg::Nav(Nav::Up));
    assert_eq!(h.cap().focus, Focus::Board);
    assert_eq!(h.selected_text(), "two");
    h.send(Msg::Nav(Nav::Up));
    assert_eq!(h.selected_text(), "one");
    h.send(Msg::Nav(Nav::Right));
    assert_eq!(h.selected_text(), "weak");
    assert_eq!(h.cap().quadrant, Column::W);
    h.send(Msg::Nav(Nav::Left));
    assert_eq!(h.selected_text(), "one");
    // A character that is not a command leaves the board and types.
    h.send(Msg::Key(EditKey::Char('D')));
    assert_eq!(h.cap().focus, Focus::Typing);
    assert_eq!(h.cap().editor.text(), "D");
    // Below the last post-it: back to typing.
    h.send(Msg::Nav(Nav::Up));
    h.send(Msg::Nav(Nav::Down));
    h.send(Msg::Nav(Nav::Down));
    assert_eq!(h.cap().focus, Focus::Typing);
    // Esc from the board goes back to typing too.
    h.send(Msg::Nav(Nav::Up));
    h.send(Msg::Escape);
    assert_eq!(h.cap().focus, Focus::Typing);
}

#[test]
fn edit_keeps_the_draft_aside_and_undo_restores_the_old_text() {
    let mut h = H::new(Lang::En, "A");
    h.note("Elus formés");
    h.typ("half typed");
    h.send(Msg::Nav(Nav::Up));
    h.send(Msg::Act(Act::Edit));
    assert_eq!(h.cap().editor.text(), "Elus formés");
    h.send(Msg::Key(EditKey::WordBack));
    h.typ("peu formés");
    h.send(Msg::Submit);
    assert_eq!(h.live()[0].text, "Elus peu formés");
    assert_eq!(h.cap().editor.text(), "half typed", "the draft is back");
    h.send(Msg::Act(Act::Undo));
    assert_eq!(h.live()[0].text, "Elus formés");
    // Esc while editing cancels and brings the draft back, writing nothing.
    let before = h.written().len();
    h.send(Msg::Nav(Nav::Up));
    h.send(Msg::Submit);
    h.send(Msg::Escape);
    assert_eq!(h.cap().editor.text(), "half typed");
    assert_eq!(h.written().len(), before);
}

#[test]
fn delete_and_undo_several_levels() {
    let mut h = H::new(Lang::En, "A");
    for t in ["a1", "a2", "a3"] {
        h.note(t);
    }
    h.send(Msg::Nav(Nav::Up)); // a3
    h.send(Msg::Act(Act::Delete));
    assert_eq!(h.selected_text(), "a2", "the neighbour is selected");
    h.send(Msg::Act(Act::Delete));
    assert_eq!(h.texts(Column::S), ["a1"]);
    h.send(Msg::Act(Act::Undo));
    assert_eq!(h.texts(Column::S), ["a1", "a2"]);
    h.send(Msg::Act(Act::Undo));
    assert_eq!(h.texts(Column::S), ["a1", "a2", "a3"]);
    // Further back: the adds themselves.
    h.send(Msg::Act(Act::Undo));
    assert_eq!(h.texts(Column::S), ["a1", "a2"]);
    h.send(Msg::Act(Act::Undo));
    h.send(Msg::Act(Act::Undo));
    assert!(h.texts(Column::S).is_empty());
    h.send(Msg::Act(Act::Undo));
    assert_eq!(h.notice(), "Nothing to undo");
    // Nothing was rewritten: every step is an event of its own.
    assert_eq!(h.written().len(), 3 + 2 + 2 + 3);
}

#[test]
fn move_to_another_quadrant_and_back() {
    let mut h = H::new(Lang::Fr, "A");
    h.note("Budget limité");
    h.send(Msg::Nav(Nav::Up));
    h.send(Msg::Act(Act::Move));
    // Any other key while moving explains and cancels.
    h.send(Msg::Nav(Nav::Down));
    assert!(h.notice().contains("Déplacer"), "{}", h.notice());
    assert_eq!(h.live()[0].quadrant, Column::S);
    h.send(Msg::Act(Act::Move));
    h.send(Msg::Column(Column::W));
    assert_eq!(h.live()[0].quadrant, Column::W);
    assert_eq!(h.cap().quadrant, Column::W, "the board follows it");
    h.send(Msg::Act(Act::Undo));
    assert_eq!(h.live()[0].quadrant, Column::S);
}

#[test]
fn merge_into_a_cluster_split_it_and_undo() {
    let mut h = H::new(Lang::En, "A");
    for t in ["head", "same idea", "another"] {
        h.note(t);
    }
    let id = |h: &H, t: &str| h.live().iter().find(|n| n.text == t).unwrap().id;
    h.send(Msg::Nav(Nav::Up)); // another
    h.send(Msg::Nav(Nav::Up)); // same idea
    h.send(Msg::Act(Act::Merge));
    h.send(Msg::Nav(Nav::Up)); // head
    h.send(Msg::Act(Act::Merge));
    let head = id(&h, "head");
    assert_eq!(
        h.app().room.notes.board.notes[&id(&h, "same idea")].cluster,
        Some(head)
    );
    let rows = capture::rows(&h.app().room, h.cap());
    let s = &rows[0];
    assert_eq!((s[0].note.text.as_str(), s[0].members), ("head", 1));
    assert!(s[1].member && s[1].note.text == "same idea");
    // Merging a cluster's head into another post-it takes its members along.
    h.send(Msg::Act(Act::Merge));
    h.send(Msg::Nav(Nav::End));
    h.send(Msg::Submit);
    let another = id(&h, "another");
    assert_eq!(h.app().room.notes.board.notes[&head].cluster, Some(another));
    assert_eq!(
        h.app().room.notes.board.notes[&id(&h, "same idea")].cluster,
        Some(another)
    );
    // Undo puts both back under "head".
    h.send(Msg::Act(Act::Undo));
    assert_eq!(h.app().room.notes.board.notes[&head].cluster, None);
    assert_eq!(
        h.app().room.notes.board.notes[&id(&h, "same idea")].cluster,
        Some(head)
    );
    // Split on the head dissolves the cluster; undo regroups it.
    h.send(Msg::Nav(Nav::Home));
    assert_eq!(h.selected_text(), "head");
    h.send(Msg::Act(Act::Split));
    assert_eq!(
        h.app().room.notes.board.notes[&id(&h, "same idea")].cluster,
        None
    );
    h.send(Msg::Act(Act::Undo));
    assert_eq!(
        h.app().room.notes.board.notes[&id(&h, "same idea")].cluster,
        Some(head)
    );
    // A post-it cannot join its own cluster.
    h.send(Msg::Act(Act::Merge));
    h.send(Msg::Nav(Nav::Down));
    h.send(Msg::Act(Act::Merge));
    assert!(h.notice().contains("already"), "{}", h.notice());
}

#[test]
fn dots_respect_the_group_budget_and_undo() {
    let mut h = H::new(Lang::En, "A");
    h.app_mut().room.session.votes = VoteRules {
        dots: Dots::PerQuadrant(2),
        hidden: false,
    };
    h.note("a");
    h.note("b");
    h.send(Msg::Nav(Nav::Up));
    h.send(Msg::Act(Act::Dot(1)));
    h.send(Msg::Act(Act::Dot(1)));
    let written = h.written().len();
    h.send(Msg::Act(Act::Dot(1)));
    assert!(
        h.notice().contains("group 1 has used its 2 dots"),
        "{}",
        h.notice()
    );
    assert_eq!(h.written().len(), written, "refused: nothing written");
    let b = h.live()[1];
    assert_eq!((b.votes(), b.votes_of("1")), (2, 2));
    // Another group at the table (set by hand) has its own dots.
    h.send(Msg::CycleGroup);
    h.send(Msg::CycleGroup);
    assert_eq!(capture::group(&h.app().room, h.cap()).as_deref(), Some("2"));
    h.send(Msg::Act(Act::Dot(1)));
    assert_eq!(h.live()[1].votes(), 3);
    // Removing a dot the group never placed is refused.
    h.send(Msg::Nav(Nav::Up));
    h.send(Msg::Act(Act::Dot(-1)));
    assert!(h.notice().contains("no dot"), "{}", h.notice());
    h.send(Msg::Nav(Nav::Down));
    h.send(Msg::Act(Act::Undo));
    assert_eq!(h.live()[1].votes(), 2);
}

#[test]
fn the_rooms_count_is_typed_and_replaces_the_previous_one() {
    let mut h = H::new(Lang::En, "A");
    h.note("show of hands");
    h.send(Msg::Nav(Nav::Up));
    h.send(Msg::Act(Act::Tally));
    assert_eq!(h.cap().focus, Focus::Tally);
    h.send(Msg::Key(EditKey::Backspace));
    h.typ("12");
    h.send(Msg::Submit);
    assert_eq!(h.live()[0].votes(), 12);
    h.send(Msg::Act(Act::Tally));
    h.send(Msg::Key(EditKey::Backspace));
    h.send(Msg::Key(EditKey::Backspace));
    h.typ("7");
    h.send(Msg::Submit);
    assert_eq!(h.live()[0].votes(), 7);
    h.send(Msg::Act(Act::Undo));
    assert_eq!(h.live()[0].votes(), 12);
}

#[test]
fn earlier_rounds_are_marked_and_other_tables_shown_on_demand() {
    let mut h = H::new(Lang::En, "A");
    h.note("from group 1");
    // Round 2 by hand: group 3 sits at A then (the plan's swap).
    h.send(Msg::CycleRound);
    h.send(Msg::CycleRound);
    assert_eq!(h.cap().round, Setting::Manual(Some(2)));
    assert_eq!(capture::group(&h.app().room, h.cap()).as_deref(), Some("3"));
    h.note("enriched by group 3");
    let rows = capture::rows(&h.app().room, h.cap());
    assert_eq!(
        rows[0][0].mark,
        Mark::Earlier {
            round: Some(1),
            group: Some("1")
        }
    );
    assert_eq!(rows[0][1].mark, Mark::Now);
    // Table B (same topic) appears only when asked, after A's own.
    let other = Event {
        id: Uuid::from_u128(77),
        device: Uuid::from_u128(0xBBBB),
        seq: 1,
        lamport: 1,
        at: t(0),
        body: Body::Add {
            author: None,
            private: None,
            table: "B".into(),
            quadrant: Column::S,
            round: Some(1),
            group: Some("2".into()),
            text: "from table B".into(),
        },
    };
    h.send(Msg::synced(vec![other]));
    assert_eq!(h.texts(Column::S).len(), 2);
    h.send(Msg::Act(Act::Others));
    assert_eq!(h.texts(Column::S)[2], "from table B");
    let rows = capture::rows(&h.app().room, h.cap());
    assert!(matches!(
        rows[0][2].mark,
        Mark::Elsewhere { table: "B", .. }
    ));
    // Back to automatic.
    h.send(Msg::CycleRound);
    assert_eq!(h.cap().round, Setting::Auto);
}

#[test]
fn the_filter_narrows_every_quadrant_ignoring_case_and_accents() {
    let mut h = H::new(Lang::Fr, "A");
    h.note("Élus motivés");
    h.note("budget");
    h.send(Msg::Column(Column::T));
    h.note("désengagement des ELUS");
    h.send(Msg::Act(Act::Filter));
    h.typ("elus");
    assert_eq!(h.texts(Column::S), ["Élus motivés"]);
    assert_eq!(h.texts(Column::T), ["désengagement des ELUS"]);
    assert_eq!(capture::totals(&h.app().room, h.cap()), [2, 0, 0, 1, 0, 0]);
    h.send(Msg::Submit);
    assert_eq!(h.cap().focus, Focus::Typing);
    assert_eq!(h.texts(Column::S).len(), 1, "the filter stays");
    h.send(Msg::Escape);
    assert_eq!(h.texts(Column::S).len(), 2, "Esc clears it");
}

#[test]
fn a_failed_write_stays_on_screen_not_saved_and_is_retried() {
    let mut h = H::new(Lang::En, "A");
    h.disk_full(true);
    h.note("must not be lost");
    h.h.settle();
    assert_eq!(h.texts(Column::S), ["must not be lost"]);
    let id = h.live()[0].id;
    assert!(h.app().room.notes.is_unsaved(id));
    assert!(
        h.app()
            .room
            .display
            .banner
            .as_deref()
            .unwrap()
            .contains("NOT SAVED")
    );
    // The screen says so, with the reason.
    let screen = h.h.screen();
    assert!(
        screen.contains("the disk is full: free some space"),
        "{screen}"
    );
    assert!(screen.contains("must not be lost  NOT SAVED"), "{screen}");
    assert!(h.app().has_unsaved_work());
    // Quitting asks first.
    h.send(Msg::Quit);
    assert!(matches!(h.app().overlay, Some(Overlay::Confirm(_))));
    h.send(Msg::Confirm(false));
    assert!(!h.quit());
    // The disk is back: the next tick retries and it is saved.
    h.disk_full(false);
    h.send(Msg::Tick);
    assert_eq!(h.written().len(), 1);
    assert!(!h.app().room.notes.is_unsaved(id));
    assert_eq!(h.written()[0].id, id);
    assert!(h.app().room.display.banner.is_none());
    h.send(Msg::Quit);
    assert!(h.quit());
}

#[test]
fn post_its_from_other_devices_arrive_and_keep_the_selection() {
    let mut h = H::new(Lang::En, "A");
    h.note("mine");
    h.send(Msg::Nav(Nav::Up));
    let mine = h.written();
    let theirs = Event {
        id: Uuid::from_u128(5),
        device: Uuid::from_u128(0xBBBB),
        seq: 1,
        lamport: 1,
        at: t(0),
        body: Body::Add {
            author: None,
            private: None,
            table: "A".into(),
            quadrant: Column::S,
            round: Some(1),
            group: Some("1".into()),
            text: "theirs".into(),
        },
    };
    // A sync that has not seen our write yet must not hide it.
    h.send(Msg::synced(vec![theirs.clone()]));
    assert_eq!(h.texts(Column::S), ["mine", "theirs"]);
    assert_eq!(
        capture::arrived_here(&h.app().room, h.app().capture().unwrap()),
        1
    );
    assert_eq!(h.selected_text(), "mine");
    // Once both are on disk, each is there once.
    let mut all = mine.clone();
    all.push(theirs);
    h.send(Msg::synced(all.clone()));
    h.send(Msg::synced(all));
    assert_eq!(h.live().len(), 2);
    assert!(h.app().room.notes.own.is_empty());
    // Deleted elsewhere: the selection moves back to typing.
    let del = Event {
        id: Uuid::from_u128(6),
        device: Uuid::from_u128(0xBBBB),
        seq: 2,
        lamport: 9,
        at: t(0),
        body: Body::Delete { note: mine[0].id },
    };
    let mut all = h.app().room.notes.synced.to_vec();
    all.push(del);
    h.send(Msg::synced(all));
    assert_eq!(h.cap().selected, None);
    assert_eq!(h.cap().focus, Focus::Typing);
}

#[test]
fn quitting_with_a_draft_asks_and_esc_never_quits_the_capture() {
    let mut h = H::new(Lang::En, "A");
    h.send(Msg::Escape);
    assert!(h.notice().contains("Ctrl-Q"));
    assert_eq!(h.app().mode(), Mode::Capture);
    h.typ("unfinished");
    h.send(Msg::Quit);
    assert!(!h.quit());
    assert!(matches!(h.app().overlay, Some(Overlay::Confirm(_))));
    h.send(Msg::Confirm(true));
    assert!(h.quit());
}

#[test]
fn the_facilitator_opens_a_capture_by_table_and_esc_comes_back() {
    let s = common::session();
    let n = s.agenda.len();
    let mut a = Harness::new(App::new(s, Clock::new(n), Lang::En, t(0)), 120, 40);
    a.press(&Msg::OpenCapture);
    assert!(matches!(a.app().overlay, Some(Overlay::Chooser(_))));
    a.press(&Msg::Nav(Nav::Down));
    a.press(&Msg::Submit);
    assert_eq!(a.app().mode(), Mode::Capture);
    assert_eq!(a.app().capture().unwrap().table, "B");
    a.type_text("x");
    // Esc goes back one level at a time: key factors → capture → clock.
    a.press(&Msg::OpenKeyFactors);
    a.press(&Msg::OpenPlenary);
    assert_eq!(a.app().mode(), Mode::Plenary);
    a.press(&Msg::Escape);
    assert_eq!(a.app().mode(), Mode::Capture);
    a.press(&Msg::Escape);
    assert_eq!(a.app().mode(), Mode::Facilitator);
    // The draft waits for the note-taker's return; a table key opens too.
    a.press(&Msg::OpenCapture);
    a.type_text("b");
    assert_eq!(a.app().capture().unwrap().editor.text(), "x");
    a.press(&Msg::Escape);
    a.press(&Msg::OpenCapture);
    a.type_text("z");
    assert!(a.app().notice.as_deref().unwrap().contains("No table"));
}

/// Keys as the terminal reports them, through the keymap.
#[test]
fn keymap_types_letters_and_acts_only_where_it_should() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |code, m| KeyEvent::new(code, m);
    let none = KeyModifiers::NONE;
    let mut h = H::new(Lang::Fr, "A");
    let press = |h: &mut H, code, m| {
        h.h.send(Input::Terminal(Ok(ratatui::crossterm::event::Event::Key(
            key(code, m),
        ))));
    };
    for c in "Élus q d".chars() {
        press(&mut h, KeyCode::Char(c), KeyModifiers::SHIFT);
    }
    // Alt-Enter: a new line; AltGr (Ctrl+Alt on some systems) types '@'.
    press(&mut h, KeyCode::Enter, KeyModifiers::ALT);
    press(
        &mut h,
        KeyCode::Char('@'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    assert_eq!(h.cap().editor.text(), "Élus q d\n@");
    // Alt + F (faiblesses) chooses the quadrant; Enter saves.
    press(&mut h, KeyCode::Char('f'), KeyModifiers::ALT);
    press(&mut h, KeyCode::Enter, none);
    assert_eq!(h.texts(Column::W), ["Élus q d\n@"]);
    // On the board, Delete deletes and Ctrl-Z undoes; any letter, small or
    // capital, goes back to typing with it and changes no post-it.
    press(&mut h, KeyCode::Up, none);
    press(&mut h, KeyCode::Delete, none);
    assert!(h.texts(Column::W).is_empty());
    press(&mut h, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(h.texts(Column::W).len(), 1);
    press(&mut h, KeyCode::Up, none);
    press(&mut h, KeyCode::Char('d'), none);
    assert_eq!(h.texts(Column::W).len(), 1);
    assert_eq!(h.cap().focus, Focus::Typing);
    press(&mut h, KeyCode::Char('D'), KeyModifiers::SHIFT);
    assert_eq!(h.cap().editor.text(), "dD");
    // Ctrl-C with a draft asks before quitting.
    press(&mut h, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(matches!(h.app().overlay, Some(Overlay::Confirm(_))));
    press(&mut h, KeyCode::Char('n'), none);
    assert_eq!(h.app().overlay, None);
}

/// The clock ticking while a move or a count is under way disturbs neither.
#[test]
fn ticks_do_not_cancel_a_move_or_a_count() {
    let mut h = H::new(Lang::En, "A");
    h.note("x");
    h.send(Msg::Nav(Nav::Up));
    h.send(Msg::Act(Act::Move));
    h.send(Msg::Tick);
    h.send(Msg::Column(Column::T));
    assert_eq!(h.live()[0].quadrant, Column::T);
    h.send(Msg::Act(Act::Tally));
    h.send(Msg::Tick);
    assert_eq!(h.app().notice, None);
    h.send(Msg::Key(EditKey::Backspace));
    h.typ("4");
    h.send(Msg::Submit);
    assert_eq!(h.live()[0].votes(), 4);
}
