//! The capture, key-factor and plenary screens on a TestBackend: snapshots
//! (80×24 and 120×40, French and English, accents, emoji and a 500-character
//! post-it), every size from 1×1 without a panic, no control character on
//! screen, and the key-factor and plenary actions — each state reached by
//! the keys a person presses, through the real loop and its store.

mod common;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tablee::core::event::{Body, Event};
use tablee::core::model::{Column, VoteRules};
use tablee::core::replica::IdGen;
use tablee::i18n::Lang;
use tablee::tui::app::{Act, App, Mode, Msg, Nav};
use tablee::tui::editor::EditKey;
use tablee::tui::harness::Harness;
use tablee::tui::view;
use uuid::Uuid;

fn t(s: i64) -> Timestamp {
    Timestamp::from_second(1_728_640_000 + s).unwrap()
}

/// Accents, emoji and one 500-character post-it, at table A.
fn long_note() -> Event {
    let mut text = String::from("Très long post-it 🧵 : ");
    while text.chars().count() < 500 {
        text.push_str("des élus formés, des habitants écoutés, des données ouvertes 👍 ; ");
    }
    let text: String = text.chars().take(500).collect();
    Event {
        id: Uuid::from_u128(0x500),
        device: Uuid::from_u128(0xD),
        seq: 1,
        lamport: 1000,
        at: t(0),
        body: Body::Add {
            author: None,
            private: None,
            table: "A".into(),
            quadrant: Column::O,
            round: Some(2),
            group: Some("3".into()),
            text,
        },
    }
}

/// The Roubaix morning's ~60 post-its and the long one, on table A's
/// capture screen during round 2 (group 3 enriching group 1's work).
fn app(lang: Lang) -> App {
    let f = common::roubaix();
    let mut events = f.events.clone();
    events.push(long_note());
    let mut a = App::new(f.session, f.clock, lang, t(0))
        .with_events(events)
        .capture_only("A");
    a.room.laptop.ids = IdGen::Counter(0);
    a.room.display.tz = jiff::tz::TimeZone::UTC;
    drive(a, |h| {
        h.act(Msg::CycleRound);
        h.act(Msg::CycleRound);
    })
}

/// `a` after what `f` does through the real loop (keys, the store in
/// memory), a second on.
fn drive(a: App, f: impl FnOnce(&mut Harness)) -> App {
    let mut h = Harness::new(a, 120, 40);
    h.advance(1);
    f(&mut h);
    h.settle();
    h.rt.app.clone()
}

fn render(a: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view(a, f)).unwrap();
    term.backend().to_string()
}

/// Every screen of the note-taker, in the state a snapshot shows.
fn screens(lang: Lang) -> Vec<(&'static str, App)> {
    let capture = drive(app(lang), |h| h.type_text("Un réseau d'acteurs 🤝 déjà là"));
    let select = drive(app(lang), |h| {
        h.act(Msg::Column(Column::W));
        h.act(Msg::Nav(Nav::Up));
    });
    let factors = drive(app(lang), |h| {
        h.act(Msg::OpenKeyFactors);
        h.act(Msg::Nav(Nav::Down));
    });
    let plenary = drive(app(lang), |h| {
        h.act(Msg::OpenPlenary);
        h.type_text("Former 12 élus d'ici juin 🎓");
    });
    vec![
        ("capture", capture),
        ("select", select),
        ("keyfactors", factors),
        ("plenary", plenary),
    ]
}

#[test]
fn snapshots_of_the_note_takers_screens() {
    for lang in Lang::ALL {
        for (name, a) in screens(lang) {
            for (w, h) in [(80, 24), (120, 40)] {
                insta::assert_snapshot!(
                    format!("{name}_{}_{w}x{h}", lang.code()),
                    render(&a, w, h)
                );
            }
        }
    }
}

#[test]
fn no_size_panics_and_tiny_screens_ask_to_enlarge() {
    for (_, a) in screens(Lang::Fr) {
        for w in (1..=130).step_by(3) {
            for h in (1..=45).step_by(2) {
                render(&a, w, h);
            }
        }
        assert!(render(&a, 19, 5).contains("Agrandissez"));
        // 20×6, the smallest usable size, shows the screen itself.
        assert!(!render(&a, 20, 6).contains("Agrandissez"));
    }
}

#[test]
fn help_names_the_mode_and_no_color_keeps_every_sign() {
    let mut h = Harness::new(app(Lang::En), 120, 40);
    h.act(Msg::Help);
    let screen = render(h.app(), 120, 40);
    assert!(screen.contains("Keys — ✎ TYPING"), "{screen}");
    h.act(Msg::Escape);
    h.act(Msg::Nav(Nav::Up));
    h.act(Msg::Help);
    assert!(render(h.app(), 120, 40).contains("Keys — ▣ SELECTING"));
    h.act(Msg::Escape);
    let mut a = h.rt.app.clone();
    // The footer says the mode without any colour.
    a.room.display.colors = false;
    let screen = render(&a, 120, 40);
    assert!(screen.contains("▣ SELECTING"));
    assert!(screen.contains("▶"), "selection shown by a sign");
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    term.draw(|f| view(&a, f)).unwrap();
    for cell in term.backend().buffer().content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
}

