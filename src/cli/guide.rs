//! `tablee` with no arguments: a short guide around the built-in demo.

use std::path::Path;
use std::process::ExitCode;

use super::Out;
use crate::store::atomic;
use crate::store::session_file::{SESSION_FILE, io_message};

/// The Roubaix World Café (seed 002), built into the binary.
pub const DEMO_RON: &str = include_str!("../../examples/roubaix-2024-world-cafe.ron");

/// The demo's folder name inside the data folder.
pub const DEMO_FOLDER: &str = "demo-roubaix-2024";

/// Copies the demo into `dir` on first use; reuses it afterwards (it may
/// hold post-its and clock state by then).
pub fn ensure_demo(dir: &Path) -> std::io::Result<std::path::PathBuf> {
    let folder = dir.join(DEMO_FOLDER);
    let path = folder.join(SESSION_FILE);
    if !path.exists() {
        atomic::create_dir_all(&folder)?;
        match atomic::create_new(&path, DEMO_RON.as_bytes()) {
            Ok(()) => {}
            // Another tablee created it meanwhile: use theirs.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(folder)
}

pub fn run(out: &Out, dir: &Path) -> ExitCode {
    let lang = out.lang;
    let folder = match ensure_demo(dir) {
        Ok(f) => f,
        Err(e) => {
            out.eprint(&format!("{}: {}\n", dir.display(), io_message(&e, lang)));
            return ExitCode::FAILURE;
        }
    };
    let d = folder.display();
    let text = match lang {
        crate::i18n::Lang::En => format!(
            "{intro}\n\n\
             Demo workshop (Roubaix, 11 Oct 2024): {d}\n\n  \
             tablee plan {d}      who goes where, round by round\n  \
             tablee check {d}     validate a session file\n  \
             tablee new \"My workshop\"   start a session from a template\n  \
             tablee list                  sessions in {dir}/\n  \
             tablee --help                every command and option\n",
            intro = lang.s().demo_intro,
            dir = dir.display()
        ),
        crate::i18n::Lang::Fr => format!(
            "{intro}\n\n\
             Atelier de démonstration (Roubaix, 11 oct. 2024) : {d}\n\n  \
             tablee plan {d}      qui va où, tour par tour\n  \
             tablee check {d}     vérifier un fichier de session\n  \
             tablee new \"Mon atelier\"    créer une session depuis un modèle\n  \
             tablee list                  les sessions de {dir}/\n  \
             tablee --help                toutes les commandes et options\n",
            intro = lang.s().demo_intro,
            dir = dir.display()
        ),
    };
    out.print(&text);
    ExitCode::SUCCESS
}
