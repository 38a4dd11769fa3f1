//! `tablee forms SESSION`: typing paper questionnaires in, on the screen
//! made for it; `--import FILE.csv` takes them from a spreadsheet
//! instead: a header line naming the questions (their words, or Q1, Q2…),
//! then one line per form, each answer as the screen takes it (a step's
//! or a choice's number or words; several choices as `13` or `a | b`; a
//! free text as written; empty: blank). Every line is checked before
//! anything is written: one bad answer and nothing is imported. Ids come
//! from the session, the line and its content, so importing the same file
//! twice adds nothing the second time.

use std::collections::HashSet;
use std::path::PathBuf;

use uuid::Uuid;

use super::{Failure, Out, open_workspace, open_writer};
use crate::core::event::Body;
use crate::core::questionnaire::{self, Answer, Questionnaire};
use crate::i18n::forms::Refusal;
use crate::store::device::{Device, NAMESPACE};
use crate::tui::Start;

/// `tablee forms SESSION`
#[derive(Debug, Clone, clap::Args)]
pub struct FormsArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// Take the forms from this CSV file instead of the screen: a header line naming the questions (their words, or Q1, Q2…), then one line per form
    #[arg(long = "import", value_name = "FILE")]
    pub import: Option<PathBuf>,
    /// The questionnaire the file's forms answer, by its title (needed when the session has several)
    #[arg(long, value_name = "TITLE", requires = "import")]
    pub questionnaire: Option<String>,
}

pub fn run(
    out: &Out,
    args: &FormsArgs,
    screen_lang: Option<crate::i18n::Lang>,
    device: Option<&str>,
) -> super::Done {
    let Some(file) = &args.import else {
        let session = crate::store::session_file::resolve(&args.at.session, &args.at.data.dir);
        return super::run::screens(out, &session, Start::Forms, (screen_lang, device), (&[], 0))
            .map(|_| ());
    };
    let lang = out.lang;
    let ws = open_workspace(out, &args.at.session, &args.at.data.dir)?;
    let fail = |msg: String| Failure::line(msg);
    let text = std::fs::read(file).map_err(|e| {
        fail(format!(
            "{}: {}",
            file.display(),
            crate::i18n::store::io_message(&e, lang)
        ))
    })?;
    let text = String::from_utf8_lossy(&text);
    let session = &ws.file.session;
    let q = which(&session.questionnaires, args.questionnaire.as_deref())
        .map_err(|r| fail(format!("tablee forms: {}", r.text(lang))))?;
    let forms = parse(&text, q).map_err(|problems| {
        let mut msg = String::new();
        for (line, r) in &problems {
            msg.push_str(&format!("{}:{line}: {}\n", file.display(), r.text(lang)));
        }
        msg.push_str(
            &Refusal::NothingImported {
                problems: problems.len(),
            }
            .text(lang),
        );
        fail(msg)
    })?;
    let device =
        Device::resolve(device).map_err(|e| fail(crate::i18n::store::io_message(&e, lang)))?;
    let (mut writer, _lock) = open_writer(out, &ws, &device)?;
    let seen: HashSet<Uuid> = ws.loaded.events.iter().map(|e| e.id).collect();
    let now = jiff::Timestamp::now();
    let (mut added, mut present) = (0usize, 0usize);
    for (line, raw, answers) in forms {
        let id = Uuid::new_v5(
            &NAMESPACE,
            format!("forms:{}:{}:{line}:{raw}", session.id, q.title).as_bytes(),
        );
        if seen.contains(&id) {
            present += 1;
            continue;
        }
        let body = Body::Form {
            form: id,
            questionnaire: q.title.clone(),
            answers,
        };
        if let Err(e) = writer.append_with_id(id, body, now) {
            let tail = crate::i18n::cli::Said::ImportStopped { added }.text(lang);
            return Err(fail(super::not_saved(&e, lang, &tail)));
        }
        added += 1;
    }
    out.print(&format!(
        "{}\n",
        Refusal::Imported { added, present }.text(lang)
    ));
    Ok(())
}

