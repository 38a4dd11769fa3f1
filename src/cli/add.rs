//! `tablee add SESSION --table KEY --quadrant Q [--round N] [--group KEY] TEXT`

use std::path::Path;
use std::process::ExitCode;

use super::{Out, open_workspace, open_writer};
use crate::core::event::{Body, clean_text};
use crate::core::model::Quadrant;
use crate::core::plan;
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
    let Some(table) = session.table(a.table) else {
        return fail(session.no_such_table(a.table, lang));
    };
    let table = table.key.as_str();
    let rounds = session.round_phases() as u32;
    if let Some(r) = a.round
        && (r == 0 || r > rounds)
    {
        return fail(lang.pick(
            format!("round {r} does not exist: this session has rounds 1 to {rounds}"),
            format!("le tour {r} n'existe pas : cette session a les tours 1 à {rounds}"),
        ));
    }
    if let Some(g) = a.group
        && !session.groups.iter().any(|x| x.key == g)
    {
        let known = key_list(session.groups.iter().map(|g| g.key.as_str()));
        return fail(lang.pick(
            format!("there is no group {g:?}; groups: {known}"),
            format!("il n'y a pas de groupe {g:?} ; groupes : {known}"),
        ));
    }
    let text = match clean_text(a.text) {
        Ok(t) => t,
        Err(e) => return fail(e.message(lang)),
    };
    // Known round, unknown group: the plan says who sat there.
    let group = a
        .group
        .map(str::to_string)
        .or_else(|| plan::group_at(session, table, a.round?));
    let device = match Device::resolve(a.device) {
        Ok(d) => d,
        Err(e) => return fail(crate::store::session_file::io_message(&e, lang)),
    };
    let Some((mut writer, _lock)) = open_writer(out, &ws, &device) else {
        return ExitCode::FAILURE;
    };
    let body = Body::Add {
        table: table.to_string(),
        quadrant: a.quadrant,
        round: a.round,
        group,
        text,
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

/// "A, B, C": the keys a user may choose from, for error messages.
fn key_list<'a>(keys: impl Iterator<Item = &'a str>) -> String {
    keys.collect::<Vec<_>>().join(", ")
}
