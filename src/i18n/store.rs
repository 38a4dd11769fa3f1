//! What the store says: journals with a gap or a torn line, copies left
//! by sync tools, two laptops under one device name, a damaged clock, a
//! copied workshop, I/O errors. One exhaustive `match` per language.

use crate::i18n::prelude::*;

use super::Lang;
use crate::core::validate::{DocPath, Problem, ProblemKind, Severity};
use crate::store::device::LockError;
use crate::store::said::{CopyDiff, IoProblem, Said};
use crate::store::session_file::{Diagnostic, FileWords};

/// A short, translated reason for an I/O error.
pub fn io_message(err: &std::io::Error, lang: Lang) -> String {
    io_problem(&err.into(), lang)
}

/// A short, translated reason for an I/O error the store kept.
pub fn io_problem(err: &IoProblem, lang: Lang) -> String {
    use std::io::ErrorKind as E;
    let detail = &err.detail;
    match (err.kind, lang) {
        (E::NotFound, Lang::En) => "no such file or folder: check the path".to_string(),
        (E::NotFound, Lang::Fr) => {
            "fichier ou dossier introuvable : vérifiez le chemin".to_string()
        }
        (E::PermissionDenied, Lang::En) => "permission denied: check the file's rights".to_string(),
        (E::PermissionDenied, Lang::Fr) => {
            "permission refusée : vérifiez les droits du fichier".to_string()
        }
        (E::ReadOnlyFilesystem, Lang::En) => {
            "the folder is read-only (a write-protected USB key or share?): copy the session somewhere writable".to_string()
        }
        (E::ReadOnlyFilesystem, Lang::Fr) => {
            "le dossier est en lecture seule (clé USB ou partage protégé ?) : copiez la séance dans un dossier modifiable".to_string()
        }
        (E::StorageFull, Lang::En) => "the disk is full: free some space".to_string(),
        (E::StorageFull, Lang::Fr) => "le disque est plein : libérez de la place".to_string(),
        (E::AlreadyExists, Lang::En) => "already exists: nothing was overwritten".to_string(),
        (E::AlreadyExists, Lang::Fr) => "existe déjà : rien n'a été écrasé".to_string(),
        (E::InvalidData, Lang::En) => format!("not valid UTF-8 text ({detail})"),
        (E::InvalidData, Lang::Fr) => format!("ce n'est pas du texte UTF-8 valide ({detail})"),
        (E::IsADirectory, Lang::En) => {
            "a folder where a file was expected: move the folder aside".to_string()
        }
        (E::IsADirectory, Lang::Fr) => {
            "un dossier à la place d'un fichier : déplacez ce dossier ailleurs".to_string()
        }
        (E::NotADirectory, Lang::En) => {
            "a file where a folder was expected: move the file aside".to_string()
        }
        (E::NotADirectory, Lang::Fr) => {
            "un fichier à la place d'un dossier : déplacez ce fichier ailleurs".to_string()
        }
        (_, _) => detail.clone(),
    }
}

/// Words for [`LockError`] (a type of a lower layer, which holds no words).
pub trait LockErrorWords {
    fn message(&self, lang: crate::i18n::Lang) -> String;
    fn message_untypeset(&self, lang: crate::i18n::Lang) -> String;
}

impl LockErrorWords for LockError {
    fn message(&self, lang: crate::i18n::Lang) -> String {
        lang.typeset(self.message_untypeset(lang))
    }

    fn message_untypeset(&self, lang: crate::i18n::Lang) -> String {
        match (self, lang) {
            (LockError::Held { pid, .. }, Lang::En) => format!(
                "{} tablee are already writing this session on this device (the last one: process {}): close some of them, or give this one another --device NAME",
                crate::store::device::WRITERS_PER_DEVICE,
                pid.map(|p| p.to_string()).unwrap_or_else(|| "?".into())
            ),
            (LockError::Held { pid, .. }, Lang::Fr) => format!(
                "{} tablee écrivent déjà cette séance sur cet appareil (le dernier : processus {}) : fermez-en, ou donnez à celui-ci un autre --device NOM",
                crate::store::device::WRITERS_PER_DEVICE,
                pid.map(|p| p.to_string()).unwrap_or_else(|| "?".into())
            ),
            (LockError::Io { path, source }, lang) => {
                format!("{}: {}", path.display(), io_message(source, lang))
            }
        }
    }
}

/// The words of what the store found.
pub trait SaidWords {
    /// The sentence: what is wrong and how to fix it.
    fn text(&self, lang: Lang) -> String;
}