/// Every kind of control character, typed one by one and pasted, and one
/// more arriving from another laptop's journal.
#[test]
fn control_characters_never_reach_the_terminal() {
    let nasty = "a\x1b[2J\x1b]0;pwned\x07b\u{9b}31mc\u{202e}d\u{2066}e\x7f\x08f\r\ng\x00";
    let mut h = Harness::new(app(Lang::En), 120, 40);
    for c in nasty.chars() {
        h.act(Msg::Key(EditKey::Char(c)));
    }
    h.act(Msg::Paste(nasty.to_string()));
    let typed = h.app().capture().unwrap().editor.text().to_string();
    assert!(
        !typed.chars().any(|c| c.is_control() && c != '\n'),
        "{typed:?}"
    );
    let mut events = h.app().room.notes.synced.to_vec();
    events.push(Event {
        id: Uuid::from_u128(0xBAD),
        device: Uuid::from_u128(0xE),
        seq: 1,
        lamport: 2000,
        at: t(0),
        body: Body::Add {
            author: None,
            private: None,
            table: "A".into(),
            quadrant: Column::S,
            round: Some(2),
            group: Some("3".into()),
            text: nasty.into(),
        },
    });
    h.act(Msg::synced(events));
    let a = h.rt.app.clone();
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        term.draw(|f| view(&a, f)).unwrap();
        for cell in term.backend().buffer().content() {
            let s = cell.symbol();
            assert!(
                !s.chars()
                    .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
                "{s:?}"
            );
        }
    }
}

/// The real loop on `a`, and what a person does there: `run` presses the
/// key, `written` is what the store wrote since the start.
struct R {
    h: Harness,
}

impl R {
    fn new(a: App) -> R {
        R {
            h: Harness::new(a, 120, 40),
        }
    }

    /// Does what `msg` says; the events this made, once written.
    fn run(&mut self, msg: Msg) -> Vec<Event> {
        let before = self.written().len();
        self.h.act(msg);
        self.written().split_off(before)
    }

    fn written(&mut self) -> Vec<Event> {
        self.h.settle();
        self.h.store.events()
    }

    fn app(&self) -> &App {
        self.h.app()
    }

    /// The key-factor screen's ranking of its topic.
    fn ranked(&self) -> tablee::core::factors::Ranked {
        self.app()
            .key_factors()
            .unwrap()
            .ranking
            .ranked
            .clone()
            .unwrap()
    }
}

#[test]
fn key_factors_are_picked_unpicked_and_shown_with_ties() {
    let a = app(Lang::En);
    let mut lp = R::new(a);
    lp.run(Msg::OpenKeyFactors);
    assert_eq!(lp.app().mode(), Mode::KeyFactors);
    // Table A's topic comes first.
    let r = lp.ranked();
    assert_eq!(r.key, "CLN");
    // W: the second-ranked post-it becomes the main brake.
    lp.run(Msg::Nav(Nav::Right));
    lp.run(Msg::Nav(Nav::Down));
    let second = r.items(Column::W)[1].id;
    let fx = lp.run(Msg::Act(Act::Choose));
    assert_eq!(
        fx[0].body,
        Body::KeyFactor {
            topic: "CLN".into(),
            quadrant: Column::W,
            note: Some(second)
        }
    );
    let r = lp.ranked();
    // A pick only patches the ranking: the same as ranking again.
    let fresh = tablee::core::factors::rank(
        &lp.app().room.session,
        &lp.app().room.notes.board,
        "CLN",
        false,
    );
    assert_eq!(fresh, r);
    assert_eq!(r.picked(Column::W).len(), 1);
    assert_eq!(r.picked(Column::W)[0].id, second);
    assert!(render(lp.app(), 120, 40).contains("★ CHOSEN"));
    // Again: unpicked; the vote leaders stand in.
    lp.run(Msg::Act(Act::Choose));
    assert_eq!(
        lp.app()
            .room
            .notes
            .board
            .key_factors
            .get(&("CLN".into(), Column::W)),
        None
    );
    // Next topic, and back.
    lp.run(Msg::Topic(1));
    assert_eq!(lp.app().key_factors().unwrap().ranking.key(), Some("SNR"));
    lp.run(Msg::Topic(-1));
    // Two post-its given the same total by the room's counts: a tie,
    // shown as such until someone picks.
    lp.run(Msg::Column(Column::S));
    lp.run(Msg::Act(Act::Delete));
    let items = lp.ranked().items(Column::S).to_vec();
    let target = items[0].votes + 10;
    for item in &items[..2] {
        let dots = item.votes - i64::from(lp.app().room.notes.board.notes[&item.id].tally);
        let at = lp
            .app()
            .key_factors()
            .unwrap()
            .ranking
            .ranked
            .as_ref()
            .unwrap()
            .items(Column::S)
            .iter()
            .position(|i| i.id == item.id)
            .unwrap();
        lp.h.rt.app.key_factors_mut().unwrap().selected[Column::S.index()] = at;
        lp.run(Msg::Act(Act::Tally));
        for c in (target - dots).to_string().chars() {
            lp.run(Msg::Key(EditKey::Char(c)));
        }
        lp.run(Msg::Submit);
    }
    let r = lp.ranked();
    let s = r.items(Column::S);
    assert_eq!((s[0].votes, s[1].votes), (target, target));
    assert_eq!(r.picked(Column::S).len(), 2);
    assert!(render(lp.app(), 120, 40).contains("= TIE"));
    lp.run(Msg::Escape);
    assert_eq!(lp.app().mode(), Mode::Capture);
}

