//! The command line: argument parsing and one module per command.

pub mod add;
pub mod agenda;
pub mod check;
pub mod forms;
mod guide;
pub mod here;
pub mod import;
pub mod judge;
pub mod list;
mod manual;
pub mod mix;
pub mod new;
pub mod notes;
pub mod people;
pub mod plan;
pub mod proposals;
pub mod propose;
pub mod publish;
pub mod register;
pub mod respond;
pub mod run;
pub mod serve;
mod sheet;
pub mod status;
pub mod synth;

use crate::i18n::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::core::templates::Template;
use crate::i18n::Lang;
use crate::store::{atomic, session_file};

/// The data folder of a project folder (this repository, or a folder an
/// organiser works from), relative to where tablee runs.
pub const DEFAULT_DIR: &str = "sessions";

/// Where sessions are when neither `--dir` nor `TABLEE_DIR` says: `sessions/`
/// in the current folder when there is one (a project folder: this
/// repository, or a folder an organiser keeps their workshops in), else
/// `sessions/` in the user's data folder (`~/.local/share/tablee` on Linux),
/// so that `tablee list` finds the same workshops from any folder.
pub fn default_data_dir() -> PathBuf {
    let here = PathBuf::from(DEFAULT_DIR);
    if here.is_dir() {
        return here;
    }
    crate::store::device::folders().map_or(here, |f| f.data.join(DEFAULT_DIR))
}

/// `tablee --version`: the program, and the session format it reads and
/// writes (kept equal to `model::FORMAT_VERSION` by a test).
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (session format 1)");

/// Run World Café and SWOT workshops from the terminal.
#[derive(Debug, Parser)]
#[command(name = "tablee", version = VERSION, about, long_about = None)]
pub struct Cli {
    /// Language of messages: fr or en [default: from LC_ALL / LC_MESSAGES / LANG, else en]
    #[arg(long, global = true, value_parser = parse_lang, value_name = "fr|en")]
    pub lang: Option<Lang>,

    /// Write as this device name instead of this machine's own id (tests, lab set-ups)
    #[arg(long, global = true, value_name = "NAME")]
    pub device: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a shell completion script: tablee completions bash > ~/.local/share/bash-completion/completions/tablee
    Completions {
        /// bash, zsh, fish, powershell or elvish
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): tablee man > tablee.1 && man -l tablee.1
    Man,
    /// Create a session folder with a session.ron from a template, or from options: --topic, --table, --groups or --participants, --rounds…
    New(new::NewArgs),
    /// Prepare a session on screen: topics, tables, hosts, groups, participants and agenda, with the rotation as it changes
    Setup(run::SetupArgs),
    /// Validate session files; prints one `path:line:column: message` per problem
    Check(check::CheckArgs),
    /// Show the rotation: who sits at which table, round by round
    Plan(plan::PlanArgs),
    /// Seat participants person by person across tables and rounds (classic World Café), near the fewest repeated encounters possible
    Mix(mix::MixArgs),
    /// Run a workshop: the facilitator's screen (clock, agenda, who goes where),
    /// or with --table a note-taker's SWOT capture screen for that table
    Run(run::RunArgs),
    /// Serve the tables' page to the room's phones over the local network (no install, no internet): one address and QR code per table
    Serve(serve::ServeArgs),
    /// The room's clock: current phase, its state and the time left
    Status(status::StatusArgs),
    /// Add one post-it to a table's SWOT; prints its id once it is on disk
    Add(add::AddArgs),
    /// Import post-its transcribed from paper (CSV: table, round, group, quadrant, text, votes)
    Import(import::ImportArgs),
    /// Print the merged post-its, one per line (id, table, round, group, quadrant, votes, device, text)
    Notes(notes::NotesArgs),
    /// Write the synthesis that organisers print: SWOT per topic, key factors, actions
    Synth(synth::SynthArgs),
    /// List the sessions in the data folder
    List(list::ListArgs),
    /// Record a proposal (written directly, or promoted from a post-it with --from); prints its short id
    Propose(propose::ProposeArgs),
    /// Record the answer to a proposal (status, response, owner, condition, due date) or a progress note
    Respond(respond::RespondArgs),
    /// The follow-up screen: proposals by theme and status, answered by keyboard
    Follow(run::FollowArgs),
    /// The « response to proposals » report across sessions: by theme and status, with answers, origins and history
    Proposals(proposals::ProposalsArgs),
    /// Rank proposals (or anything) by majority judgment from a paper tally: majority grade, ties broken by removing median grades, each candidate's merit profile
    Judge(judge::JudgeArgs),
    /// Type paper questionnaires in on a screen made for it (digits for answers, a row per form), or import them from a CSV file
    Forms(forms::FormsArgs),
    /// The facilitators' run-sheet: each phase with its start and end time, who leads it, what to say and do, its materials, and for rounds who sits where
    Agenda(agenda::AgendaArgs),
    /// Publish the year's sessions, their syntheses and the answers to proposals as a static site in French and English (no script, nothing from outside), to copy to the city's web server
    Publish(publish::PublishArgs),
    /// The council's register: the people it invites (people.ron beside the sessions): list, add, import or export a spreadsheet, forget someone
    People(register::PeopleArgs),
    /// The door: tick in who arrives (by name from the register, or a walk-in), then how many are here against those invited and the room's capacity
    Here(here::HereArgs),
}

