//! The real loop (`tui::runtime::Runtime`) driven by key strings through
//! `tui::harness`: a `TestBackend`, the in-memory store, a fake clock.

mod common;

use std::time::Duration;

use jiff::Timestamp;
use tablee::core::clock::Clock;
use tablee::core::event::Body;
use tablee::core::replica::IdGen;
use tablee::i18n::prelude::*;
use tablee::tui::app::App;
use tablee::tui::harness::Harness;

fn t0() -> Timestamp {
    Timestamp::from_second(1_728_637_200).unwrap()
}

/// A note-taker's screen at table A of the Roubaix morning.
fn capture(lang: Lang, w: u16, h: u16) -> Harness {
    let s = common::session();
    let n = s.agenda.len();
    let mut app = App::new(s, Clock::new(n), lang, t0()).capture_only("A");
    app.room.laptop.ids = IdGen::Counter(0);
    Harness::new(app, w, h)
}

fn texts(h: &Harness) -> Vec<String> {
    h.store
        .events()
        .iter()
        .filter_map(|e| match &e.body {
            Body::Add { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_store_that_takes_seconds_never_holds_typing_back() {
    let mut h = capture(Lang::En, 120, 40);
    // The folder takes its time: nothing is answered until released.
    h.store.hold(true);
    let typed = [
        "Un réseau d'aidants",
        "Des médiateurs formés",
        "Peu de créneaux le soir",
    ];
    for t in typed {
        h.keys(&format!("{t}<Enter>"));
    }
    // Every post-it is on screen at once, marked as being saved; the store
    // has written none of them yet.
    let screen = h.screen();
    for t in typed {
        assert!(screen.contains(t), "{t} missing from\n{screen}");
    }
    assert!(screen.contains("saving (3)"), "{screen}");
    assert!(!screen.contains("all saved"), "{screen}");
    assert!(h.store.events().is_empty());
    assert_eq!(h.app().room.notes.pending.len(), 3);
    // The keys went on working meanwhile: the input holds what follows.
    h.keys("encore");
    assert!(h.screen().contains("encore"));
    // The disk answers: each one saved, in the order typed.
    h.store.hold(false);
    h.settle();
    assert_eq!(texts(&h), typed);
    let screen = h.screen();
    assert!(screen.contains("✓ all saved"), "{screen}");
    assert!(h.app().room.notes.pending.is_empty());
}

#[test]
fn quitting_waits_for_writes_under_way() {
    let mut h = capture(Lang::Fr, 80, 24);
    h.store.hold(true);
    h.keys("Un lieu ressource<Enter>");
    h.keys("<C-q>");
    assert!(h.quit, "nothing typed is lost: Ctrl-Q quits at once");
    // The store answers while the loop is waiting to quit.
    let store = h.store.clone();
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        store.hold(false);
    });
    h.finish();
    release.join().unwrap();
    assert_eq!(texts(&h), ["Un lieu ressource"]);
    assert_eq!(h.rt.not_saved(), 0);
}

#[test]
fn a_full_disk_is_said_and_retried_until_it_works() {
    let mut h = capture(Lang::En, 120, 40);
    *h.store.failing.lock().unwrap() = Some(std::io::ErrorKind::StorageFull);
    h.keys("Un bus numérique<Enter>");
    h.settle();
    let screen = h.screen();
    assert!(screen.contains("NOT SAVED (1)"), "{screen}");
    assert!(screen.contains("Un bus numérique"));
    // Space is freed; the next retry (every few seconds) writes it.
    *h.store.failing.lock().unwrap() = None;
    h.advance(3);
    h.send(tablee::tui::runtime::Input::Disk(
        tablee::tui::app::Msg::Tick,
    ));
    h.settle();
    assert_eq!(texts(&h), ["Un bus numérique"]);
    assert!(h.screen().contains("✓ all saved"), "{}", h.screen());
}

/// The texts of the live post-its at table A, per quadrant, as the store
/// and the screen both have them.
fn live(h: &Harness) -> Vec<(String, tablee::core::model::Column)> {
    let mut v: Vec<_> = h
        .app()
        .room
        .notes
        .board
        .notes
        .values()
        .filter(|n| !n.deleted && n.table == "A")
        .map(|n| (n.text.clone(), n.quadrant))
        .collect();
    v.sort();
    v
}

#[test]
fn prose_typed_in_selection_mode_becomes_a_post_it_and_nothing_else() {
    for lang in Lang::ALL {
        let mut h = capture(lang, 120, 40);
        h.keys("Un réseau<Enter>Des élus formés<Enter>Médiateurs<Enter>");
        h.settle();
        let before = live(&h);
        let events_before = h.store.events().len();
        assert_eq!(before.len(), 3);
        // The note-taker goes up into the board, forgets, and types on:
        // letters that were commands (d, e, m, c, x, u, o, t, s…), capitals,
        // accents, digits and punctuation.
        let sentence = "des habitants éloignés du numérique : 12 % (Roubaix) — « d'abord » ; merci, c'est ça ! ?#+-/=";
        h.keys("<Up><Up>");
        h.keys(sentence);
        h.keys("<Enter>");
        h.settle();
        let after = live(&h);
        // Every post-it is as it was, plus the sentence as a new one.
        assert_eq!(after.len(), 4, "{after:?}");
        for b in &before {
            assert!(after.contains(b), "{b:?} changed: {after:?}");
        }
        assert!(after.iter().any(|(t, _)| t == sentence), "{after:?}");
        // And nothing but that one event was written.
        let written = h.store.events();
        assert_eq!(written.len(), events_before + 1);
        assert!(
            matches!(&written.last().unwrap().body, Body::Add { text, .. } if text == sentence)
        );
    }
}

#[test]
fn ctrl_z_on_a_draft_undoes_typing_never_a_saved_post_it() {
    let mut h = capture(Lang::Fr, 120, 40);
    h.keys("Un tiers-lieu<Enter>");
    h.keys("Des ateliers le soir");
    // Undo goes back a word at a time in the input…
    h.keys("<C-z>");
    assert_eq!(h.app().capture().unwrap().editor.text(), "Des ateliers le ");
    h.keys("<C-z><C-z><C-z><C-z><C-z><C-z>");
    assert_eq!(h.app().capture().unwrap().editor.text(), "");
    // …and the saved post-it is still there.
    h.settle();
    assert_eq!(live(&h).len(), 1);
    // Redo brings the typing back.
    h.keys("<C-y><C-y>");
    assert_eq!(h.app().capture().unwrap().editor.text(), "Des ");
    // Once the input has nothing left to undo, Ctrl-Z undoes the board
    // (said on screen), and Ctrl-Y redoes it.
    h.keys("<C-u><BS><BS><BS><BS>");
    let mut guard = 0;
    while h.app().capture().unwrap().editor.can_undo() && guard < 50 {
        h.keys("<C-z>");
        guard += 1;
    }
    h.keys("<C-z>");
    h.settle();
    assert!(
        live(&h).is_empty(),
        "the last change to the board is undone"
    );
    assert!(h.screen().contains("Annulé"), "{}", h.screen());
    h.keys("<C-y>");
    h.settle();
    assert_eq!(live(&h).len(), 1);
}

#[test]
fn an_over_long_paste_is_kept_and_emptied_with_one_key() {
    let mut h = capture(Lang::En, 120, 40);
    let long = "Une très longue contribution. ".repeat(170);
    h.paste(&long);
    let screen = h.screen();
    // The screen says how long, what the limit is, and which key empties it.
    assert!(screen.contains("/1000"), "{screen}");
    assert!(screen.contains("Ctrl-U"), "{screen}");
    h.keys("<Enter>");
    h.settle();
    assert!(
        h.store.events().is_empty(),
        "nothing over the limit is saved"
    );
    assert!(h.screen().contains("the limit is 1000"), "{}", h.screen());
    // One key empties it; Ctrl-Z brings it back.
    h.keys("<C-u>");
    assert_eq!(h.app().capture().unwrap().editor.text(), "");
    h.keys("<C-z>");
    assert_eq!(
        h.app().capture().unwrap().editor.chars(),
        long.chars()
            .count()
            .min(tablee::tui::editor::EDITOR_MAX_CHARS)
    );
}

#[test]
fn table_keys_are_case_insensitive_and_new_post_its_from_elsewhere_are_counted_once_seen() {
    let s = common::session();
    let n = s.agenda.len();
    let mut app = App::new(s, Clock::new(n), Lang::En, t0()).capture_only("a");
    app.room.laptop.ids = IdGen::Counter(0);
    let mut h = Harness::new(app, 120, 40);
    h.keys("minuscule<Enter>");
    h.settle();
    assert!(matches!(&h.store.events()[0].body, Body::Add { table, .. } if table == "A"));
    // Another laptop adds two post-its at A and one at B.
    let mut all = h.store.events();
    for (i, table) in ["A", "A", "B"].into_iter().enumerate() {
        all.push(tablee::core::event::Event {
            id: uuid::Uuid::from_u128(0xE00 + i as u128),
            device: uuid::Uuid::from_u128(0xBBBB),
            seq: i as u64 + 1,
            lamport: 50 + i as u64,
            at: t0(),
            body: Body::Add {
                author: None,
                private: None,
                table: table.into(),
                quadrant: tablee::core::model::Column::S,
                round: None,
                group: None,
                text: format!("from elsewhere {i}"),
            },
        });
    }
    h.send(tablee::tui::runtime::Input::Disk(
        tablee::tui::app::Msg::synced(all),
    ));
    assert!(
        h.screen().contains("+2 new from other devices"),
        "{}",
        h.screen()
    );
    // Seen: the next key clears the count.
    h.keys("x");
    assert!(!h.screen().contains("new from other devices"));
}

#[test]
fn a_journal_file_removed_underneath_the_screen_is_written_again() {
    let mut h = capture(Lang::En, 120, 40);
    h.keys("Un réseau<Enter>Des élus<Enter>");
    h.settle();
    assert_eq!(h.store.events().len(), 2);
    // A sync tool replaced this laptop's journal file with an older one:
    // neither event is on disk any more.
    h.send(tablee::tui::runtime::Input::Disk(
        tablee::tui::app::Msg::OwnJournal(Box::default()),
    ));
    h.settle();
    let screen = h.screen();
    assert!(
        screen.contains("journal file was replaced or removed"),
        "{screen}"
    );
    // The store started a fresh file and both were written again.
    assert_eq!(*h.store.rotations.lock().unwrap(), 1);
    let texts: Vec<String> = h.store.events()[2..]
        .iter()
        .filter_map(|e| match &e.body {
            Body::Add { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(texts, ["Un réseau", "Des élus"]);
    assert!(h.app().room.notes.unsaved.is_empty());
}

/// A conflict found when the screen opened shares the header with the phase
/// and the footer with the keys: at 80×24 the phase, help and quit stay, and
/// the banner still says where to look.
#[test]
fn a_conflict_banner_never_hides_the_phase_or_the_keys_that_always_stay() {
    for lang in [Lang::En, Lang::Fr] {
        let s = common::session();
        let n = s.agenda.len();
        let mut app = App::new(s, Clock::new(n), lang, t0());
        app.room.display.banner = Some(lang.s().tui.conflict_banner.to_string());
        let h = Harness::new(app, 80, 24);
        let screen = h.screen();
        let lines: Vec<&str> = screen.lines().collect();
        let (header, footer) = (lines[0], lines[lines.len() - 1]);
        assert!(header.starts_with("Phase 1/5"), "{lang:?}: {header}");
        assert!(header.contains('⚠'), "{lang:?}: {header}");
        assert!(footer.contains("tablee check"), "{lang:?}: {footer}");
        assert!(footer.contains('?'), "{lang:?}: help in {footer}");
        assert!(footer.contains("Ctrl-Q"), "{lang:?}: quit in {footer}");
    }
}

/// The demo (`tablee` alone) says in its footer how to leave it for one's
/// own session, and `s` does so at once; on the facilitator's screen of a
/// real session `s` does nothing.
#[test]
fn s_on_the_demo_leaves_it_for_the_set_up_of_ones_own_session() {
    for (lang, hint) in [(Lang::Fr, "s votre séance"), (Lang::En, "s your session")] {
        let s = common::session();
        let n = s.agenda.len();
        let mut h = Harness::new(App::new(s, Clock::new(n), lang, t0()).demo(), 80, 24);
        assert!(h.screen().contains(hint), "{}", h.screen());
        assert!(h.screen().contains("⏱ D"), "{}", h.screen());
        h.keys("s");
        assert!(h.quit);
        assert!(h.app().prepare_own);
    }
    let s = common::session();
    let n = s.agenda.len();
    let mut h = Harness::new(App::new(s, Clock::new(n), Lang::En, t0()), 80, 24);
    assert!(!h.screen().contains("your session"));
    h.keys("s");
    assert!(!h.quit);
    assert!(!h.app().prepare_own);
}
