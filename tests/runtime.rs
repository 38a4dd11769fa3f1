//! The real loop (`tui::runtime::Runtime`) driven by key strings through
//! `tui::harness`: a `TestBackend`, the in-memory store, a fake clock.

mod common;

use std::time::Duration;

use jiff::Timestamp;
use tablee::core::clock::Clock;
use tablee::core::event::Body;
use tablee::i18n::Lang;
use tablee::tui::app::App;
use tablee::tui::harness::Harness;
use tablee::tui::notes::IdGen;

fn t0() -> Timestamp {
    Timestamp::from_second(1_728_637_200).unwrap()
}

/// A note-taker's screen at table A of the Roubaix morning.
fn capture(lang: Lang, w: u16, h: u16) -> Harness {
    let s = common::session();
    let n = s.agenda.len();
    let mut app = App::new(s, Clock::new(n), lang, t0()).capture_only("A");
    app.ids = IdGen::Counter(0);
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
    assert_eq!(h.app().notes.pending.len(), 3);
    // The keys went on working meanwhile: the input holds what follows.
    h.keys("encore");
    assert!(h.screen().contains("encore"));
    // The disk answers: each one saved, in the order typed.
    h.store.hold(false);
    h.settle();
    assert_eq!(texts(&h), typed);
    let screen = h.screen();
    assert!(screen.contains("✓ all saved"), "{screen}");
    assert!(h.app().notes.pending.is_empty());
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