/// The data folder, shared by every command that reads or writes sessions.
#[derive(Debug, Clone, clap::Args)]
pub struct DataDir {
    /// Data folder that holds the sessions (bare session names are looked for there) [default: TABLEE_DIR, else sessions/ in the current folder if there is one, else sessions/ in the user's data folder]
    #[arg(long, env = "TABLEE_DIR", default_value_os_t = default_data_dir(), hide_default_value = true, hide_env = true)]
    pub dir: PathBuf,
}

/// One session, by folder, file or name inside the data folder.
#[derive(Debug, Clone, clap::Args)]
pub struct SessionAt {
    /// A session folder, its session.ron, or a folder name inside --dir (its date may be left out)
    pub session: PathBuf,
    #[command(flatten)]
    pub data: DataDir,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TemplateArg {
    /// Two topics, four hosted tables, four groups, two rounds
    WorldCafe,
    /// One topic, one SWOT round, key factors and plenary
    Swot,
    /// Classic café: five topic tables, four rounds, individuals move
    Classic,
}

impl From<TemplateArg> for Template {
    fn from(t: TemplateArg) -> Template {
        match t {
            TemplateArg::WorldCafe => Template::WorldCafe,
            TemplateArg::Swot => Template::Swot,
            TemplateArg::Classic => Template::Classic,
        }
    }
}

impl Cli {
    /// The command line, its help in the language of `--lang`, else the
    /// locale's: an organiser reads `tablee --help` in French.
    pub fn parse_localized() -> Cli {
        use clap::{CommandFactory, FromArgMatches};
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        if help_lang(&args) == Lang::En {
            return Cli::parse_from(args);
        }
        let matches = match crate::i18n::help::in_french(Cli::command()).try_get_matches_from(args)
        {
            Ok(m) => m,
            // The help page and the errors in French typography too.
            Err(e) if !e.use_stderr() => {
                print!("{}", crate::i18n::help::french_page(e.render().to_string()));
                std::process::exit(0);
            }
            Err(e) => match crate::i18n::help::french_error(&e) {
                Some(message) => {
                    eprint!("{}", Lang::Fr.typeset(message));
                    std::process::exit(2);
                }
                None => e.exit(),
            },
        };
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
}

/// `--lang xx` or `--lang=xx` among the arguments, else the locale.
pub fn help_lang(args: &[std::ffi::OsString]) -> Lang {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    for (i, a) in args.iter().enumerate() {
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).copied(),
            Some(v) => v.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(Lang::parse) {
            return lang;
        }
    }
    crate::i18n::lang_from_env()
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s)
        .ok_or_else(|| format!("unknown language {s:?}: use fr or en / langue inconnue : fr ou en"))
}

/// Where a command writes: stdout for results, stderr for problems.
/// A closed pipe (`tablee list | head`) is not an error.
pub struct Out {
    pub lang: Lang,
}

impl Out {
    pub fn print(&self, text: &str) {
        self.write(text.as_bytes());
    }

    /// Bytes to stdout (a workbook written with `-o -`).
    pub fn write(&self, bytes: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(bytes).and_then(|_| out.flush());
    }

