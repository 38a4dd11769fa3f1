//! A stand-in for the terminal loop's journal writer: it writes each event
//! an update asks for (or fails to, like a full disk) and reports the
//! outcome back through `update`, as `tui::carry_out` does with the real
//! journal. Shared by the screen tests and the capture bench.
#![allow(dead_code)]

use jiff::Timestamp;
use tablee::core::event::Event;
use tablee::tui::app::{App, Effect, Msg, update};
use uuid::Uuid;

pub struct LoopWriter {
    pub device: Uuid,
    /// When set, writes fail with this reason.
    pub failing: Option<String>,
    /// Every event written, in order.
    pub written: Vec<Event>,
}

impl LoopWriter {
    pub fn new(device: Uuid) -> LoopWriter {
        LoopWriter {
            device,
            failing: None,
            written: Vec::new(),
        }
    }

    /// Carries out `fx`'s retries and new events at `now`.
    pub fn carry_out(&mut self, app: &mut App, fx: &Effect, now: Timestamp) {
        if fx.retry {
            for u in app.room.notes.unsaved.clone() {
                self.write(app, u.event, now);
            }
        }
        // The screen stamped them (and shows them, pending) already.
        for e in fx.append.clone() {
            self.write(app, e, now);
        }
    }

    fn write(&mut self, app: &mut App, e: Event, now: Timestamp) {
        let msg = match &self.failing {
            Some(why) => Msg::NotWritten(Box::new(e), why.clone()),
            None => {
                self.written.push(e.clone());
                Msg::Written(Box::new(e))
            }
        };
        update(app, msg, now);
    }
}
