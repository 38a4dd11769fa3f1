//! Time alone with post-its: each person's post-its under their name, or a
//! number when the session keeps writers anonymous, typed one after another
//! on the note-taker's laptop; the synthesis counts who wrote.

mod common;

use jiff::Timestamp;
use tablee::core::board::Board;
use tablee::core::event::Body;
use tablee::core::synth::{self, Input};
use tablee::i18n::Lang;
use tablee::report::{SynthView, markdown};
use tablee::tui::app::App;
use tablee::tui::harness::Harness;

fn t(s: i64) -> Timestamp {
    Timestamp::from_second(1_763_200_000 + s).unwrap()
}

fn authors(h: &Harness) -> Vec<Option<String>> {
    h.store
        .events()
        .into_iter()
        .filter_map(|e| match e.body {
            Body::Add { author, .. } => Some(author),
            _ => None,
        })
        .collect()
}

#[test]
fn numbered_writers_one_after_another_then_the_group_again() {
    let f = common::roubaix();
    let mut session = f.session.clone();
    session.anonymous_writing = true;
    let app = App::new(session.clone(), f.clock.clone(), Lang::Fr, t(0)).capture_only("A");
    let mut h = Harness::new(app, 100, 30);
    h.keys("<F5>");
    assert!(h.screen().contains("✍ Personne 1"), "{}", h.screen());
    h.keys("Un lieu ouvert le soir<Enter>Des ateliers courts<Enter>");
    h.keys("<F5>");
    assert!(h.screen().contains("✍ Personne 2"));
    h.keys("Plus de médiateurs<Enter>");
    // Past the next new person, the post-its are the group's again.
    h.keys("<F5><F5>");
    assert!(!h.screen().contains("✍"), "{}", h.screen());
    h.keys("Une idée du groupe<Enter>");
    h.settle();
    assert_eq!(
        authors(&h),
        vec![
            Some("1".to_string()),
            Some("1".to_string()),
            Some("2".to_string()),
            None
        ]
    );

    // The synthesis says how many people wrote.
    let board = Board::from_events(h.store.events().iter());
    let inputs = [Input {
        session: &session,
        board: &board,
        clock: None,
    }];
    let syn = synth::build(&inputs, None, t(1));
    assert_eq!(syn.counts.contributors, 2);
    let md = markdown::synthesis(&SynthView {
        syn: &syn,
        lang: Lang::Fr,
    });
    assert!(md.contains("personnes ayant écrit 2"), "{md}");
}

#[test]
fn named_writers_come_from_the_participants() {
    let f = common::roubaix();
    let mut session = f.session.clone();
    session.participants = vec!["Ana Lopes".into(), "Ibrahim Koné".into()];
    session.groups.clear();
    session.rotation = tablee::core::model::Rotation::Auto;
    let app = App::new(session, f.clock.clone(), Lang::En, t(0)).capture_only("A");
    let mut h = Harness::new(app, 100, 30);
    h.keys("<F5>Une idée d'Ana<Enter><F5>Une idée d'Ibrahim<Enter><F5>Du groupe<Enter>");
    h.settle();
    assert_eq!(
        authors(&h),
        vec![
            Some("Ana Lopes".to_string()),
            Some("Ibrahim Koné".to_string()),
            None
        ]
    );
}