    pub fn eprint(&self, text: &str) {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let lang = cli.lang.unwrap_or_else(crate::i18n::lang_from_env);
    let out = Out { lang };
    let done = command(&cli, &out);
    finish(&out, done)
}

/// Runs one command; its failure is rendered once, by [`run`].
fn command(cli: &Cli, out: &Out) -> Done {
    let lang = out.lang;
    match &cli.command {
        None => {
            use std::io::IsTerminal;
            // The data folder: TABLEE_DIR, else the default, as for every
            // command's --dir.
            let dir = std::env::var_os("TABLEE_DIR")
                .filter(|d| !d.is_empty())
                .map_or_else(default_data_dir, PathBuf::from);
            let dir = dir.as_path();
            if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
                match guide::ensure_demo(dir) {
                    Ok(folder) => {
                        let after = run::screens(
                            out,
                            &folder.join(crate::store::session_file::SESSION_FILE),
                            crate::tui::Start::Demo,
                            (cli.lang, cli.device.as_deref()),
                            (&[], 0),
                        )?;
                        // `s` on the demo: the organiser's own session.
                        if after == crate::tui::After::PrepareOwn {
                            new::on_screen(
                                out,
                                dir,
                                (cli.lang, cli.device.as_deref()),
                                template_lang(cli.lang),
                            )
                        } else {
                            Ok(())
                        }
                    }
                    Err(_) => guide::run(out, dir),
                }
            } else {
                guide::run(out, dir)
            }
        }
        Some(Command::Run(args)) => run::run(out, args, cli.lang, cli.device.as_deref()),
        Some(Command::Serve(args)) => serve::run(out, args, cli.device.as_deref()),
        Some(Command::Follow(args)) => run::follow(out, args, cli.lang, cli.device.as_deref()),
        Some(Command::Setup(args)) => match &args.session {
            Some(session) => {
                let path = session_file::resolve(session, &args.data.dir);
                run::screens(
                    out,
                    &path,
                    crate::tui::Start::Setup(None),
                    (cli.lang, cli.device.as_deref()),
                    (&[], 0),
                )
                .map(|_| ())
            }
            None => new::on_screen(
                out,
                &args.data.dir,
                (cli.lang, cli.device.as_deref()),
                template_lang(cli.lang),
            ),
        },
        Some(Command::New(args)) => new::run(out, args, template_lang(cli.lang)),
        Some(Command::Check(args)) => check::run(out, &args.paths, &args.data.dir),
        Some(Command::Status(args)) => status::run(
            out,
            &args.at.session,
            args.format,
            &args.at.data.dir,
            jiff::Timestamp::now(),
        ),
        Some(Command::Plan(args)) => plan::run(
            out,
            &args.at.session,
            args.format,
            &args.at.data.dir,
            (cli.lang, args.sort),
            args.output.as_deref(),
        ),
        Some(Command::List(args)) => list::run(out, &args.data.dir),
        Some(Command::Mix(args)) => mix::run(out, args, cli.device.as_deref()),
        Some(Command::Synth(args)) => synth::run(out, args, cli.lang),
        Some(Command::Judge(args)) => judge::run(out, args, cli.lang, cli.device.as_deref()),
        Some(Command::Forms(args)) => forms::run(out, args, cli.lang, cli.device.as_deref()),
        Some(Command::Agenda(args)) => agenda::run(out, args, cli.lang),
        Some(Command::People(args)) => register::run(out, args),
        Some(Command::Here(args)) => here::run(out, args, cli.lang, cli.device.as_deref()),
        Some(Command::Publish(args)) => publish::run(
            out,
            args,
            &jiff::tz::TimeZone::system(),
            jiff::Timestamp::now(),
        ),
        Some(Command::Add(args)) => add::run(out, args, cli.device.as_deref()),
        Some(Command::Propose(args)) => propose::run(out, args, cli.device.as_deref()),
        Some(Command::Respond(args)) => {
            respond::run(out, args, cli.device.as_deref(), jiff::Zoned::now().date())
        }
        Some(Command::Proposals(args)) => {
            proposals::run(out, args, cli.lang, &jiff::tz::TimeZone::system())
        }
        Some(Command::Completions { shell }) => {
            use clap::CommandFactory;
            let mut cmd = Cli::command();
            let mut bytes = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "tablee", &mut bytes);
            emit(out, None, &bytes)
        }
        Some(Command::Man) => {
            use clap::CommandFactory;
            match manual::render(Cli::command(), lang) {
                Ok(bytes) => emit(out, None, &bytes),
                Err(e) => Err(Failure::line(format!("tablee man: {e}"))),
            }
        }
        Some(Command::Import(args)) => import::run(
            out,
            &args.at.session,
            &args.at.data.dir,
            &args.file,
            args.column.as_deref(),
            cli.device.as_deref(),
        ),
        Some(Command::Notes(args)) => notes::run(
            out,
            &args.at.session,
            &args.at.data.dir,
            args.table.as_deref(),
            args.column.as_deref(),
            args.format,
        ),
    }
}

