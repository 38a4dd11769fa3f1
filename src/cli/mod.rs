//! The command line: argument parsing and one module per command.

mod add;
mod check;
mod guide;
pub mod import;
mod list;
mod mix;
mod new;
mod notes;
pub mod people;
mod plan;
mod sheet;
mod status;
mod synth;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::core::model::Quadrant;
use crate::core::templates::Template;
use crate::i18n::Lang;
use crate::report::{PlanFormat, SynthFormat};
use crate::store::{atomic, session_file};

/// The default data folder, relative to where tablee runs.
pub const DEFAULT_DIR: &str = "sessions";

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
    /// Validate session files; prints one `path:line:column: message` per problem
    Check {
        /// Session folders or .ron files
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Data folder used to resolve bare session names
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// Show the rotation: who sits at which table, round by round
    Plan {
        /// A session folder, its session.ron, or a folder name inside --dir
        session: PathBuf,
        /// Output format [html: a page to print, with one card per person, in the session's exports/ folder]
        #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
        format: PlanFormat,
        /// Write here (replaced atomically); `-` for stdout
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Order of the cards of people: by family name, given name, or first table
        #[arg(long, value_enum, default_value_t = crate::report::CardSort::Family)]
        sort: crate::report::CardSort,
        /// Data folder used to resolve bare session names
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// Seat participants person by person across tables and rounds (classic World Café), near the fewest repeated encounters possible
    Mix {
        /// A session folder, its session.ron, or a folder name inside --dir
        session: PathBuf,
        /// Rounds to plan [default: the agenda's Round phases; added to an agenda that has none]
        #[arg(long)]
        rounds: Option<usize>,
        /// Same seed, same plan (when the search stops at the bound or at --iterations)
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Most seconds to search; stops earlier once the plan is provably best
        #[arg(long, default_value_t = 2.0, value_name = "SECS")]
        time: f64,
        /// Stop after this many search steps instead of after --time (reproducible anywhere)
        #[arg(long, value_name = "N")]
        iterations: Option<u64>,
        /// No names yet: seat N people called P1…PN (written into participants)
        #[arg(long, value_name = "N", conflicts_with = "participants")]
        people: Option<usize>,
        /// The people to seat, from a CSV file: name, role, languages,
        /// organisation, arrives, leaves, table (or nom, rôle, langues,
        /// structure, arrivée, départ, table); written into the session
        #[arg(long, value_name = "FILE.csv")]
        participants: Option<PathBuf>,
        /// Data folder used to resolve bare session names
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// Run a workshop: the facilitator's screen (clock, agenda, who goes where),
    /// or with --table a note-taker's SWOT capture screen for that table
    Run {
        /// A session folder, its session.ron, or a folder name inside --dir
        session: PathBuf,
        /// Open the capture screen of this table (e.g. A) instead of the clock
        #[arg(long, value_name = "KEY")]
        table: Option<String>,
        /// A facilitator or projector screen that follows the room's clock
        /// without changing it
        #[arg(long, conflicts_with = "table")]
        follow: bool,
        /// Data folder used to resolve bare session names
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// The room's clock: current phase, its state and the time left
    Status {
        /// A session folder, its session.ron, or a folder name inside --dir
        session: PathBuf,
        /// text (default) or json (for scripts)
        #[arg(long, value_enum, default_value_t = status::StatusFormat::Text)]
        format: status::StatusFormat,
        /// Data folder used to resolve bare session names
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// Add one post-it to a table's SWOT; prints its id once it is on disk
    Add {
        /// A session folder, its session.ron, or a folder name inside --dir
        session: PathBuf,
        /// Table key, e.g. A
        #[arg(long)]
        table: String,
        /// s, w, o, t (strengths…) or a, f, o, r (atouts, faiblesses, opportunités, risques)
        #[arg(long, value_parser = parse_quadrant)]
        quadrant: Quadrant,
        /// Round number (the group is then taken from the rotation)
        #[arg(long)]
        round: Option<u32>,
        /// Group key
        #[arg(long)]
        group: Option<String>,
        /// The post-it's text
        #[arg(required = true, num_args = 1.., allow_hyphen_values = true)]
        text: Vec<String>,
        /// Data folder used to resolve bare session names
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// Import post-its transcribed from paper (CSV: table, round, group, quadrant, text, votes)
    Import {
        /// A session folder, its session.ron, or a folder name inside --dir
        session: PathBuf,
        /// CSV file, UTF-8, with a header row; `;` or `,` separated
        file: PathBuf,
        /// Data folder used to resolve bare session names
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// Print the merged post-its, one per line (id, table, round, group, quadrant, votes, device, text)
    Notes {
        /// A session folder, its session.ron, or a folder name inside --dir
        session: PathBuf,
        /// Only this table
        #[arg(long)]
        table: Option<String>,
        /// Only this quadrant (s w o t, or a f o r)
        #[arg(long, value_parser = parse_quadrant)]
        quadrant: Option<Quadrant>,
        /// Output format
        #[arg(long, value_enum, default_value_t = notes::NotesFormat::Text)]
        format: notes::NotesFormat,
        /// Data folder used to resolve bare session names
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// Write the synthesis that organisers print: SWOT per topic, key factors, actions
    Synth {
        /// One or more sessions (folders, session.ron files, or names inside --dir); topics with the same key are merged
        #[arg(required = true, value_name = "SESSION")]
        sessions: Vec<PathBuf>,
        /// Output format [md, txt, csv, csv-actions: stdout; html, xlsx: the session's exports/ folder]
        #[arg(long, value_enum, default_value_t = SynthFormat::Md)]
        format: SynthFormat,
        /// Write here (replaced atomically); `-` for stdout
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Only this topic
        #[arg(long, value_name = "KEY")]
        topic: Option<String>,
        /// Start with a UTF-8 byte-order mark (for spreadsheet tools reading the CSV)
        #[arg(long)]
        bom: bool,
        /// Data folder used to resolve bare session names
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// List the sessions in the data folder
    List {
        /// Data folder that holds the sessions
        #[arg(long, env = "TABLEE_DIR", default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
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

// Arguments are parsed before --lang is known: these two say it both ways.

fn parse_quadrant(s: &str) -> Result<Quadrant, String> {
    Quadrant::parse(s).ok_or_else(|| {
        format!(
            "unknown quadrant {s:?}: use s, w, o, t (strengths…) / cadran inconnu : utilisez a, f, o, r (atouts…)"
        )
    })
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
            Err(e) => match crate::i18n::help::french_error(&e) {
                Some(message) => {
                    eprint!("{message}");
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
    Lang::from_env()
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
    let lang = cli.lang.unwrap_or_else(Lang::from_env);
    let out = Out { lang };
    match cli.command {
        None => {
            use std::io::IsTerminal;
            // The data folder: TABLEE_DIR, as for every command's --dir.
            let dir = std::env::var_os("TABLEE_DIR")
                .filter(|d| !d.is_empty())
                .map_or_else(|| PathBuf::from(DEFAULT_DIR), PathBuf::from);
            let dir = dir.as_path();
            if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
                match guide::ensure_demo(dir) {
                    Ok(folder) => crate::tui::run(
                        &folder.join(crate::store::session_file::SESSION_FILE),
                        None,
                        false,
                        cli.lang,
                        lang,
                        cli.device.as_deref(),
                    ),
                    Err(_) => guide::run(&out, dir),
                }
            } else {
                guide::run(&out, dir)
            }
        }
        Some(Command::Run {
            session,
            table,
            follow,
            dir,
        }) => crate::tui::run(
            &crate::store::session_file::resolve(&session, &dir),
            table.as_deref(),
            follow,
            cli.lang,
            lang,
            cli.device.as_deref(),
        ),
        Some(Command::New(args)) => {
            // The template follows --lang, else a French or English locale,
            // else French: the councils tablee serves write in French, and
            // a `C` locale says nothing of the organiser.
            let template_lang = cli.lang.or_else(Lang::from_env_known).unwrap_or(Lang::Fr);
            new::run(&out, &args, template_lang)
        }
        Some(Command::Check { paths, dir }) => check::run(&out, &paths, &dir),
        Some(Command::Status {
            session,
            format,
            dir,
        }) => status::run(&out, &session, format, &dir, jiff::Timestamp::now()),
        Some(Command::Plan {
            session,
            format,
            output,
            sort,
            dir,
        }) => plan::run(
            &out,
            &session,
            format,
            &dir,
            (cli.lang, sort),
            output.as_deref(),
        ),
        Some(Command::List { dir }) => list::run(&out, &dir),
        Some(Command::Mix {
            session,
            rounds,
            seed,
            time,
            iterations,
            people,
            participants,
            dir,
        }) => mix::run(
            &out,
            mix::MixArgs {
                session: &session,
                dir: &dir,
                rounds,
                seed,
                time,
                iterations,
                people,
                participants: participants.as_deref(),
            },
        ),
        Some(Command::Synth {
            sessions,
            format,
            output,
            topic,
            bom,
            dir,
        }) => synth::run(
            &out,
            synth::SynthArgs {
                sessions: &sessions,
                dir: &dir,
                format,
                output: output.as_deref(),
                topic: topic.as_deref(),
                bom,
                report_lang: cli.lang,
            },
        ),
        Some(Command::Add {
            session,
            table,
            quadrant,
            round,
            group,
            text,
            dir,
        }) => add::run(
            &out,
            add::AddArgs {
                session: &session,
                dir: &dir,
                table: &table,
                quadrant,
                round,
                group: group.as_deref(),
                text: &text.join(" "),
                device: cli.device.as_deref(),
            },
        ),
        Some(Command::Completions { shell }) => {
            use clap::CommandFactory;
            let mut cmd = Cli::command();
            let mut bytes = Vec::new();
            clap_complete::generate(shell, &mut cmd, "tablee", &mut bytes);
            emit(&out, None, &bytes)
        }
        Some(Command::Man) => {
            use clap::CommandFactory;
            let mut bytes = Vec::new();
            let cmd = match lang {
                Lang::Fr => crate::i18n::help::in_french(Cli::command()),
                Lang::En => Cli::command(),
            };
            match clap_mangen::Man::new(cmd).render(&mut bytes) {
                Ok(()) => emit(&out, None, &bytes),
                Err(e) => {
                    out.eprint(&format!("tablee man: {e}\n"));
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Import { session, file, dir }) => {
            import::run(&out, &session, &dir, &file, cli.device.as_deref())
        }
        Some(Command::Notes {
            session,
            table,
            quadrant,
            format,
            dir,
        }) => notes::run(&out, &session, &dir, table.as_deref(), quadrant, format),
    }
}

/// Opens a session and its journals, or prints why not.
fn open_workspace(
    out: &Out,
    arg: &std::path::Path,
    dir: &std::path::Path,
) -> Option<crate::store::workspace::Workspace> {
    let path = crate::store::session_file::resolve(arg, dir);
    match crate::store::workspace::Workspace::open(&path, out.lang) {
        Ok((ws, _warnings)) => Some(ws),
        Err(diags) => {
            print_diagnostics(out, &diags);
            None
        }
    }
}

/// Takes the device's writer lock, or prints why not.
fn open_writer(
    out: &Out,
    ws: &crate::store::workspace::Workspace,
    device: &crate::store::device::Device,
) -> Option<(
    crate::store::journal::Writer,
    crate::store::device::WriterLock,
)> {
    match ws.writer(device) {
        Ok(w) => Some(w),
        Err(e) => {
            out.eprint(&format!("{}: {}\n", ws.dir.display(), e.message(out.lang)));
            None
        }
    }
}

/// Prints `text`, or writes it to `target` (atomically) and says where.
pub(crate) fn emit(out: &Out, target: Option<&Path>, bytes: &[u8]) -> ExitCode {
    let lang = out.lang;
    match target {
        None => {
            out.write(bytes);
            ExitCode::SUCCESS
        }
        Some(path) => match write_file(path, bytes) {
            Ok(()) => {
                out.print(&lang.pick(
                    format!("Written: {}\n", path.display()),
                    format!("Écrit : {}\n", path.display()),
                ));
                ExitCode::SUCCESS
            }
            Err(e) => {
                out.eprint(&lang.pick(
                    format!(
                        "{}: not written: {} — choose another place with -o FILE\n",
                        path.display(),
                        session_file::io_message(&e, lang)
                    ),
                    format!(
                        "{} : non écrit : {} — choisissez un autre emplacement avec -o FICHIER\n",
                        path.display(),
                        session_file::io_message(&e, lang)
                    ),
                ));
                ExitCode::FAILURE
            }
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

/// Prints diagnostics on stderr, one per line.
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
    let reason = crate::store::session_file::io_message(&e.source, lang);
    lang.pick(
        format!("NOT SAVED: {}: {reason} — {rest}", e.path.display()),
        format!("NON ENREGISTRÉ : {} : {reason} — {rest}", e.path.display()),
    )
}
