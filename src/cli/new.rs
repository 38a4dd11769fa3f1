//! `tablee new NAME [--template …] [--topic KEY=Title …] [--table KEY=TOPIC:Host …]
//! [--groups N | --participants people.csv] [--rounds N] [--round-minutes M]
//! [--date …] [--start …] [--place …] [--dir sessions]`

use crate::i18n::prelude::*;
use std::path::{Path, PathBuf};

use super::{Done, Failure, Out, TemplateArg};
use crate::core::model::Rotation;
use crate::core::setup::{self, Spec};
use crate::core::templates::Template;
use crate::core::text::{sanitize, slug};
use crate::core::validate::Severity;
use crate::i18n::Lang;
use crate::i18n::setup::{NewText, PairOption};
use crate::i18n::store::io_message;
use crate::i18n::templates;
use crate::store::session_file::{self, SESSION_FILE, SessionFile};

/// Create a session folder from a template, or from a few choices
#[derive(Debug, Clone, clap::Args)]
pub struct NewArgs {
    /// The workshop's title, e.g. "Conseil local du numérique"
    pub name: String,
    /// What kind of workshop to start from
    #[arg(long, value_enum, default_value_t = TemplateArg::WorldCafe)]
    pub template: TemplateArg,
    /// Start from an earlier workshop's plan (topics, tables, groups,
    /// agenda) with a fresh id and no post-its
    #[arg(long, value_name = "SESSION", conflicts_with_all = ["template", "topics", "tables", "groups", "participants", "rounds"])]
    pub from: Option<PathBuf>,
    /// A topic, KEY="Title"; repeat for each topic (replaces the template's)
    #[arg(long = "topic", value_name = "KEY=TITLE")]
    pub topics: Vec<String>,
    /// A topic's question, KEY="Question?"
    #[arg(long = "question", value_name = "KEY=QUESTION")]
    pub questions: Vec<String>,
    /// A table, KEY=TOPIC or KEY=TOPIC:"Host name"; repeat for each table
    /// [default: one table per topic]
    #[arg(long = "table", value_name = "KEY=TOPIC[:HOST]")]
    pub tables: Vec<String>,
    /// Groups that move together from table to table, numbered 1 to N
    #[arg(long, value_name = "N", conflicts_with = "participants")]
    pub groups: Option<usize>,
    /// People who move one by one, from a spreadsheet (columns as for
    /// `tablee mix --participants`): they are seated at once
    #[arg(long, value_name = "FILE.csv")]
    pub participants: Option<PathBuf>,
    /// Rounds (the agenda's Round phases)
    #[arg(long, value_name = "N")]
    pub rounds: Option<usize>,
    /// Minutes of each round, or a range: 20, 15-20
    #[arg(long, value_name = "M")]
    pub round_minutes: Option<String>,
    /// The instruction to the room in every round (shown on the projector, printed on the run-sheet)
    #[arg(long, value_name = "TEXT")]
    pub round_instruction: Option<String>,
    /// Who leads the phases, e.g. "Équipe d'animation" (printed on the run-sheet)
    #[arg(long, value_name = "NAME")]
    pub lead: Option<String>,
    /// The day of the workshop [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Start time, e.g. 09:30
    #[arg(long, value_name = "HH:MM")]
    pub start: Option<String>,
    /// Where it takes place
    #[arg(long)]
    pub place: Option<String>,
    /// The council's commitment to answer every proposal within a delay: 8w (weeks), 60d (days), 2m (months); proposals and the follow-up then show what is late first
    #[arg(long, value_name = "DELAY")]
    pub answer_within: Option<String>,
    /// A statement of the débat mouvant (repeat for each, in the order they are put); adds the debate to the agenda
    #[arg(long = "statement", value_name = "TEXT")]
    pub statements: Vec<String>,
    #[command(flatten)]
    pub data: super::DataDir,
}

impl NewArgs {
    /// Whether anything beyond the template was chosen.
    fn chooses(&self) -> bool {
        !self.topics.is_empty()
            || !self.tables.is_empty()
            || self.groups.is_some()
            || self.participants.is_some()
            || self.rounds.is_some()
            || self.round_minutes.is_some()
            || self.round_instruction.is_some()
            || self.lead.is_some()
            || !self.statements.is_empty()
    }
}

/// `KEY=value`, trimmed, neither side empty.
fn pair(s: &str) -> Option<(String, String)> {
    let (k, v) = s.split_once('=')?;
    let (k, v) = (
        sanitize(k).trim().to_string(),
        sanitize(v).trim().to_string(),
    );
    (!k.is_empty() && !v.is_empty()).then_some((k, v))
}