/// A new session's language: --lang, else a French or English locale, else
/// French (the councils tablee serves write in French, and a `C` locale
/// says nothing of the organiser).
fn template_lang(lang: Option<Lang>) -> Lang {
    lang.or_else(crate::i18n::lang_from_env_known)
        .unwrap_or(Lang::Fr)
}

/// Why a command stopped, in the user's language: every command returns
/// [`Done`], and [`run`] renders a failure once — its lines on standard
/// error, exit code 1.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// What went wrong, one problem a line.
    Said(Vec<String>),
    /// The command's output already said what is wrong (the problems
    /// `check` lists, a screen that printed why it could not open): exit
    /// code 1 and nothing more.
    Shown,
}

impl Failure {
    /// One line.
    pub fn line(text: impl Into<String>) -> Failure {
        Failure::Said(vec![text.into()])
    }

    /// Load or validation problems, one `path:line:column: message` each.
    pub fn diagnostics(diags: &[crate::store::session_file::Diagnostic], lang: Lang) -> Failure {
        Failure::Said(diags.iter().map(|d| d.line(lang)).collect())
    }
}

/// A screen that stopped on a terminal error (the terminal went away, the
/// disk refused): said once, the command's way.
pub fn screen_failed(e: &std::io::Error, lang: Lang) -> Failure {
    Failure::line(format!(
        "tablee: {}",
        crate::i18n::store::io_message(e, lang)
    ))
}

/// What a command returns.
pub type Done = Result<(), Failure>;

/// Renders a command's outcome, once: the failure's lines on stderr.
fn finish(out: &Out, done: Done) -> ExitCode {
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Shown) => ExitCode::FAILURE,
        Err(Failure::Said(lines)) => {
            let mut text = String::new();
            for line in lines {
                text.push_str(line.trim_end_matches('\n'));
                text.push('\n');
            }
            out.eprint(&text);
            ExitCode::FAILURE
        }
    }
}

/// Opens a session and its journals.
fn open_workspace(
    out: &Out,
    arg: &std::path::Path,
    dir: &std::path::Path,
) -> Result<crate::store::workspace::Workspace, Failure> {
    let path = crate::store::session_file::resolve(arg, dir);
    crate::store::workspace::Workspace::open(&path)
        .map(|(ws, _warnings)| ws)
        .map_err(|diags| Failure::diagnostics(&diags, out.lang))
}

/// The journals of `spaces` that could not be read. Unless `partial`
/// (the user asked to print anyway), that is a refusal: nothing is
/// written, the paths and the fix are said. With `partial`, the paths for
/// the document to name.
pub(crate) fn readable<'a>(
    out: &Out,
    spaces: impl IntoIterator<Item = &'a crate::store::workspace::Workspace>,
    partial: bool,
) -> Result<Vec<String>, Failure> {
    let missing: Vec<String> = spaces
        .into_iter()
        .flat_map(|ws| ws.unreadable().iter().map(|p| p.display().to_string()))
        .collect();
    if missing.is_empty() || partial {
        return Ok(missing);
    }
    Err(Failure::line(
        crate::i18n::cli::Said::Unreadable {
            paths: &missing.join(", "),
        }
        .text(out.lang),
    ))
}

/// Takes the device's writer lock.
fn open_writer(
    out: &Out,
    ws: &crate::store::workspace::Workspace,
    device: &crate::store::device::Device,
) -> Result<
    (
        crate::store::journal::Writer,
        crate::store::device::WriterLock,
    ),
    Failure,
> {
    ws.writer(device)
        .map_err(|e| Failure::line(format!("{}: {}", ws.dir.display(), e.message(out.lang))))
}

/// Writes one event as this device (`--device`, else this machine's):
/// takes the device's writer lock and appends; `fail` words a problem the
/// command's way (its name before the message).
fn write_one(
    out: &Out,
    ws: &crate::store::workspace::Workspace,
    device: Option<&str>,
    body: crate::core::event::Body,
    fail: &dyn Fn(String) -> Failure,
) -> Result<crate::core::event::Event, Failure> {
    let lang = out.lang;
    let device = crate::store::device::Device::resolve(device)
        .map_err(|e| fail(crate::i18n::store::io_message(&e, lang)))?;
    let (mut writer, _lock) = open_writer(out, ws, &device)?;
    writer.append(body, jiff::Timestamp::now()).map_err(|e| {
        let rest = crate::i18n::cli::Said::NothingElseChanged.text(lang);
        fail(not_saved(&e, lang, &rest))
    })
}

