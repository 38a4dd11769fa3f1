//! `tablee new NAME [--template …] [--dir sessions]`

use std::path::Path;
use std::process::ExitCode;

use super::Out;
use crate::core::templates::{self, Template};
use crate::core::text::slug;
use crate::store::session_file::{self, SESSION_FILE, SessionFile, io_message};

/// `template_lang`: the language of the template's placeholders and
/// agenda (messages are in `out.lang`).
pub fn run(
    out: &Out,
    name: &str,
    template: Template,
    template_lang: crate::i18n::Lang,
    from: Option<&Path>,
    dir: &Path,
) -> ExitCode {
    let lang = out.lang;
    let title = crate::core::text::sanitize(name).trim().to_string();
    if title.is_empty() {
        out.eprint(lang.pick(
            "tablee new: the name is empty: give the workshop a title, e.g. tablee new \"Conseil local du numérique\"\n",
            "tablee new : le nom est vide : donnez un titre à l'atelier, p. ex. tablee new \"Conseil local du numérique\"\n",
        ));
        return ExitCode::FAILURE;
    }
    let today = jiff::Zoned::now().date();
    let folder = dir.join(format!("{today}-{}", slug(&title)));
    let path = folder.join(SESSION_FILE);
    if folder.exists() {
        out.eprint(&lang.pick(
            format!(
                "{}: already exists; nothing was overwritten. Choose another name, or open it with: tablee plan {}\n",
                folder.display(),
                folder.display()
            ),
            format!(
                "{} : existe déjà ; rien n'a été écrasé. Choisissez un autre nom, ou ouvrez-le : tablee plan {}\n",
                folder.display(),
                folder.display()
            ),
        ));
        return ExitCode::FAILURE;
    }
    let session = match from {
        // An earlier workshop's plan: a fresh id (so its post-its are never
        // taken for this one's), today's date, no journals.
        Some(source) => {
            let source = session_file::resolve(source, dir);
            match SessionFile::read(&source) {
                Ok(old) => {
                    let mut s = old.session;
                    s.id = uuid::Uuid::new_v4();
                    s.title = title.clone();
                    s.date = Some(today);
                    s
                }
                Err(e) => {
                    let d = session_file::Diagnostic::from_load_error(&e, lang);
                    out.eprint(&format!("{}\n", d.line(lang)));
                    return ExitCode::FAILURE;
                }
            }
        }
        None => templates::build(
            template,
            template_lang,
            &title,
            Some(today),
            uuid::Uuid::new_v4(),
        ),
    };
    if let Err(e) = session_file::create(&path, &session) {
        out.eprint(&format!("{}: {}\n", path.display(), io_message(&e, lang)));
        return ExitCode::FAILURE;
    }
    out.print(&format!("{}\n", path.display()));
    out.eprint(&lang.pick(
        format!(
            "Edit it to name your topics, tables and hosts, then: tablee check {0} && tablee plan {0}\n",
            folder.display()
        ),
        format!(
            "Modifiez-le pour nommer thèmes, tables et hôtes, puis : tablee check {0} && tablee plan {0}\n",
            folder.display()
        ),
    ));
    ExitCode::SUCCESS
}
