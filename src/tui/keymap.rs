//! Keys → messages, per mode, in one place.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{App, Msg, Overlay};

/// The message for a key on the current screen, if it means anything there.
pub fn message(app: &App, key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c') | KeyCode::Char('q'))
            .then_some(Msg::ForceQuit);
    }
    if app.overlay == Overlay::ConfirmQuit {
        return match key.code {
            KeyCode::Char('y' | 'Y' | 'o' | 'O') | KeyCode::Enter => Some(Msg::Confirm(true)),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::Confirm(false)),
            _ => None,
        };
    }
    if app.finding {
        return match key.code {
            KeyCode::Char(c) => Some(Msg::FindChar(c)),
            KeyCode::Backspace => Some(Msg::FindBack),
            KeyCode::Enter => Some(Msg::FindDone),
            KeyCode::Esc => Some(Msg::Escape),
            _ => None,
        };
    }
    // The facilitator and projector screens share one keymap.
    Some(match key.code {
        KeyCode::Char(' ') => Msg::Toggle,
        KeyCode::Char('+' | '=') | KeyCode::Up => Msg::Minutes(1),
        KeyCode::Char('-' | '_') | KeyCode::Down => Msg::Minutes(-1),
        KeyCode::Char('n') | KeyCode::Right | KeyCode::PageDown => Msg::Next,
        KeyCode::Char('b') | KeyCode::Left | KeyCode::PageUp => Msg::Back,
        KeyCode::Char('m') => Msg::Mute,
        KeyCode::Char('p') | KeyCode::F(5) => Msg::Projector,
        KeyCode::Char('?') | KeyCode::F(1) | KeyCode::Char('h') => Msg::Help,
        KeyCode::Esc => Msg::Escape,
        KeyCode::Tab => Msg::Page(1),
        KeyCode::BackTab => Msg::Page(-1),
        KeyCode::Char('/') => Msg::FindStart,
        KeyCode::Char('q') => Msg::Quit,
        _ => return None,
    })
}