#[test]
fn hidden_votes_stay_hidden_until_the_vote_is_closed() {
    let mut a = app(Lang::Fr);
    a.room.session.votes = VoteRules {
        hidden: true,
        ..VoteRules::default()
    };
    let mut lp = R::new(a);
    lp.run(Msg::OpenKeyFactors);
    let r = lp.ranked();
    assert!(r.hidden);
    assert!(r.quadrants.iter().flatten().all(|i| !i.leader));
    let screen = render(lp.app(), 120, 40);
    assert!(screen.contains("votes masqués"));
    assert!(!screen.contains('●'), "no count shows");
    let fx = lp.run(Msg::Act(Act::CloseVote));
    assert_eq!(
        fx[0].body,
        Body::CloseVote {
            topic: "CLN".into(),
            closed: true
        }
    );
    assert!(
        !lp.app()
            .key_factors()
            .unwrap()
            .ranking
            .ranked
            .as_ref()
            .unwrap()
            .hidden
    );
    assert!(render(lp.app(), 120, 40).contains('●'));
}

#[test]
fn plenary_actions_are_typed_edited_and_withdrawn() {
    let a = app(Lang::En);
    let mut lp = R::new(a);
    lp.run(Msg::OpenPlenary);
    assert_eq!(lp.app().mode(), Mode::Plenary);
    let actions = |a: &App, q: Column| {
        a.plenary()
            .unwrap()
            .ranking
            .ranked
            .as_ref()
            .unwrap()
            .actions[q.index()]
        .clone()
    };
    let before = actions(lp.app(), Column::S).len();
    for c in "Train 12 councillors".chars() {
        lp.run(Msg::Key(EditKey::Char(c)));
    }
    let fx = lp.run(Msg::Submit);
    assert!(matches!(
        &fx[0].body,
        Body::Action { topic, quadrant: Column::S, text, .. } if topic == "CLN" && text == "Train 12 councillors"
    ));
    assert_eq!(actions(lp.app(), Column::S).len(), before + 1);
    // Tab follows the screen's reading order, as on the capture screen:
    // main lever, main brake (top row), then opportunity and risk.
    lp.run(Msg::Cycle(1));
    assert_eq!(lp.app().plenary().unwrap().slot, Column::W);
    lp.run(Msg::Cycle(1));
    assert_eq!(lp.app().plenary().unwrap().slot, Column::O);
    lp.run(Msg::Cycle(-1));
    lp.run(Msg::Cycle(-1));
    // Select the new action, edit it, then withdraw it.
    lp.run(Msg::Nav(Nav::Up));
    lp.run(Msg::Act(Act::Edit));
    assert_eq!(
        lp.app().plenary().unwrap().editor.text(),
        "Train 12 councillors"
    );
    lp.run(Msg::Key(EditKey::WordBack));
    for c in "elected members".chars() {
        lp.run(Msg::Key(EditKey::Char(c)));
    }
    lp.run(Msg::Submit);
    assert_eq!(
        actions(lp.app(), Column::S).last().unwrap().text,
        "Train 12 elected members"
    );
    lp.run(Msg::Nav(Nav::Up));
    lp.run(Msg::Act(Act::Delete));
    assert_eq!(actions(lp.app(), Column::S).len(), before);
    assert!(render(lp.app(), 120, 40).contains("How to strengthen the main lever"));
    // Many actions on a small screen: the key factor stays on top, the
    // newest action shows, and the hidden ones are counted.
    for i in 0..12 {
        for c in format!("Action number {i}").chars() {
            lp.run(Msg::Key(EditKey::Char(c)));
        }
        lp.run(Msg::Submit);
    }
    let screen = render(lp.app(), 80, 24);
    assert!(screen.contains("★ S1"), "{screen}");
    assert!(screen.contains("Action number 11"), "{screen}");
    assert!(screen.contains("↑ "), "{screen}");
}
