//! `tablee respond SESSION ID --status STATUS [--owner …] [--due …] [TEXT]`

use super::{Out, open_workspace};
use crate::core::event::{Body, MAX_NOTE_CHARS};
use crate::core::proposal::{self, Due, ProgressNote, Response, StatusInput};
use crate::i18n::followup::{IdOf, Said, TextOf};

/// `tablee respond SESSION ID …`
#[derive(Debug, Clone, clap::Args)]
pub struct RespondArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// The proposal's id, or its first characters (at least 4)
    pub id: String,
    /// accepted, modified, escalated, studying, clarify, refused, out-of-scope; or in-progress, done for a progress note (French names too: acceptée, remontée, à-l-étude, non-retenue, hors-périmètre, en-cours, réalisée…)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Who carries it (to whom it is escalated, whose remit it is); "" clears it
    #[arg(long, value_name = "TEXT")]
    pub owner: Option<String>,
    /// When: a year (2026), a month (2026-03) or a day (2026-03-15)
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// A condition, e.g. "subject to funding"; "" clears it
    #[arg(long, value_name = "TEXT")]
    pub condition: Option<String>,
    /// Another theme for it
    #[arg(long, value_name = "TEXT")]
    pub theme: Option<String>,
    /// The day of a progress note (default: today)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<String>,
    /// The response (the reason when refused, the question to clarify, what changes), or the progress note's text
    #[arg(num_args = 0..)]
    pub text: Vec<String>,
}

/// `today`: the organiser's day, for a progress note without --on.
pub fn run(
    out: &Out,
    a: &RespondArgs,
    device: Option<&str>,
    today: jiff::civil::Date,
) -> super::Done {
    let lang = out.lang;
    let fail = |msg: String| {
        super::Failure::line(format!(
            "tablee respond: {msg}\n  {}",
            Said::NothingChanged.text(lang)
        ))
    };
    let ws = open_workspace(out, &a.at.session, &a.at.data.dir)?;
    let session = &ws.file.session;
    let proposals = crate::core::followup::of_session(session, &ws.board, 0);
    let ids: Vec<uuid::Uuid> = proposals.iter().map(|p| p.id).collect();
    let id = match proposal::resolve(&a.id, &ids) {
        Ok(id) => id,
        Err(problem) => {
            return Err(fail(
                Said::Id {
                    typed: &a.id,
                    problem: &problem,
                    what: IdOf::Proposal,
                }
                .text(lang),
            ));
        }
    };
    let clean = |s: &str| crate::core::text::sanitize(s).trim().to_string();
    let status = match a.status.as_deref().map(|s| (s, StatusInput::parse(s))) {
        None => None,
        Some((_, Some(s))) => Some(s),
        Some((typed, None)) => return Err(fail(Said::BadStatus { typed }.text(lang))),
    };
    let due = match a.due.as_deref() {
        None => None,
        Some(typed) => match Due::parse(typed) {
            Some(d) => Some(d),
            None => return Err(fail(Said::BadDue { typed }.text(lang))),
        },
    };
    let on = match a.on.as_deref() {
        None => None,
        Some(typed) => match typed.trim().parse::<jiff::civil::Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                return Err(fail(
                    Said::BadDate {
                        option: "--on",
                        typed,
                    }
                    .text(lang),
                ));
            }
        },
    };
    let text = clean(&a.text.join(" "));
    let chars = text.chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(fail(
            Said::TooLong {
                what: TextOf::Response,
                chars,
                max: MAX_NOTE_CHARS,
            }
            .text(lang),
        ));
    }
    let mut response = Response {
        owner: a.owner.as_deref().map(clean),
        condition: a.condition.as_deref().map(clean),
        due,
        theme: a
            .theme
            .as_deref()
            .and_then(|t| proposal::typed_theme(t, session, &proposals)),
        ..Response::default()
    };
    match status {
        Some(StatusInput::Progress(state)) => {
            response.progress = Some(ProgressNote {
                state,
                on: on.unwrap_or(today),
                text,
            });
        }
        Some(StatusInput::Answer(s)) => {
            if on.is_some() {
                return Err(fail(Said::ProgressNeedsState.text(lang)));
            }
            response.status = Some(s);
            response.text = (!text.is_empty()).then_some(text);
        }
        None => {
            if on.is_some() {
                return Err(fail(Said::ProgressNeedsState.text(lang)));
            }
            response.text = (!text.is_empty()).then_some(text);
        }
    }
    write_answer(out, &ws, device, (id, &ids), response, &fail)
}

/// Writes one answer to proposal `id` (one of `ids`, for its short form)
/// and says what was recorded; an empty answer is refused.
pub(super) fn write_answer(
    out: &Out,
    ws: &crate::store::workspace::Workspace,
    device: Option<&str>,
    (id, ids): (uuid::Uuid, &[uuid::Uuid]),
    response: Response,
    fail: &dyn Fn(String) -> super::Failure,
) -> super::Done {
    let lang = out.lang;
    if response.is_empty() {
        return Err(fail(Said::NothingToRecord.text(lang)));
    }
    let summary = crate::report::followup::change(&response, response.status, false, lang);
    let body = Body::Respond {
        proposal: id,
        response,
    };
    super::write_one(out, ws, device, body, fail)?;
    let short = proposal::short_ids(ids);
    out.print(&format!(
        "{}\n",
        Said::Answered {
            id: &short[&id],
            text: &summary,
        }
        .text(lang)
    ));
    Ok(())
}