/// The choices as a [`Spec`], and every malformed option's message.
fn spec(args: &NewArgs, lang: Lang) -> (Spec, Vec<String>) {
    let mut bad = Vec::new();
    let mut pairs = |option: PairOption, values: &[String]| -> Vec<(String, String)> {
        values
            .iter()
            .filter_map(|v| {
                let p = pair(v);
                if p.is_none() {
                    bad.push(NewText::BadPair { option, value: v }.text(lang));
                }
                p
            })
            .collect()
    };
    let topics = pairs(PairOption::Topic, &args.topics);
    let questions = pairs(PairOption::Question, &args.questions);
    let tables = pairs(PairOption::Table, &args.tables)
        .into_iter()
        .map(|(key, rest)| match rest.split_once(':') {
            Some((topic, host)) => (key, topic.trim().to_string(), host.trim().to_string()),
            None => (key, rest, String::new()),
        })
        .collect();
    let date = args.date.as_deref().and_then(|d| {
        d.trim()
            .parse()
            .map_err(|_| bad.push(NewText::BadDate { value: d }.text(lang)))
            .ok()
    });
    let start = args.start.as_deref().and_then(|t| {
        t.trim()
            .parse()
            .map_err(|_| bad.push(NewText::BadTime { value: t }.text(lang)))
            .ok()
    });
    // « 20 », or a range « 15-20 » (« 15..20 », « 15 à 20 »).
    let (round_minutes, round_up_to) = match args.round_minutes.as_deref() {
        None => (None, None),
        Some(typed) => {
            let t = typed.trim();
            let range = t
                .split_once("..")
                .or_else(|| t.split_once(['-', '–']))
                .or_else(|| t.split_once(" à "))
                .or_else(|| t.split_once(" to "));
            let parsed = match range {
                Some((a, b)) => match (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
                    (Ok(a), Ok(b)) if b > a => Some((Some(a), Some(b))),
                    _ => None,
                },
                None => t.parse::<u32>().ok().map(|m| (Some(m), None)),
            };
            parsed.unwrap_or_else(|| {
                bad.push(NewText::BadMinutes { value: typed }.text(lang));
                (None, None)
            })
        }
    };
    let text = |v: &Option<String>| {
        v.as_deref()
            .map(|t| sanitize(t).trim().to_string())
            .filter(|t| !t.is_empty())
    };
    let spec = Spec {
        topics,
        questions,
        tables,
        groups: args.groups,
        rounds: args.rounds,
        round_minutes,
        round_up_to,
        lead: text(&args.lead),
        round_instruction: text(&args.round_instruction),
        date,
        start,
        place: args
            .place
            .as_deref()
            .map(|p| sanitize(p).trim().to_string()),
        statements: args
            .statements
            .iter()
            .map(|s| sanitize(s).trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    };
    (spec, bad)
}

/// `template_lang`: the language of the template's placeholders and
/// agenda (messages are in `out.lang`).
pub fn run(out: &Out, args: &NewArgs, template_lang: Lang) -> Done {
    let lang = out.lang;
    let refuse = |lines: &[String]| {
        let mut all = lines.to_vec();
        all.push(NewText::NothingWritten.text(lang));
        Err(Failure::Said(all))
    };
    let title = sanitize(&args.name).trim().to_string();
    if title.is_empty() {
        return Err(Failure::line(NewText::EmptyName.text(lang)));
    }
    let (spec, mut bad) = spec(args, lang);
    let today = jiff::Zoned::now().date();
    let date = spec.date.unwrap_or(today);
    let folder = session_folder(&args.data.dir, date, &title);
    let path = folder.join(SESSION_FILE);
    if folder.exists() {
        let folder = folder.display().to_string();
        return Err(Failure::line(
            NewText::Exists { folder: &folder }.text(lang),
        ));
    }
    let mut session = match &args.from {
        // An earlier workshop's plan: a fresh id (so its post-its are never
        // taken for this one's), the new date, no journals.
        Some(source) => {
            let source = session_file::resolve(source, &args.data.dir);
            // As the room saw it: its set-up's events included.
            match crate::store::workspace::Workspace::read(&source) {
                Ok((old, _)) => {
                    let mut s = old.file.session;
                    s.id = uuid::Uuid::new_v4();
                    s.title = title.clone();
                    s
                }
                Err(diags) => {
                    let lines: Vec<String> = diags.iter().map(|d| d.line(lang)).collect();
                    return Err(Failure::line(lines.join("\n")));
                }
            }
        }
        None => templates::build(
            args.template.into(),
            template_lang,
            &title,
            Some(date),
            uuid::Uuid::new_v4(),
        ),
    };
    session.date = Some(date);
    if let Some(typed) = args.answer_within.as_deref() {
        match crate::core::deadline::Delay::parse(typed) {
            Some(d) => session.answer_within = Some(d),
            None => bad.push(NewText::BadDelay { value: typed }.text(lang)),
        }
    }
    if let Err(problems) = setup::apply(
        &mut session,
        &spec,
        crate::i18n::setup::agenda_words(template_lang),
    ) {
        bad.extend(problems.iter().map(|p| p.message(lang)));
    }
    if !bad.is_empty() {
        return refuse(&bad);
    }
    // People moving one by one: their file is checked and written in
    // with the rest; `mix` then seats them in the written session.
    let people_csv = args.participants.as_deref();
    if let Some(csv) = people_csv {
        session.groups.clear();
        session.rotation = Rotation::Auto;
        let rounds = session.round_phases().max(1);
        match super::people::read(csv, &session, rounds, lang) {
            Ok(people) => super::people::apply(&mut session, &people, rounds),
            Err(lines) => return refuse(&lines),
        }
    }
    // The result must be sound as a whole before it is written.
    let probe = SessionFile {
        path: path.clone(),
        source: session_file::to_ron(&session, &crate::i18n::store::file_words(session.lang)),
        session: session.clone(),
    };
    let problems = probe.problems();
    let errors: Vec<String> = problems
        .iter()
        .filter(|(p, _)| p.severity == Severity::Error)
        .map(|(p, _)| p.message(lang))
        .collect();
    if !errors.is_empty() {
        return refuse(&errors);
    }
    if let Err(e) = session_file::create(
        &path,
        &session,
        &crate::i18n::store::file_words(session.lang),
    ) {
        return Err(Failure::line(format!(
            "{}: {}",
            path.display(),
            io_message(&e, lang)
        )));
    }
    out.print(&format!("{}\n", path.display()));
    if people_csv.is_some() {
        let code = super::mix::run(
            out,
            &super::mix::MixArgs {
                at: super::SessionAt {
                    session: path.clone(),
                    data: args.data.clone(),
                },
                rounds: None,
                seed: 1,
                time: 2.0,
                iterations: None,
                people: None,
                participants: None,
                here: false,
                from_round: None,
                replan: false,
            },
            None,
        );
        code?;
    }
    let folder = folder.display().to_string();
    // Template text left to replace: say so (check names each one).
    let placeholders_left = args.from.is_none()
        && (!args.chooses()
            || !crate::core::validate::placeholders(&session, templates::is_placeholder)
                .is_empty());
    out.eprint(
        &(NewText::Next {
            folder: &folder,
            edit: placeholders_left,
        }
        .text(lang)
            + "\n"),
    );
    Ok(())
}

/// A new session's folder in `dir`: `<date>-<slug of the title>`.
fn session_folder(dir: &Path, date: jiff::civil::Date, title: &str) -> PathBuf {
    dir.join(format!("{date}-{}", slug(title)))
}

/// `tablee setup` with no session (and `s` on the demo): the set-up screen
/// on a new session from the World Café template, in `template_lang`. Its
/// first save writes the session; the set-up goes on in the room's
/// runtime, where the screen stood, every change a set-up event. Once the
/// screen is left, the session's path and what to do next are printed.
pub fn on_screen(
    out: &Out,
    dir: &Path,
    (lang, device): (Option<Lang>, Option<&str>),
    template_lang: Lang,
) -> Done {
    let messages = out.lang;
    let screen_lang = lang.unwrap_or(template_lang);
    let today = jiff::Zoned::now().date();
    let (state, save, written) = unsaved(dir, template_lang, screen_lang, today);
    let cursor = crate::tui::setup::run_state(state, save)
        .map_err(|e| super::screen_failed(&e, messages))?;
    let path = written.borrow().clone();
    if let (Some(path), Some(cursor)) = (&path, cursor) {
        super::run::screens(
            out,
            path,
            crate::tui::Start::Setup(Some(cursor)),
            (Some(screen_lang), device),
            (&[], 0),
        )?;
    }
    if let Some(path) = &path {
        out.print(&format!("{}\n", path.display()));
        let folder = path.parent().unwrap_or(path).display().to_string();
        out.eprint(
            &(NewText::Next {
                folder: &folder,
                edit: false,
            }
            .text(messages)
                + "\n"),
        );
    }
    Ok(())
}

/// Where a session prepared on screen went, once it is on disk.
pub type Written = std::rc::Rc<std::cell::RefCell<Option<PathBuf>>>;

/// A new session from the World Café template, for the set-up screen, and
/// its saver: the first Ctrl-S writes it into `<date>-<title>` in `dir` (a
/// folder already there is refused, and the screen says so: change the
/// title or the date); the runtime takes the session from there.
pub fn unsaved(
    dir: &Path,
    template_lang: Lang,
    screen_lang: Lang,
    today: jiff::civil::Date,
) -> (
    crate::tui::screens::setup::State,
    crate::tui::setup::Saver,
    Written,
) {
    let session = templates::build(
        Template::WorldCafe,
        template_lang,
        template_lang.setup_screen().new_session,
        Some(today),
        uuid::Uuid::new_v4(),
    );
    let state = crate::tui::screens::setup::State::unsaved(session, screen_lang);
    let written: Written = Written::default();
    let dir = dir.to_path_buf();
    let at = written.clone();
    let save: crate::tui::setup::Saver = Box::new(move |session| {
        let folder = session_folder(&dir, session.date.unwrap_or(today), &session.title);
        if folder.exists() {
            let folder = folder.display().to_string();
            return Err(NewText::Exists { folder: &folder }.text(screen_lang));
        }
        let path = folder.join(SESSION_FILE);
        session_file::create(
            &path,
            session,
            &crate::i18n::store::file_words(session.lang),
        )
        .map_err(|e| io_message(&e, screen_lang))?;
        *at.borrow_mut() = Some(path);
        Ok(())
    });
    (state, save, written)
}
