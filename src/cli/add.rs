//! `tablee add SESSION --table KEY --quadrant Q [--round N] [--group KEY] TEXT`

use std::path::Path;
use std::process::ExitCode;

use super::{Out, open_workspace, open_writer};
use crate::core::model::Quadrant;
use crate::core::ops;
use crate::store::device::Device;

pub struct AddArgs<'a> {
    pub session: &'a Path,
    pub dir: &'a Path,
    pub table: &'a str,
    pub quadrant: Quadrant,
    pub round: Option<u32>,
    pub group: Option<&'a str>,
    pub text: &'a str,
    pub device: Option<&'a str>,
}

pub fn run(out: &Out, a: AddArgs) -> ExitCode {
    let lang = out.lang;
    let Some(ws) = open_workspace(out, a.session, a.dir) else {
        return ExitCode::FAILURE;
    };
    let session = &ws.file.session;
    let fail = |msg: String| {
        out.eprint(&format!("tablee add: {msg}\n"));
        ExitCode::FAILURE
    };
    // One validation for every way a post-it comes in (core::ops).
    let body = match ops::add(
        session,
        ops::NewNote {
            table: a.table,
            quadrant: a.quadrant,
            round: a.round,
            group: a.group,
            text: a.text,
        },
    ) {
        Ok(body) => body,
        Err(problems) => {
            let all: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
            return fail(all.join("\n  "));
        }
    };
    let device = match Device::resolve(a.device) {
        Ok(d) => d,
        Err(e) => return fail(crate::store::session_file::io_message(&e, lang)),
    };
    let Some((mut writer, _lock)) = open_writer(out, &ws, &device) else {
        return ExitCode::FAILURE;
    };
    match writer.append(body, jiff::Timestamp::now()) {
        Ok(event) => {
            out.print(&format!("{}\n", event.id));
            ExitCode::SUCCESS
        }
        Err(e) => fail(super::not_saved(
            &e,
            lang,
            lang.pick(
                "nothing else was changed; try again once fixed",
                "rien d'autre n'a été modifié ; réessayez une fois corrigé",
            ),
        )),
    }
}