/// What the merges set aside in a session, in words, newest last: the
/// clock actions of screens that acted at the same moment, and the set-up
/// changes replaced unseen (`check` and `status` say them).
pub(crate) fn set_aside(
    ws: &crate::store::workspace::Workspace,
    clock: &crate::core::clock::Clock,
    lang: Lang,
) -> Vec<String> {
    let titles: Vec<String> = ws
        .file
        .session
        .agenda
        .iter()
        .map(|p| p.title.clone())
        .collect();
    clock
        .overridden
        .iter()
        .map(|o| crate::i18n::clock::overridden(o, &titles, None, lang))
        .chain(
            ws.setup
                .set_aside
                .iter()
                .map(|a| crate::i18n::setup_screen::set_aside(a, None, lang)),
        )
        .collect()
}

/// Writes what a command changed in the session as set-up events, as this
/// device, one per field or row: `after` was made from the session as the
/// room sees it (`ws.file.session`). Nothing is written when nothing
/// changed. How many were written.
pub(crate) fn write_setup(
    out: &Out,
    ws: &crate::store::workspace::Workspace,
    device: Option<&str>,
    after: &crate::core::model::Session,
    fail: &dyn Fn(String) -> Failure,
) -> Result<usize, Failure> {
    let lang = out.lang;
    let before = &ws.file.session;
    let ids = ws.setup.ids.matched(before, after, uuid::Uuid::new_v4);
    let edits = crate::core::edits::diff((before, &ws.setup.ids), (after, &ids));
    if edits.is_empty() {
        return Ok(0);
    }
    let device = crate::store::device::Device::resolve(device)
        .map_err(|e| fail(crate::i18n::store::io_message(&e, lang)))?;
    let (mut writer, _lock) = open_writer(out, ws, &device)?;
    let now = jiff::Timestamp::now();
    let n = edits.len();
    for (i, edit) in edits.into_iter().enumerate() {
        writer
            .append(crate::core::event::Body::Setup(edit), now)
            .map_err(|e| {
                // Written before it: kept (a set-up event is one field).
                let rest = if i == 0 {
                    crate::i18n::cli::Said::NothingElseChanged.text(lang)
                } else {
                    String::new()
                };
                fail(not_saved(&e, lang, &rest))
            })?;
    }
    Ok(n)
}

/// Prints `text`, or writes it to `target` (atomically) and says where.
pub(crate) fn emit(out: &Out, target: Option<&Path>, bytes: &[u8]) -> Done {
    let lang = out.lang;
    match target {
        None => {
            out.write(bytes);
            Ok(())
        }
        Some(path) => match write_file(path, bytes) {
            Ok(()) => {
                out.print(&format!(
                    "{}\n",
                    crate::i18n::cli::Said::Written {
                        path: &path.display().to_string()
                    }
                    .text(lang)
                ));
                Ok(())
            }
            Err(e) => Err(Failure::line(
                crate::i18n::cli::Said::NotWritten {
                    path: &path.display().to_string(),
                    reason: &crate::i18n::store::io_message(&e, lang),
                }
                .text(lang),
            )),
        },
    }
}

/// Atomic replace, creating the folder first: a reader never sees half a
/// report, and a failed write leaves the previous one intact.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        atomic::create_dir_all(parent)?;
    }
    atomic::replace(path, bytes)
}

/// `<data dir>/exports/<slug of the title><suffix>-<lang>.<ext>`: where
/// print-ready documents go unless `-o` says otherwise.
fn export_path(data_dir: &Path, title: &str, suffix: &str, lang: Lang, ext: &str) -> PathBuf {
    data_dir.join("exports").join(format!(
        "{}{suffix}-{}.{ext}",
        crate::core::text::slug(title),
        lang.code()
    ))
}

/// Prints diagnostics on stderr, one per line (warnings of a command that
/// goes on).
fn print_diagnostics(out: &Out, diags: &[crate::store::session_file::Diagnostic]) {
    let mut text = String::new();
    for d in diags {
        text.push_str(&d.line(out.lang));
        text.push('\n');
    }
    out.eprint(&text);
}