impl SaidWords for Said {
    fn text(&self, lang: Lang) -> String {
        match self {
            Said::Io(e) => io_problem(e, lang),
            Said::Syntax(kind) => format!("{} — {}", kind.text(lang), lang.s().fix_hint),
            Said::FutureVersion { found } => {
                let problem = Problem {
                    severity: Severity::Error,
                    path: DocPath::root().field("format_version"),
                    kind: ProblemKind::FutureVersion { found: *found },
                };
                format!("{} — {}", problem.message(lang), lang.s().fix_hint)
            }
            Said::Problem(p) => p.message(lang),
            other => lang.typeset(found_untypeset(other, lang)),
        }
    }
}

/// The words of a diagnostic: `path:line:col: message`.
pub trait DiagnosticWords {
    /// What is wrong and how to fix it.
    fn message(&self, lang: Lang) -> String;
    /// `path:line:col: message`, with a translated `warning:` before the
    /// message of a warning.
    fn line(&self, lang: Lang) -> String;
}

impl DiagnosticWords for Diagnostic {
    fn message(&self, lang: Lang) -> String {
        self.said.text(lang)
    }

    fn line(&self, lang: Lang) -> String {
        let mut line = self.path.display().to_string();
        if let Some(pos) = self.pos {
            line.push_str(&format!(":{pos}"));
        }
        line.push_str(": ");
        if self.severity == Severity::Warning {
            line.push_str(lang.s().warning);
            line.push_str(lang.colon());
        }
        line.push_str(&self.message(lang));
        line
    }
}

