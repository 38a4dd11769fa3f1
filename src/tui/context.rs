//! The narrow context a screen works with: the room (session, plan, clock,
//! merged board, language, `now`) and an outbox (events to write, a notice,
//! where to go next). A screen never sees the navigation stack or another
//! screen's state.

use uuid::Uuid;

use super::msg::Effect;
use super::room::Room;
use super::widgets::Theme;
use crate::core::event::Body;

/// Where a screen asks to go; the navigation ([`super::nav`]) builds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The note-taker's board of one table.
    Capture { table: String },
    /// The list of tables to capture.
    ChooseTable,
    /// Key factors, at a topic (or the one last shown).
    KeyFactors { topic: Option<String> },
    /// The plenary, at a topic (or the one last shown).
    Plenary { topic: Option<String> },
    /// The clock and who-goes-where, very large.
    Projector,
    /// The proposals and their answers.
    FollowUp,
    /// The débat mouvant, one statement at a time.
    Debate,
    /// Typing paper questionnaires in.
    Forms,
    /// Ticking in who arrives.
    Door,
    /// Every key of the screen.
    Help,
    /// The session's set-up.
    Setup,
    /// The tables' page for the phones.
    Page,
}

/// A screen's request to the navigation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Go {
    /// Back one level (Esc).
    Back,
    Open(Target),
    /// Quit (the navigation asks first when something would be lost).
    Quit,
    /// Quit without asking (the question was answered).
    QuitNow,
    /// Another session of the year (`tablee follow S1 S2…`): by its index.
    Session(usize),
    /// Leave the demo for the set-up of one's own session.
    PrepareOwn,
}

/// What an update may read, and how it asks for changes: a screen reads
/// the room ([`Cx::room`]) and changes it only through events
/// ([`Cx::emit`], [`Cx::clock`]), a notice ([`Cx::say`]) and where to go
/// ([`Cx::go`], [`Cx::open`]).
pub struct Cx<'a> {
    room: &'a mut Room,
    fx: &'a mut Effect,
    /// A short message, shown until the next key.
    notice: &'a mut Option<String>,
    go: &'a mut Option<Go>,
}

impl<'a> Cx<'a> {
    /// The context of one update (the app makes it).
    pub fn new(
        room: &'a mut Room,
        fx: &'a mut Effect,
        notice: &'a mut Option<String>,
        go: &'a mut Option<Go>,
    ) -> Cx<'a> {
        Cx {
            room,
            fx,
            notice,
            go,
        }
    }

    /// The room: the session, the plan, the clock, the merged board.
    pub fn room(&self) -> &Room {
        self.room
    }

    /// The post-its that arrived from other laptops have been seen (the
    /// capture screen's count of arrivals starts again).
    pub fn seen_arrivals(&mut self) {
        self.room.notes.arrived.clear();
    }

    /// Makes an event (on screen at once, written by the store).
    pub fn emit(&mut self, body: Body) -> Uuid {
        self.room.emit(self.fx, body)
    }

    pub fn say(&mut self, text: impl Into<String>) {
        *self.notice = Some(text.into());
    }

    pub fn go(&mut self, to: Go) {
        *self.go = Some(to);
    }

    /// A clock message (space, ± minutes, next, back, mute): written as a
    /// clock event, or why not said. False when `msg` is not about the clock.
    pub fn clock(&mut self, msg: &super::msg::Msg) -> bool {
        match self.room.clock_msg(msg, self.fx) {
            Some(why) => {
                if let Some(why) = why {
                    self.say(why);
                }
                true
            }
            None => false,
        }
    }

    /// Start, stop or renew the keys of the tables' page (the loop does
    /// it, and tells the room how it went).
    pub fn page(&mut self, ask: super::msg::PageAsk) {
        self.fx.page = Some(ask);
    }

    pub fn open(&mut self, to: Target) {
        *self.go = Some(Go::Open(to));
    }

    /// Seat the room again with who is here, from the first round not
    /// started (the loop searches the plan and hands it back).
    pub fn reseat(&mut self) {
        let room = &mut *self.room;
        let seating = crate::i18n::register::door_words(room.display.lang).seating;
        // One search at a time: the one under way answers.
        if !room.reseating {
            room.reseating = true;
            self.fx.reseat = Some(crate::core::reseat::first_round_to_plan(
                &room.session,
                &room.clock,
            ));
        }
        self.say(seating.to_string());
    }

    /// Someone not in the register, at the door: added to it (the store
    /// adds them to the file, after the events before) and their id given
    /// back; refused when the register could not be read (`None`), or the
    /// name is empty or already there.
    pub fn walk_in(&mut self, name: &str) -> Result<Uuid, Option<crate::core::register::Refused>> {
        let Some(dir) = self.room.register_dir.clone() else {
            return Err(None);
        };
        let id = crate::core::register::walk_in_id(self.room.session.id, self.room.device(), name);
        let person = crate::core::register::Person::named(id, name);
        self.room.register.add(person.clone()).map_err(Some)?;
        self.fx.people.push((dir, person));
        Ok(id)
    }
}

/// What a view may read.
pub struct Look<'a> {
    pub room: &'a Room,
    pub theme: Theme,
    pub notice: Option<&'a str>,
}
