//! `tablee run SESSION [--table KEY | --follow]`: the screens of the room.

use std::path::Path;

use super::{Failure, Out};
use crate::i18n::Lang;
use crate::i18n::prelude::*;
use crate::store::device::Device;
use crate::store::session_file;
use crate::store::workspace::Workspace;
use crate::tui::{After, Start};

/// `tablee run SESSION`
#[derive(Debug, Clone, clap::Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// Open the capture screen of this table (e.g. A) instead of the clock
    #[arg(long, value_name = "KEY")]
    pub table: Option<String>,
    /// A facilitator or projector screen that follows the room's clock
    /// without changing it
    #[arg(long, conflicts_with = "table")]
    pub follow: bool,
}

/// `screen_lang`: the global `--lang`, if given (else the workshop's);
/// `messages`: the language of what is printed outside the screen.
pub fn run(
    out: &Out,
    args: &RunArgs,
    screen_lang: Option<Lang>,
    device: Option<&str>,
) -> super::Done {
    let start = match (args.table.as_deref(), args.follow) {
        (Some(table), _) => Start::Capture(table),
        (None, true) => Start::Following,
        (None, false) => Start::Facilitator,
    };
    let session = session_file::resolve(&args.at.session, &args.at.data.dir);
    screens(out, &session, start, (screen_lang, device), (&[], 0)).map(|_| ())
}

/// Opens `session` and this device's writer (its lock held while the
/// screens run), runs them, and says what they could not save. Every
/// failure, before or after the terminal is taken, is the command's.
pub(super) fn screens(
    out: &Out,
    session: &Path,
    start: Start,
    (screen_lang, device): (Option<Lang>, Option<&str>),
    year: (&[String], usize),
) -> Result<After, Failure> {
    let lang = out.lang;
    // The set-up screen opens a session with problems: it is where they
    // are fixed.
    let open = match start {
        Start::Setup(_) => Workspace::read,
        _ => Workspace::open,
    };
    let (ws, _warnings) = open(session).map_err(|diags| Failure::diagnostics(&diags, lang))?;
    if let Start::Capture(key) = start
        && ws.file.session.table(key).is_none()
    {
        return Err(Failure::line(format!(
            "tablee run: {}",
            ws.file.session.no_such_table(key, lang)
        )));
    }
    let device = Device::resolve(device)
        .map_err(|e| Failure::line(crate::i18n::store::io_message(&e, lang)))?;
    let (writer, _lock) = super::open_writer(out, &ws, &device)?;
    let ended = crate::tui::run(ws, writer, start, (screen_lang, lang), year)
        .map_err(|e| super::screen_failed(&e, lang))?;
    if ended.lost > 0 {
        out.eprint(&format!(
            "tablee: {}\n",
            crate::i18n::cli::Said::Lost { n: ended.lost }.text(lang)
        ));
    }
    Ok(ended.next)
}

/// `tablee setup [SESSION]`
#[derive(Debug, Clone, clap::Args)]
pub struct SetupArgs {
    /// A session folder, its session.ron, or a folder name inside --dir (its date may be left out); without it, a new session, written into the data folder at the first Ctrl-S
    pub session: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub data: super::DataDir,
}

/// `tablee follow SESSION…`
#[derive(Debug, Clone, clap::Args)]
pub struct FollowArgs {
    /// One or more sessions (a council's year); > and < move from one to the next
    #[arg(required = true, value_name = "SESSION")]
    pub sessions: Vec<std::path::PathBuf>,
    #[command(flatten)]
    pub data: super::DataDir,
}

/// The follow-up of proposals on screen: set statuses, owners, due dates
/// and responses by keyboard.
pub fn follow(
    out: &Out,
    args: &FollowArgs,
    screen_lang: Option<Lang>,
    device: Option<&str>,
) -> super::Done {
    let sessions: Vec<std::path::PathBuf> = args
        .sessions
        .iter()
        .map(|s| session_file::resolve(s, &args.data.dir))
        .collect();
    // Every session is checked before the screen opens.
    let mut titles = Vec::new();
    for s in &sessions {
        let (ws, _) = Workspace::open(s).map_err(|diags| Failure::diagnostics(&diags, out.lang))?;
        titles.push(ws.file.session.title.clone());
    }
    // `>` and `<` move from one session to the next, each with its own
    // journal and writer.
    let mut at = 0;
    loop {
        let next = screens(
            out,
            &sessions[at],
            Start::FollowUp,
            (screen_lang, device),
            (&titles, at),
        )?;
        match next {
            After::Session(i) if i < sessions.len() => at = i,
            _ => return Ok(()),
        }
    }
}
