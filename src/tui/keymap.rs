//! Keys → messages, per screen and focus, in one place.
//!
//! On the typing screens (capture, plenary) every printable key without
//! Ctrl or Alt types: commands there use Alt, Ctrl, function keys and the
//! arrows. On the capture board (entered with the arrows), single
//! lowercase keys act on the selected post-it; anything else types.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{Act, App, Mode, Msg, Nav, Overlay};
use super::capture::{Focus, Pending};
use super::editor::EditKey;
use crate::core::model::Quadrant;

/// The message for a key on the current screen, if it means anything there.
pub fn message(app: &App, key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'q')) {
        return Some(Msg::ForceQuit);
    }
    match app.overlay {
        Overlay::ConfirmQuit | Overlay::ConfirmLeave => {
            return match key.code {
                KeyCode::Char('y' | 'Y' | 'o' | 'O') | KeyCode::Enter => Some(Msg::Confirm(true)),
                KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::Confirm(false)),
                _ => None,
            };
        }
        Overlay::PickTable(_) => {
            return match key.code {
                KeyCode::Up => Some(Msg::Nav(Nav::Up)),
                KeyCode::Down => Some(Msg::Nav(Nav::Down)),
                KeyCode::Tab => Some(Msg::Cycle(1)),
                KeyCode::BackTab => Some(Msg::Cycle(-1)),
                KeyCode::Enter => Some(Msg::Submit),
                KeyCode::Esc => Some(Msg::Escape),
                KeyCode::Char(c) if !ctrl => Some(Msg::Key(EditKey::Char(c))),
                _ => None,
            };
        }
        // Any key closes the help.
        Overlay::Help => return Some(Msg::Escape),
        Overlay::None => {}
    }
    if let Some(msg) = shared(key) {
        return Some(msg);
    }
    match app.mode {
        Mode::Facilitator | Mode::Projector => facilitator(app, key),
        Mode::Capture => capture(app, key),
        Mode::KeyFactors => key_factors(app, key),
        Mode::Plenary => plenary(app, key),
    }
}

/// Function keys, the same on every screen.
fn shared(key: KeyEvent) -> Option<Msg> {
    Some(match key.code {
        KeyCode::F(1) => Msg::Help,
        KeyCode::F(6) => Msg::OpenKeyFactors,
        KeyCode::F(7) => Msg::OpenPlenary,
        _ => return None,
    })
}