/// The sentences of the journals, the sync tools' copies and the clock.
fn found_untypeset(said: &Said, lang: Lang) -> String {
    use Said::*;
    {
        match (said, lang) {
            (ConflictCopy, Lang::En) => "copy made by a sync tool: its post-its are merged with the others; keep this file (deleting it may lose post-its that exist only there)".into(),
            (ConflictCopy, Lang::Fr) => "copie faite par un outil de synchronisation : ses post-its sont fusionnés avec les autres ; gardez ce fichier (le supprimer peut perdre des post-its qui ne sont que là)".into(),
            (TornLastLine, Lang::En) => "the last line is incomplete: tablee or the laptop stopped while writing it, or a sync tool is still bringing the file (check again once it is idle); it was ignored and everything before it is intact".into(),
            (TornLastLine, Lang::Fr) => "la dernière ligne est incomplète : tablee ou l'ordinateur s'est arrêté pendant l'écriture, ou un outil de synchronisation apporte encore le fichier (vérifiez à nouveau une fois la synchronisation terminée) ; elle est ignorée et tout ce qui précède est intact".into(),
            (UnreadableEvent { detail }, Lang::En) => format!(
                "unreadable event ({}): this line was skipped and the rest loaded; the file was left as it is",
                detail.as_deref().unwrap_or("checksum mismatch")
            ),
            (UnreadableEvent { detail }, Lang::Fr) => format!(
                "événement illisible ({}) : cette ligne est ignorée et le reste est chargé ; le fichier n'a pas été modifié",
                detail.as_deref().unwrap_or("somme de contrôle incorrecte")
            ),
            (SharedDevice { a, b, from, to }, Lang::En) => format!(
                "two programs wrote as this same device (events {from}–{to} are numbered twice, in {a} and in {b}): nothing is lost, both are read; give each laptop its own name with 'tablee --device NAME …' (a copied configuration folder or a cloned laptop keeps the same device)"
            ),
            (SharedDevice { a, b, from, to }, Lang::Fr) => format!(
                "deux programmes ont écrit sous ce même poste (les événements {from} à {to} sont numérotés deux fois, dans {a} et dans {b}) : rien n'est perdu, les deux sont lus ; donnez à chaque ordinateur son propre nom avec « tablee --device NOM … » (un dossier de configuration copié ou un ordinateur cloné garde le même poste)"
            ),
            (Gap { from, to }, Lang::En) => {
                let which = if from == to {
                    format!("event {from}")
                } else {
                    format!("events {from} to {to}")
                };
                format!(
                    "{which} of this device are missing: a journal file was deleted or moved, has not arrived yet through the sync tool (check again once it is idle), or could not be saved (the screen said NOT SAVED); everything else loaded"
                )
            }
            (Gap { from, to }, Lang::Fr) => {
                let which = if from == to {
                    format!("l'événement {from}")
                } else {
                    format!("les événements {from} à {to}")
                };
                format!(
                    "il manque {which} de ce poste : un fichier du journal a été supprimé ou déplacé, n'est pas encore arrivé par l'outil de synchronisation (vérifiez à nouveau une fois la synchronisation terminée), ou n'a pas pu être enregistré (l'écran affichait NON ENREGISTRÉ) ; tout le reste est chargé"
                )
            }
            (SessionCopy { name, copy_name, diff }, Lang::En) => {
                let what = match diff {
                    CopyDiff::Same => "it holds the same plan".to_string(),
                    CopyDiff::Fields(f) => format!("they differ in: {}", f.join(", ")),
                    CopyDiff::Unreadable => "one of the two cannot be read as RON".to_string(),
                };
                format!(
                    "a copy of {name} made by a sync tool (two laptops changed it at the same time); {what}. Nothing was deleted. To keep the copy's version, move {name} out of the folder and rename {copy_name} to {name}; to keep {name}, move the copy out of the folder. Then run 'tablee check' again"
                )
            }
            (SessionCopy { name, copy_name, diff }, Lang::Fr) => {
                let what = match diff {
                    CopyDiff::Same => "elle contient le même déroulé".to_string(),
                    CopyDiff::Fields(f) => format!("elles diffèrent par : {}", f.join(", ")),
                    CopyDiff::Unreadable => "l'une des deux n'est pas lisible en RON".to_string(),
                };
                format!(
                    "une copie de {name} faite par un outil de synchronisation (deux ordinateurs l'ont modifié en même temps) ; {what}. Rien n'a été supprimé. Pour garder la version de la copie, sortez {name} du dossier et renommez {copy_name} en {name} ; pour garder {name}, sortez la copie du dossier. Puis relancez « tablee check »"
                )
            }
            (ClockDamaged { code }, Lang::En) => {
                format!("{code}: the clock starts again from the first phase")
            }
            (ClockDamaged { code }, Lang::Fr) => {
                format!("{code} : l'horloge repart de la première phase")
            }
            (CopiedWorkshop { first, other }, Lang::En) => {
                let (a, b) = (first.display(), other.display());
                format!(
                    "same session id as {a}, but another plan: a workshop made by copying a folder? Their post-its are read together. If it is another workshop, give it its own id: tablee new \"Title\" --from {b} (a fresh id, no post-its), then move the old folder out"
                )
            }
            (CopiedWorkshop { first, other }, Lang::Fr) => {
                let (a, b) = (first.display(), other.display());
                format!(
                    "même identifiant de séance que {a}, mais un autre déroulé : un atelier créé en copiant un dossier ? Leurs post-its sont lus ensemble. S'il s'agit d'un autre atelier, donnez-lui son propre identifiant : tablee new \"Titre\" --from {b} (nouvel identifiant, sans post-its), puis sortez l'ancien dossier"
                )
            }
            // Worded above, with their own words.
            (Io(_) | Syntax(_) | FutureVersion { .. } | Problem(_), _) => said.text(lang),
        }
    }
}

/// The comments of a `session.ron` tablee writes, in `lang`.
pub fn file_words(lang: Lang) -> FileWords {
    FileWords {
        header: session_file_header(lang),
    }
}

/// The comment at the top of a `session.ron` tablee writes (a test checks
/// that it names every phase kind).
pub fn session_file_header(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => {
            "// Session tablee (format 1). Fichier modifiable à la main : 'tablee check' le vérifie.\n\
             // kind d'une phase : Setup, Briefing, Round, KeyFactors, Plenary, Break, Free, Debate, Individual.\n\
             // Débat mouvant : statements: [\"Une affirmation\", …] avec une phase Debate.\n\
             // rotation : Auto (tablee planifie), Groups([{\"A\": [\"1\"]}, …]) ou People([…]).\n"
        }
        Lang::En => {
            "// tablee session (format 1). Hand-editable: 'tablee check' validates it.\n\
             // Phase kinds: Setup, Briefing, Round, KeyFactors, Plenary, Break, Free, Debate, Individual.\n\
             // Moving debate: statements: [\"A statement\", …] with a Debate phase.\n\
             // rotation: Auto (tablee plans it), Groups([{\"A\": [\"1\"]}, …]) or People([…]).\n"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_file_comment_names_every_phase_kind() {
        for lang in Lang::ALL {
            let header = session_file_header(lang);
            for kind in crate::core::model::PhaseKind::ALL {
                assert!(
                    header.contains(&format!("{kind:?}")),
                    "{kind:?} in {lang:?}"
                );
            }
        }
    }
}
