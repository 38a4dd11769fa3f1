//! `tablee here SESSION [NAME…] [--walk-in NAME…] [--gone NAME…]`: the
//! door. Ticks people of the register in (a journal event by id, never a
//! name: several laptops at the door merge like post-its), adds a walk-in
//! to the register and ticks them in, takes a tick back; then says how
//! many are here against those invited and the room's capacity. Without
//! names, lists who is here and who is expected.

use crate::i18n::prelude::*;

use super::{Failure, Out, open_workspace, open_writer};
use crate::core::event::Body;
use crate::core::register::{Person, present, walk_in_id};
use crate::i18n::register::{Said, file_header};
use crate::store::device::Device;
use crate::store::register;

/// `tablee here SESSION …`
#[derive(Debug, Clone, clap::Args)]
pub struct HereArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// People of the register who arrive (each name in quotes, or one word of it only they have)
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
    /// Someone not in the register: added to it and ticked in (repeat for each)
    #[arg(long = "walk-in", value_name = "NAME")]
    pub walk_ins: Vec<String>,
    /// Take back a tick given by mistake (repeat for each)
    #[arg(long, value_name = "NAME")]
    pub gone: Vec<String>,
    /// The door's screen: type a name, Enter ticks them in (a name nobody has: welcomed without an invitation)
    #[arg(long, conflicts_with_all = ["names", "walk_ins", "gone"])]
    pub screen: bool,
}

pub fn run(
    out: &Out,
    a: &HereArgs,
    screen_lang: Option<crate::i18n::Lang>,
    device: Option<&str>,
) -> super::Done {
    let lang = out.lang;
    if a.screen {
        let session = crate::store::session_file::resolve(&a.at.session, &a.at.data.dir);
        return super::run::screens(
            out,
            &session,
            crate::tui::Start::Door,
            (screen_lang, device),
            (&[], 0),
        )
        .map(|_| ());
    }
    let ws = open_workspace(out, &a.at.session, &a.at.data.dir)?;
    let session = &ws.file.session;
    let reg_dir = register::dir_of_session(&ws.file.path);
    let mut reg = register::load(&reg_dir).map_err(|e| {
        Failure::line(crate::store::session_file::Diagnostic::from_load_error(&e).line(lang))
    })?;
    let device = Device::resolve(device).map_err(|e| {
        Failure::line(format!(
            "tablee here: {}",
            crate::i18n::store::io_message(&e, lang)
        ))
    })?;

    // Every name resolved before anything is written.
    let mut problems = Vec::new();
    let mut ticks: Vec<(uuid::Uuid, bool)> = Vec::new();
    let resolve = super::register::resolve;
    for n in &a.names {
        if let Some(id) = resolve(&reg, n, &mut problems, lang) {
            ticks.push((id, true));
        }
    }
    for n in &a.gone {
        if let Some(id) = resolve(&reg, n, &mut problems, lang) {
            ticks.push((id, false));
        }
    }
    // Walk-ins, added to the register as it is on disk when written.
    let mut added: Vec<Person> = Vec::new();
    for n in &a.walk_ins {
        // Someone already in the register (typed in full) is ticked in.
        let exact = reg
            .people
            .iter()
            .find(|p| crate::core::text::fold(p.name.trim()) == crate::core::text::fold(n.trim()))
            .map(|p| p.id);
        let id = match exact {
            Some(id) => id,
            None => match reg.add(Person::named(walk_in_id(session.id, device.id, n), n)) {
                Ok(id) => {
                    added.extend(reg.get(id).cloned());
                    id
                }
                Err(crate::core::register::Refused::Twice { name }) => {
                    problems.push(Said::Twice { name: &name }.text(lang));
                    continue;
                }
                Err(crate::core::register::Refused::EmptyName) => {
                    problems.push(Said::EmptyName.text(lang));
                    continue;
                }
            },
        };
        ticks.push((id, true));
    }
    if !problems.is_empty() {
        problems.push(Said::NothingWritten.text(lang));
        return Err(Failure::Said(problems));
    }
    for person in added {
        register::add_person(&reg_dir, device.id, person, file_header(lang)).map_err(|e| {
            Failure::line(
                crate::i18n::cli::Said::NotWritten {
                    path: &register::walk_ins_path(&reg_dir, device.id)
                        .display()
                        .to_string(),
                    reason: &crate::i18n::store::io_message(&e, lang),
                }
                .text(lang),
            )
        })?;
    }
    let mut arrivals = ws.board.arrivals.clone();
    if !ticks.is_empty() {
        let (mut writer, _lock) = open_writer(out, &ws, &device)?;
        for (person, here) in &ticks {
            writer
                .append(
                    Body::Arrived {
                        person: *person,
                        here: *here,
                    },
                    jiff::Timestamp::now(),
                )
                .map_err(|e| {
                    Failure::line(super::not_saved(
                        &e,
                        lang,
                        &crate::i18n::cli::Said::NothingElseChanged.text(lang),
                    ))
                })?;
            arrivals.insert(*person, *here);
        }
    }
    let here = present(&arrivals);
    let mut text = String::new();
    if a.names.is_empty() && a.walk_ins.is_empty() && a.gone.is_empty() {
        let name = |id: &uuid::Uuid| reg.get(*id).map(|p| p.name.clone());
        let mut names: Vec<String> = here.iter().filter_map(name).collect();
        names.sort_by_key(|n| crate::core::text::fold(n));
        text.push_str(&format!("{}\n", Said::HereList.text(lang)));
        for n in &names {
            text.push_str(&format!("  {}\n", crate::core::text::sanitize(n)));
        }
        let mut expected: Vec<String> = session
            .invited
            .iter()
            .filter(|id| !here.contains(id))
            .filter_map(name)
            .collect();
        expected.sort_by_key(|n| crate::core::text::fold(n));
        if !expected.is_empty() {
            text.push_str(&format!("{}\n", Said::Expected.text(lang)));
            for n in &expected {
                text.push_str(&format!("  {}\n", crate::core::text::sanitize(n)));
            }
        }
    }
    // Whoever just arrived with a need the door should see to.
    for (id, here) in &ticks {
        if let Some(p) = reg.get(*id).filter(|p| *here && !p.needs.trim().is_empty()) {
            text.push_str(&format!(
                "{}\n",
                crate::core::text::sanitize(
                    &Said::Needs {
                        name: &p.name,
                        needs: &p.needs
                    }
                    .text(lang)
                )
            ));
        }
    }
    text.push_str(&crate::i18n::register::summary(session, &here, lang));
    text.push('\n');
    out.print(&text);
    Ok(())
}