fn facilitator(app: &App, key: KeyEvent) -> Option<Msg> {
    if app.finding {
        return match key.code {
            KeyCode::Char(c) => Some(Msg::FindChar(c)),
            KeyCode::Backspace => Some(Msg::FindBack),
            KeyCode::Enter => Some(Msg::FindDone),
            KeyCode::Esc => Some(Msg::Escape),
            _ => None,
        };
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    Some(match key.code {
        KeyCode::Char(' ') => Msg::Toggle,
        KeyCode::Char('+' | '=') | KeyCode::Up => Msg::Minutes(1),
        KeyCode::Char('-' | '_') | KeyCode::Down => Msg::Minutes(-1),
        KeyCode::Char('n') | KeyCode::Right | KeyCode::PageDown => Msg::Next,
        KeyCode::Char('b') | KeyCode::Left | KeyCode::PageUp => Msg::Back,
        KeyCode::Char('m') => Msg::Mute,
        KeyCode::Char('p') | KeyCode::F(5) => Msg::Projector,
        KeyCode::Char('?' | 'h') => Msg::Help,
        KeyCode::Char('c') => Msg::OpenCapture,
        KeyCode::Char('k') => Msg::OpenKeyFactors,
        KeyCode::Char('l') => Msg::OpenPlenary,
        KeyCode::Esc => Msg::Escape,
        KeyCode::Tab => Msg::Page(1),
        KeyCode::BackTab => Msg::Page(-1),
        KeyCode::Char('/') => Msg::FindStart,
        KeyCode::Char('q') => Msg::Quit,
        _ => return None,
    })
}

/// The quadrant a key names: s/a, w/f, o, t/r (English and French
/// initials) or 1–4, in either case.
pub fn quadrant_key(c: char) -> Option<Quadrant> {
    match c.to_ascii_lowercase() {
        '1' => Some(Quadrant::S),
        '2' => Some(Quadrant::W),
        '3' => Some(Quadrant::O),
        '4' => Some(Quadrant::T),
        c => Quadrant::parse(&c.to_string()),
    }
}

/// Arrows, Home/End, page keys and Tab: moving, on every typing screen.
fn moves(code: KeyCode) -> Option<Msg> {
    Some(match code {
        KeyCode::Left => Msg::Nav(Nav::Left),
        KeyCode::Right => Msg::Nav(Nav::Right),
        KeyCode::Home => Msg::Nav(Nav::Home),
        KeyCode::End => Msg::Nav(Nav::End),
        KeyCode::Up => Msg::Nav(Nav::Up),
        KeyCode::Down => Msg::Nav(Nav::Down),
        KeyCode::PageUp => Msg::Nav(Nav::PageUp),
        KeyCode::PageDown => Msg::Nav(Nav::PageDown),
        KeyCode::Tab => Msg::Cycle(1),
        KeyCode::BackTab => Msg::Cycle(-1),
        _ => return None,
    })
}

/// Typing keys shared by the capture input, the filter and the plenary.
fn typing(key: KeyEvent) -> Option<Msg> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    Some(match key.code {
        // AltGr (reported as Ctrl+Alt on some systems) types: @, €, [, |…
        KeyCode::Char(c) if ctrl && alt => Msg::Key(EditKey::Char(c)),
        KeyCode::Enter if alt || shift || ctrl => Msg::Key(EditKey::Newline),
        KeyCode::Char('j') if ctrl => Msg::Key(EditKey::Newline),
        KeyCode::Enter => Msg::Submit,
        KeyCode::Char('w') | KeyCode::Backspace | KeyCode::Char('h') if ctrl => {
            Msg::Key(EditKey::WordBack)
        }
        KeyCode::Char(c) if alt => Msg::Quadrant(quadrant_key(c)?),
        KeyCode::Char(c) if !ctrl => Msg::Key(EditKey::Char(c)),
        KeyCode::Backspace => Msg::Key(EditKey::Backspace),
        KeyCode::Delete => Msg::Key(EditKey::Delete),
        KeyCode::Esc => Msg::Escape,
        code => return moves(code),
    })
}

fn capture(app: &App, key: KeyEvent) -> Option<Msg> {
    let c = app.capture.as_ref()?;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    match key.code {
        KeyCode::F(2) => return Some(Msg::CycleRound),
        KeyCode::F(3) => return Some(Msg::CycleGroup),
        KeyCode::F(4) => return Some(Msg::Act(Act::Others)),
        KeyCode::Char('z') if ctrl => return Some(Msg::Act(Act::Undo)),
        KeyCode::Char('f') if ctrl => return Some(Msg::Act(Act::Filter)),
        KeyCode::Char('o') if ctrl => return Some(Msg::Act(Act::Others)),
        _ => {}
    }
    match c.focus {
        Focus::Typing | Focus::Filter => typing(key),
        Focus::Tally => match key.code {
            KeyCode::Char(ch) if !ctrl && !alt => Some(Msg::Key(EditKey::Char(ch))),
            KeyCode::Backspace => Some(Msg::Key(EditKey::Backspace)),
            KeyCode::Enter => Some(Msg::Submit),
            KeyCode::Esc => Some(Msg::Escape),
            _ => None,
        },
        Focus::Board if c.pending == Pending::Move => match key.code {
            // Any other key: update explains the keys and cancels the move.
            KeyCode::Char(ch) => {
                Some(quadrant_key(ch).map_or(Msg::Key(EditKey::Char(ch)), Msg::Quadrant))
            }
            KeyCode::Esc => Some(Msg::Escape),
            _ => None,
        },
        Focus::Board => {
            if ctrl && alt {
                return typing(key);
            }
            if ctrl {
                return None;
            }
            Some(match key.code {
                KeyCode::Char(ch) if alt => Msg::Quadrant(quadrant_key(ch)?),
                KeyCode::Enter => Msg::Submit,
                KeyCode::Delete => Msg::Act(Act::Delete),
                KeyCode::Esc => Msg::Escape,
                KeyCode::Char('e') => Msg::Act(Act::Edit),
                KeyCode::Char('d') => Msg::Act(Act::Delete),
                KeyCode::Char('u') => Msg::Act(Act::Undo),
                KeyCode::Char('m') => Msg::Act(Act::Move),
                KeyCode::Char('c') => Msg::Act(Act::Merge),
                KeyCode::Char('x') => Msg::Act(Act::Split),
                KeyCode::Char('+' | '=') => Msg::Act(Act::Dot(1)),
                KeyCode::Char('-') => Msg::Act(Act::Dot(-1)),
                KeyCode::Char('#') => Msg::Act(Act::Tally),
                KeyCode::Char('o') => Msg::Act(Act::Others),
                KeyCode::Char('/') => Msg::Act(Act::Filter),
                KeyCode::Char('?') => Msg::Help,
                // Any other character starts a post-it with it.
                KeyCode::Char(ch) => Msg::Key(EditKey::Char(ch)),
                code => return moves(code),
            })
        }
    }
}