/// "NOT SAVED: path: reason — what happened to the rest".
fn not_saved(e: &crate::store::journal::NotSaved, lang: Lang, rest: &str) -> String {
    let reason = crate::i18n::store::io_message(&e.source, lang);
    crate::i18n::cli::Said::NotSaved {
        path: &e.path.display().to_string(),
        reason: &reason,
        rest,
    }
    .text(lang)
}

/// The register beside the session at `path`, for the people `session`
/// seats by id: when it cannot be read and the session seats or invites
/// from it (or `needed`), the reason, for nothing to be planned or printed
/// with people unnamed; otherwise an empty register stands in.
pub(crate) fn register_for(
    path: &Path,
    session: &crate::core::model::Session,
    needed: bool,
    lang: Lang,
) -> Result<crate::core::register::Register, Failure> {
    let dir = crate::store::register::dir_of_session(path);
    match crate::store::register::load(&dir) {
        Ok(r) => Ok(r),
        Err(e) if needed || crate::core::seats::uses_register(session) => Err(Failure::line(
            crate::store::session_file::Diagnostic::from_load_error(&e).line(lang),
        )),
        Err(_) => Ok(crate::core::register::Register::new()),
    }
}

/// Who came to `spaces`, counted with the roles of their register (the
/// first session's data folder), and by name when `names` (the organiser
/// asked); a register that cannot be read is said and the counts are left
/// out.
pub(crate) fn attendance<'a>(
    out: &Out,
    spaces: impl IntoIterator<Item = &'a crate::store::workspace::Workspace>,
    by: crate::core::attendance::By,
    names: bool,
) -> Option<crate::core::attendance::Attendance> {
    let spaces: Vec<&crate::store::workspace::Workspace> = spaces.into_iter().collect();
    let first = spaces.first()?;
    let dir = crate::store::register::dir_of_session(&first.file.path);
    let register = match crate::store::register::load(&dir) {
        Ok(r) => r,
        Err(e) => {
            print_diagnostics(
                out,
                &[crate::store::session_file::Diagnostic::from_load_error(&e)],
            );
            return None;
        }
    };
    let sessions: Vec<(
        &crate::core::model::Session,
        &std::collections::BTreeMap<uuid::Uuid, bool>,
    )> = spaces
        .iter()
        .map(|ws| (&ws.file.session, &ws.board.arrivals))
        .collect();
    let mut a = crate::core::attendance::count(&sessions, &register, by)?;
    if names {
        a.named = Some(crate::core::attendance::who_came(&sessions, &register, by));
    }
    Some(a)
}

/// Each session's proposals as its board holds them, numbered in the
/// order of `spaces` (the follow-up report and the published site).
pub(crate) fn proposals_of(
    spaces: &[crate::store::workspace::Workspace],
) -> Vec<crate::report::followup::Input<'_>> {
    spaces
        .iter()
        .enumerate()
        .map(|(i, ws)| crate::report::followup::Input {
            session: &ws.file.session,
            proposals: crate::core::followup::of_session(&ws.file.session, &ws.board, i),
        })
        .collect()
}

/// The sessions of a year, each read once (the same workshop given twice
/// is read once, its journals merged); when any cannot be read, every
/// problem with `nothing` (« no report written ») after them.
pub(crate) fn open_year(
    out: &Out,
    sessions: &[PathBuf],
    dir: &Path,
    nothing: String,
) -> Result<Vec<crate::store::workspace::Workspace>, Failure> {
    use crate::i18n::prelude::*;
    let mut spaces: Vec<crate::store::workspace::Workspace> = Vec::new();
    let mut failed: Vec<String> = Vec::new();
    for arg in sessions {
        let path = crate::store::session_file::resolve(arg, dir);
        match crate::store::workspace::Workspace::open(&path) {
            Ok((ws, warnings)) => {
                print_diagnostics(out, &warnings);
                if let Some(first) = spaces
                    .iter_mut()
                    .find(|w| w.file.session.id == ws.file.session.id)
                {
                    let said = first.merge_replica(ws.file);
                    print_diagnostics(out, &said);
                    continue;
                }
                spaces.push(ws);
            }
            Err(diags) => failed.extend(diags.iter().map(|d| d.line(out.lang))),
        }
    }
    if !failed.is_empty() || spaces.is_empty() {
        failed.push(nothing);
        return Err(Failure::Said(failed));
    }
    Ok(spaces)
}
