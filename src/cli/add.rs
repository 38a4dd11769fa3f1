//! `tablee add SESSION --table KEY [--in COLUMN] [--round N] [--group KEY] TEXT`

use super::{Out, open_workspace, open_writer};
use crate::core::ops;
use crate::i18n::prelude::*;
use crate::store::device::Device;

/// `tablee add SESSION --table A --in f TEXT…`
#[derive(Debug, Clone, clap::Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// Table key, e.g. A
    #[arg(long)]
    pub table: String,
    /// The column: on a SWOT s, w, o, t (strengths…) or a, f, o, r (atouts,
    /// faiblesses…); on named columns its number, letter or name; not
    /// needed for an open question
    #[arg(long = "in", visible_alias = "quadrant", value_name = "COLUMN")]
    pub column: Option<String>,
    /// Round number (the group is then taken from the rotation)
    #[arg(long)]
    pub round: Option<u32>,
    /// Group key
    #[arg(long)]
    pub group: Option<String>,
    /// The post-it's text
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
}

/// `device`: the global `--device`, if given.
pub fn run(out: &Out, a: &AddArgs, device: Option<&str>) -> super::Done {
    let lang = out.lang;
    let text = a.text.join(" ");
    let ws = open_workspace(out, &a.at.session, &a.at.data.dir)?;
    let session = &ws.file.session;
    let fail = |msg: String| super::Failure::line(format!("tablee add: {msg}"));
    let column = match ops::column_of(session, &a.table, a.column.as_deref()) {
        Ok(c) => c,
        Err(e) => return Err(fail(e.message(lang))),
    };
    // One validation for every way a post-it comes in (core::ops).
    let body = match ops::add(
        session,
        ops::NewNote {
            table: &a.table,
            quadrant: column,
            round: a.round,
            group: a.group.as_deref(),
            text: &text,
        },
    ) {
        Ok(body) => body,
        Err(problems) => {
            let all: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
            return Err(fail(all.join("\n  ")));
        }
    };
    let device = match Device::resolve(device) {
        Ok(d) => d,
        Err(e) => return Err(fail(crate::i18n::store::io_message(&e, lang))),
    };
    let (mut writer, _lock) = open_writer(out, &ws, &device)?;
    match writer.append(body, jiff::Timestamp::now()) {
        Ok(event) => {
            out.print(&format!("{}\n", event.id));
            Ok(())
        }
        Err(e) => Err(fail(super::not_saved(
            &e,
            lang,
            &crate::i18n::cli::Said::NothingElseChanged.text(lang),
        ))),
    }
}