fn key_factors(app: &App, key: KeyEvent) -> Option<Msg> {
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    if app.factors.tally.is_some() {
        return match key.code {
            KeyCode::Char(ch) => Some(Msg::Key(EditKey::Char(ch))),
            KeyCode::Backspace => Some(Msg::Key(EditKey::Backspace)),
            KeyCode::Enter => Some(Msg::Submit),
            KeyCode::Esc => Some(Msg::Escape),
            _ => None,
        };
    }
    Some(match key.code {
        KeyCode::Char(ch) if alt => Msg::Quadrant(quadrant_key(ch)?),
        KeyCode::PageUp | KeyCode::Char('[' | '<') => Msg::Topic(-1),
        KeyCode::PageDown | KeyCode::Char(']' | '>') => Msg::Topic(1),
        KeyCode::Enter | KeyCode::Char(' ') => Msg::Act(Act::Choose),
        KeyCode::Delete | KeyCode::Char('x') => Msg::Act(Act::Delete),
        KeyCode::Char('#' | 't') => Msg::Act(Act::Tally),
        KeyCode::Char('v') => Msg::Act(Act::CloseVote),
        KeyCode::Char('l') => Msg::OpenPlenary,
        KeyCode::Char('?') => Msg::Help,
        KeyCode::Esc | KeyCode::Char('q') => Msg::Escape,
        code => return moves(code),
    })
}

fn plenary(app: &App, key: KeyEvent) -> Option<Msg> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::PageUp => return Some(Msg::Topic(-1)),
        KeyCode::PageDown => return Some(Msg::Topic(1)),
        _ => {}
    }
    if app.factors.action.is_some() && !ctrl {
        match key.code {
            KeyCode::Char('e') | KeyCode::Enter => return Some(Msg::Act(Act::Edit)),
            KeyCode::Char('d') | KeyCode::Delete => return Some(Msg::Act(Act::Delete)),
            _ => {}
        }
    }
    match typing(key)? {
        // Actions are one line each.
        Msg::Key(EditKey::Newline) => Some(Msg::Submit),
        m => Some(m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadrant_keys_in_both_languages() {
        for (c, q) in [
            ('s', Quadrant::S),
            ('A', Quadrant::S),
            ('w', Quadrant::W),
            ('f', Quadrant::W),
            ('o', Quadrant::O),
            ('3', Quadrant::O),
            ('t', Quadrant::T),
            ('r', Quadrant::T),
        ] {
            assert_eq!(quadrant_key(c), Some(q), "{c}");
        }
        assert_eq!(quadrant_key('z'), None);
    }
}
