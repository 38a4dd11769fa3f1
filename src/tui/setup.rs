//! The set-up loop of a session not on disk yet (`tablee setup` alone, `s`
//! on the demo): the set-up screen until its first save writes the whole
//! session, through a saver it is given (a new folder in the terminal, a
//! recorder in tests). The loop then ends and the command line hands the
//! session, where the screen stood, to the room's runtime, where every
//! later change is a set-up event (`tablee setup SESSION`). Generic over
//! the backend, so tests drive this very loop.

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event as TermEvent;

use super::screens::help::{KEYS as HELP_KEYS, State as HelpState};
use super::screens::setup::{Request, State as Setup};
use super::widgets::Theme;
use crate::core::model::Session;

/// Writes the whole session; why not, in words, when it cannot.
pub type Saver = Box<dyn FnMut(&Session) -> Result<(), String>>;

pub struct SetupLoop<B: Backend> {
    pub state: Setup,
    terminal: Terminal<B>,
    save: Saver,
    /// The keys of the screen, shown over it (the runtime's one help).
    pub help: Option<HelpState>,
    pub theme: Theme,
    /// The session is on disk: the runtime takes it from here.
    pub written: bool,
}

impl<B: Backend> SetupLoop<B> {
    pub fn new(state: Setup, terminal: Terminal<B>, save: Saver) -> SetupLoop<B> {
        SetupLoop {
            state,
            terminal,
            save,
            help: None,
            theme: Theme { colors: false },
            written: false,
        }
    }

    /// One terminal event; false once the screen asked to quit.
    pub fn handle(&mut self, ev: TermEvent) -> bool {
        if let Some(help) = &mut self.help {
            if let TermEvent::Key(k) = ev
                && k.kind != ratatui::crossterm::event::KeyEventKind::Release
            {
                // The arrows scroll; any other key closes it.
                let scrolled = HELP_KEYS.message(k).is_some_and(|m| help.scrolled(&m));
                if !scrolled {
                    self.help = None;
                }
            }
            return true;
        }
        let msg = match ev {
            TermEvent::Key(k) => self.state.bindings().message(k),
            TermEvent::Paste(text) if self.state.editor.is_some() => {
                Some(super::msg::Msg::Paste(text))
            }
            _ => None,
        };
        let Some(msg) = msg else { return true };
        match self.state.act(msg) {
            Some(Request::Save) => {
                let outcome = (self.save)(&self.state.session);
                self.written = outcome.is_ok();
                self.state.saved(outcome);
                // Written: the runtime goes on from here.
                !self.written
            }
            Some(Request::Help) => {
                self.help = Some(HelpState::new(self.state.bindings()));
                true
            }
            Some(Request::Quit) => false,
            None => true,
        }
    }

    /// Keys written as the harness writes them ("<Tab>a<Enter>"); false
    /// once the screen asked to quit.
    pub fn keys(&mut self, spec: &str) -> bool {
        for k in super::harness::parse_keys(spec) {
            if !self.handle(TermEvent::Key(k)) {
                return false;
            }
        }
        true
    }

    pub fn draw(&mut self) -> std::io::Result<()> {
        let (state, theme, help) = (&self.state, &self.theme, self.help);
        let lang = state.lang;
        self.terminal
            .draw(|f| {
                let area = f.area();
                super::screens::setup::view::view(state, theme, None, area, f.buffer_mut());
                if let Some(help) = help {
                    help.draw(lang, theme, area, f.buffer_mut());
                }
            })
            .map(|_| ())
            .map_err(|e| std::io::Error::other(e.to_string()))
    }

    pub fn backend(&self) -> &B {
        self.terminal.backend()
    }

    /// Reads the terminal until the screen quits.
    pub fn run(
        &mut self,
        mut next: impl FnMut() -> std::io::Result<TermEvent>,
    ) -> std::io::Result<()> {
        loop {
            self.draw()?;
            if !self.handle(next()?) {
                return Ok(());
            }
        }
    }
}

/// The set-up screen in the terminal on `state`, a session not on disk
/// yet, saving through `save`. Where the screen stood once the session is
/// written (none: left without writing it). What went wrong is the
/// terminal's error: the command line says it.
pub fn run_state(
    state: Setup,
    save: Saver,
) -> std::io::Result<Option<super::screens::setup::Cursor>> {
    let result = super::init_terminal().and_then(|terminal| {
        let mut lp = SetupLoop::new(state, terminal, save);
        lp.theme.colors = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        // Keys come through the one thread that reads the terminal (the
        // demo before this screen had it read too): reading here directly
        // would race it for every key.
        let (tx, rx) = std::sync::mpsc::channel();
        super::sync::spawn_terminal(tx);
        lp.run(move || {
            loop {
                match rx.recv() {
                    Ok(super::runtime::Input::Terminal(ev)) => return ev,
                    Ok(_) => {}
                    Err(_) => return Err(std::io::Error::other("the terminal is gone")),
                }
            }
        })
        .map(|()| lp.written.then(|| lp.state.cursor()))
    });
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::event::DisableBracketedPaste
    );
    ratatui::restore();
    result
}
