//! `tablee run SESSION [--table KEY | --follow]`: the screens of the room.

use crate::i18n::Lang;
use crate::store::session_file;

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
    args: &RunArgs,
    screen_lang: Option<Lang>,
    messages: Lang,
    device: Option<&str>,
) -> super::Done {
    let start = match (args.table.as_deref(), args.follow) {
        (Some(table), _) => crate::tui::Start::Capture(table),
        (None, true) => crate::tui::Start::Following,
        (None, false) => crate::tui::Start::Facilitator,
    };
    super::Failure::of_screen(crate::tui::run(
        &session_file::resolve(&args.at.session, &args.at.data.dir),
        start,
        screen_lang,
        messages,
        device,
    ))
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
    args: &FollowArgs,
    screen_lang: Option<Lang>,
    messages: Lang,
    device: Option<&str>,
) -> super::Done {
    let sessions: Vec<std::path::PathBuf> = args
        .sessions
        .iter()
        .map(|s| session_file::resolve(s, &args.data.dir))
        .collect();
    super::Failure::of_screen(crate::tui::follow(&sessions, screen_lang, messages, device))
}
