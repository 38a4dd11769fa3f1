//! `tablee propose SESSION [--topic KEY] [--theme TEXT] [--from ID] TEXT`

use super::{Out, open_workspace};
use crate::core::event::{Body, MAX_NOTE_CHARS, TextError, clean_text};
use crate::core::proposal::{self, Origin};
use crate::i18n::followup::{IdOf, Said, TextOf};

/// Longest description of a proposal, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 4000;

/// `tablee propose SESSION TEXT…`
#[derive(Debug, Clone, clap::Args)]
pub struct ProposeArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// The topic it is about (a topic key of the session)
    #[arg(long, value_name = "KEY")]
    pub topic: Option<String>,
    /// Its theme, free text; an existing theme is matched whatever the accents and case
    #[arg(long, value_name = "TEXT")]
    pub theme: Option<String>,
    /// Promote this post-it (or the cluster it heads, or the key factor it is): its id or first characters, as `tablee notes` shows
    #[arg(long, value_name = "ID")]
    pub from: Option<String>,
    /// A longer description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Correct a proposal already recorded (its id or first characters): the
    /// text given becomes its title, --theme its theme; the history keeps both
    #[arg(long, value_name = "ID", conflicts_with_all = ["from", "topic", "description"])]
    pub amend: Option<String>,
    /// The proposal's short text (by default, the post-it's with --from)
    #[arg(num_args = 0..)]
    pub text: Vec<String>,
}

/// `device`: the global `--device`, if given.
pub fn run(out: &Out, a: &ProposeArgs, device: Option<&str>) -> super::Done {
    let lang = out.lang;
    let fail = |msg: String| {
        super::Failure::line(format!(
            "tablee propose: {msg}\n  {}",
            Said::NothingChanged.text(lang)
        ))
    };
    let ws = open_workspace(out, &a.at.session, &a.at.data.dir)?;
    if let Some(typed) = a.amend.as_deref() {
        return amend(out, a, &ws, typed, device, &fail);
    }
    let session = &ws.file.session;
    let mut origin = Origin::default();
    let mut from_text = None;
    if let Some(typed) = a.from.as_deref() {
        let live: Vec<uuid::Uuid> = ws.board.notes.keys().copied().collect();
        match proposal::resolve(typed, &live) {
            Ok(id) => {
                origin = crate::core::followup::origin_of_note(session, &ws.board, id)
                    .expect("a post-it of the board");
                from_text = ws.board.notes.get(&id).map(|n| n.text.clone());
            }
            Err(problem) => {
                return Err(fail(
                    Said::Id {
                        typed,
                        problem: &problem,
                        what: IdOf::PostIt,
                    }
                    .text(lang),
                ));
            }
        }
    }
    if let Some(key) = a.topic.as_deref() {
        if session.topic(key).is_none() {
            let known: Vec<&str> = session.topics.iter().map(|t| t.key.as_str()).collect();
            return Err(fail(
                Said::UnknownTopic {
                    typed: key,
                    known: &known.join(", "),
                }
                .text(lang),
            ));
        }
        origin.topic = Some(key.to_string());
    }
    let typed = a.text.join(" ");
    let raw = if typed.trim().is_empty() {
        from_text.unwrap_or_default()
    } else {
        typed
    };
    let text = title_of(&raw, lang, &fail)?.ok_or_else(|| fail(Said::NoText.text(lang)))?;
    let description = crate::core::text::sanitize(a.description.as_deref().unwrap_or(""))
        .trim()
        .to_string();
    let chars = description.chars().count();
    if chars > MAX_DESCRIPTION_CHARS {
        return Err(fail(
            Said::TooLong {
                what: TextOf::Description,
                chars,
                max: MAX_DESCRIPTION_CHARS,
            }
            .text(lang),
        ));
    }
    let existing = crate::core::followup::of_session(session, &ws.board, 0);
    let theme = a
        .theme
        .as_deref()
        .and_then(|t| proposal::typed_theme(t, session, &existing));
    let body = Body::Propose {
        text,
        description,
        theme,
        origin,
    };
    match super::write_one(out, &ws, device, body, &fail) {
        Ok(event) => {
            let ids = existing
                .iter()
                .map(|p| &p.id)
                .chain(std::iter::once(&event.id));
            let short = proposal::short_ids(ids);
            // The id alone on stdout (for scripts), the next step on stderr.
            out.print(&format!("{}\n", short[&event.id]));
            out.eprint(&format!(
                "{}\n",
                Said::Proposed {
                    id: &short[&event.id],
                    session: &a.at.session.display().to_string(),
                }
                .text(lang)
            ));
            Ok(())
        }
        Err(failure) => Err(failure),
    }
}

/// `tablee propose SESSION --amend ID [TITLE] [--theme THEME]`: a
/// correction, written as an answer event so that the history keeps what it
/// replaces.
fn amend(
    out: &Out,
    a: &ProposeArgs,
    ws: &crate::store::workspace::Workspace,
    typed: &str,
    device: Option<&str>,
    fail: &dyn Fn(String) -> super::Failure,
) -> super::Done {
    let lang = out.lang;
    let session = &ws.file.session;
    let proposals = crate::core::followup::of_session(session, &ws.board, 0);
    let ids: Vec<uuid::Uuid> = proposals.iter().map(|p| p.id).collect();
    let id = proposal::resolve(typed, &ids).map_err(|problem| {
        fail(
            Said::Id {
                typed,
                problem: &problem,
                what: IdOf::Proposal,
            }
            .text(lang),
        )
    })?;
    let title = title_of(&a.text.join(" "), lang, fail)?;
    let response = proposal::Response {
        title,
        theme: a
            .theme
            .as_deref()
            .and_then(|t| proposal::typed_theme(t, session, &proposals)),
        ..proposal::Response::default()
    };
    super::respond::write_answer(out, ws, device, (id, &ids), response, fail)
}

/// A proposal's title as typed, cleaned: `None` when empty; too long is
/// refused with its length and the limit.
fn title_of(
    raw: &str,
    lang: crate::i18n::Lang,
    fail: &dyn Fn(String) -> super::Failure,
) -> Result<Option<String>, super::Failure> {
    match clean_text(raw) {
        Ok(t) => Ok(Some(t)),
        Err(TextError::Empty) => Ok(None),
        Err(TextError::TooLong { chars }) => Err(fail(
            Said::TooLong {
                what: TextOf::Proposal,
                chars,
                max: MAX_NOTE_CHARS,
            }
            .text(lang),
        )),
    }
}