/// The questionnaire a file answers: the one named, or the session's only
/// one.
pub fn which<'a>(
    all: &'a [Questionnaire],
    named: Option<&str>,
) -> Result<&'a Questionnaire, Refusal> {
    let titles = || all.iter().map(|q| q.title.clone()).collect::<Vec<_>>();
    match named {
        Some(n) => all
            .iter()
            .find(|q| questionnaire::same(&q.title, n))
            .ok_or_else(|| Refusal::NoSuchQuestionnaire {
                named: n.to_string(),
                titles: titles(),
            }),
        None => match all {
            [] => Err(Refusal::NoQuestionnaire),
            [one] => Ok(one),
            _ => Err(Refusal::WhichQuestionnaire { titles: titles() }),
        },
    }
}

/// One form read from a file: its line, the line as written (for its id),
/// its answers.
pub type FileForm = (usize, String, Vec<(String, Answer)>);

/// Reads a file of forms, all or nothing: the forms, or every problem
/// with its line.
pub fn parse(text: &str, q: &Questionnaire) -> Result<Vec<FileForm>, Vec<(usize, Refusal)>> {
    let records = super::judge::records(text).map_err(|e| match e {
        super::judge::TallyError::Unreadable { line } => vec![(line, Refusal::Unreadable)],
        _ => vec![(1, Refusal::Empty)],
    })?;
    let mut records = records.into_iter();
    let Some((head_line, head)) = records.next() else {
        return Err(vec![(1, Refusal::Empty)]);
    };
    // Each column: a question (by its position), or a label (ignored).
    let mut columns: Vec<Option<usize>> = Vec::new();
    let mut problems = Vec::new();
    for (c, name) in head.iter().enumerate() {
        let by_number = name
            .trim_start_matches(['Q', 'q'])
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=q.questions.len()).contains(n))
            .map(|n| n - 1);
        let by_words = q
            .questions
            .iter()
            .position(|x| questionnaire::same(&x.text, name));
        match by_words.or(by_number) {
            Some(i) if columns.contains(&Some(i)) => problems.push((
                head_line,
                Refusal::QuestionTwice {
                    column: c + 1,
                    question: q.questions[i].text.clone(),
                },
            )),
            Some(i) => columns.push(Some(i)),
            None if is_label(name) => columns.push(None),
            None => problems.push((
                head_line,
                Refusal::UnknownColumn {
                    column: c + 1,
                    name: name.clone(),
                    questions: q.questions.len(),
                },
            )),
        }
    }
    if problems.is_empty() && !columns.iter().any(Option::is_some) {
        problems.push((head_line, Refusal::NoQuestionColumn));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out = Vec::new();
    for (line, record) in records {
        let mut answers = Vec::new();
        for (c, cell) in record.iter().enumerate() {
            let Some(Some(i)) = columns.get(c) else {
                if c >= columns.len() && !cell.is_empty() {
                    problems.push((line, Refusal::ExtraCell { column: c + 1 }));
                }
                continue;
            };
            let question = &q.questions[*i];
            match questionnaire::read(question, cell) {
                Ok(Some(a)) => answers.push((question.text.clone(), a)),
                Ok(None) => {}
                Err(e) => problems.push((
                    line,
                    Refusal::Answer {
                        column: c + 1,
                        question: question.text.clone(),
                        why: e,
                    },
                )),
            }
        }
        if !answers.is_empty() {
            out.push((line, record.join("\u{1f}"), answers));
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// A column that numbers or names the forms, not a question.
fn is_label(name: &str) -> bool {
    matches!(
        crate::core::text::fold(name).trim_matches(['.', ' ']),
        "" | "#"
            | "n"
            | "no"
            | "nº"
            | "n°"
            | "id"
            | "form"
            | "formulaire"
            | "label"
            | "numero"
            | "number"
    )
}
