//! One folder per screen: its state (`State`, in `mod.rs`), its `update`,
//! its view and its key table, and one implementation of [`Screen`].
//! Screens never import each other; [`super::nav`] lists them (one line
//! each) and routes messages, keys and drawing to the one on top.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::context::{Cx, Look, Target};
use super::keys::Bindings;
use super::msg::Msg;
use super::room::Room;

pub mod capture;
pub mod chooser;
pub mod confirm;
pub mod debate;
pub mod door;
pub mod facilitator;
pub mod factors;
pub mod followup;
pub mod forms;
pub mod help;
pub mod page;
pub mod plenary;
pub mod projector;
pub mod setup;

/// What every screen is and does.
pub trait Screen {
    /// The screen `target` asks for, made afresh, if this is the one.
    fn open(target: &Target, room: &Room) -> Option<Self>
    where
        Self: Sized;

    /// Whether this screen already is what `target` asks for: it is then
    /// brought back (with its drafts) instead of opened again, and goes
    /// where `target` says ([`Screen::retarget`]).
    fn answers(&self, _target: &Target) -> bool {
        false
    }

    /// Brought back by `target`: goes where it says (a topic).
    fn retarget(&mut self, _room: &Room, _target: &Target) {}

    /// A message: the screen changes its state and asks the room for
    /// changes through `cx` (events, a notice, where to go).
    fn update(&mut self, cx: &mut Cx, msg: Msg);

    /// Draws the screen (on the clock screens, everything but the clock).
    fn view(&self, look: &Look, area: Rect, buf: &mut Buffer);

    /// Its keys now (they make dispatch, the footer and the help).
    fn bindings(&self) -> &'static Bindings;

    /// After every message: a screen that shows derived data follows the
    /// room.
    fn refresh(&mut self, _room: &Room) {}

    /// Typing that quitting would lose.
    fn has_draft(&self) -> bool {
        false
    }

    /// The clock screens draw in two layers: the static one ([`Screen::view`])
    /// is cached while this key is unchanged (see `tui::Renderer`).
    fn static_key(&self, _look: &Look, _area: Rect) -> Option<u64> {
        None
    }

    /// The clock panel, on the clock screens.
    fn clock_layer(&self, _look: &Look, _area: Rect, _buf: &mut Buffer) {}
}
