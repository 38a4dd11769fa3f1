//! `tablee publish SESSION… --out DIR [--title T] [--with-names] [--on DAY]`:
//! the year's sessions, their syntheses and the answers to proposals as a
//! static site in French and English, to copy to the city's web server.
//!
//! The folder is the site's own: a publication writes a list of its
//! files there (`.tablee-site`), updates its own files the next time
//! (each replaced atomically), never deletes anything, and refuses a
//! folder that holds files it did not write.

use std::path::{Path, PathBuf};

use super::{Failure, Out, print_diagnostics};
use crate::i18n::site::Said;
use crate::report::site;

/// The list of a publication's files, kept in its folder.
const MANIFEST: &str = ".tablee-site";
const MANIFEST_HEADER: &str = "# tablee publish: the files of this site, one per line";

/// `tablee publish SESSION…`
#[derive(Debug, Clone, clap::Args)]
pub struct PublishArgs {
    /// One or more sessions (a council's year): folders, session.ron files, or names inside --dir
    #[arg(required = true, value_name = "SESSION")]
    pub sessions: Vec<PathBuf>,
    /// The folder to write the site into: new, empty, or a previous publication (updated)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The site's title [default: « Ateliers et réponses », with the organiser when the sessions share one]
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Name the tables' hosts, as the printed synthesis does (left out by default: no participant is named)
    #[arg(long)]
    pub with_names: bool,
    /// Late as of this day instead of today
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<String>,
    /// Publish even when some journals cannot be read; the pages then say which are missing
    #[arg(long)]
    pub partial: bool,
    #[command(flatten)]
    pub data: super::DataDir,
}

pub fn run(
    out: &Out,
    a: &PublishArgs,
    tz: &jiff::tz::TimeZone,
    now: jiff::Timestamp,
) -> super::Done {
    let lang = out.lang;
    let today = match a.on.as_deref() {
        None => now.to_zoned(tz.clone()).date(),
        Some(typed) => typed.trim().parse::<jiff::civil::Date>().map_err(|_| {
            Failure::line(format!(
                "tablee publish: {}",
                crate::i18n::followup::Said::BadDate {
                    option: "--on",
                    typed,
                }
                .text(lang)
            ))
        })?,
    };
    // The folder first: nothing is read for a site that cannot be written.
    let previous = previous_publication(&a.out, lang)?;

    // A site missing a session would mislead; nothing is written.
    let spaces = super::open_year(out, &a.sessions, &a.data.dir, Said::NoSite.text(lang))?;
    super::readable(out, &spaces, a.partial)?;

    let clocks: Vec<crate::core::clock::Clock> = spaces
        .iter()
        .map(|ws| {
            let (clock, diag) = ws.clock();
            if let Some(d) = diag {
                print_diagnostics(out, &[d]);
            }
            clock
        })
        .collect();
    let syntheses: Vec<crate::core::synth::Synthesis> = spaces
        .iter()
        .zip(&clocks)
        .map(|(ws, clock)| {
            let mut syn = crate::core::synth::build(&[ws.synth_input(clock)], None, now);
            syn.missing = ws
                .unreadable()
                .iter()
                .map(|p| p.display().to_string())
                .collect();
            // Who came, counted: no participant's name is ever published
            // (--with-names names the hosts).
            syn.attendance = super::attendance(out, [ws], Default::default(), false);
            if a.with_names {
                syn
            } else {
                syn.without_names()
            }
        })
        .collect();
    let inputs = super::proposals_of(&spaces);
    let files = site::build(&site::Input {
        title: a.title.as_deref(),
        syntheses: &syntheses,
        followup: &inputs,
        names: a.with_names,
        tz,
        today,
    });
    write_site(out, &a.out, &files, &previous)
}

/// The files of the publication already in `dir` (empty for a new or
/// empty folder); a folder holding anything else is refused.
fn previous_publication(dir: &Path, lang: crate::i18n::Lang) -> Result<Vec<String>, Failure> {
    let shown = dir.display().to_string();
    if dir.exists() && !dir.is_dir() {
        return Err(Failure::line(Said::NotAFolder { dir: &shown }.text(lang)));
    }
    let manifest = dir.join(MANIFEST);
    match std::fs::read_to_string(&manifest) {
        Ok(text) => {
            return Ok(text
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .map(str::to_string)
                .collect());
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(Failure::line(
                Said::NotWritten {
                    path: &manifest.display().to_string(),
                    reason: &crate::i18n::store::io_message(&e, lang),
                }
                .text(lang),
            ));
        }
    }
    let first = std::fs::read_dir(dir)
        .ok()
        .and_then(|mut entries| entries.find_map(Result::ok));
    match first {
        None => Ok(Vec::new()),
        Some(entry) => Err(Failure::line(
            Said::Foreign {
                dir: &shown,
                example: &entry.file_name().to_string_lossy(),
            }
            .text(lang),
        )),
    }
}

/// Writes every file (each replaced atomically), then the list of them;
/// says what the previous publication had that this one no longer writes.
fn write_site(out: &Out, dir: &Path, files: &[site::File], previous: &[String]) -> super::Done {
    let lang = out.lang;
    // The list first, with the new files added to the old: a publication
    // cut short still owns every file it may have written.
    let mut owned: Vec<String> = previous.to_vec();
    for f in files {
        if !owned.contains(&f.path) {
            owned.push(f.path.clone());
        }
    }
    let manifest = |paths: &[String]| {
        let mut text = format!("{MANIFEST_HEADER}\n");
        for p in paths {
            text.push_str(p);
            text.push('\n');
        }
        text
    };
    let not_written = |path: &Path, e: std::io::Error| {
        Failure::line(
            Said::NotWritten {
                path: &path.display().to_string(),
                reason: &crate::i18n::store::io_message(&e, lang),
            }
            .text(lang),
        )
    };
    let manifest_path = dir.join(MANIFEST);
    super::write_file(&manifest_path, manifest(&owned).as_bytes())
        .map_err(|e| not_written(&manifest_path, e))?;
    for f in files {
        let path = f
            .path
            .split('/')
            .fold(dir.to_path_buf(), |p, part| p.join(part));
        super::write_file(&path, &f.bytes).map_err(|e| not_written(&path, e))?;
    }
    let current: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
    let left: Vec<&String> = previous
        .iter()
        .filter(|p| !current.contains(p) && dir.join(p).exists())
        .collect();
    // The list now names what this publication wrote, and what it left.
    let mut kept = current.clone();
    kept.extend(left.iter().map(|p| (*p).clone()));
    super::write_file(&manifest_path, manifest(&kept).as_bytes())
        .map_err(|e| not_written(&manifest_path, e))?;
    if !left.is_empty() {
        let files: Vec<&str> = left.iter().map(|p| p.as_str()).collect();
        out.eprint(&format!(
            "{}\n",
            Said::LeftOver {
                files: &files.join(", ")
            }
            .text(lang)
        ));
    }
    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    out.print(&format!(
        "{}\n",
        Said::Written {
            dir: &dir.display().to_string(),
            pages,
            files: files.len(),
        }
        .text(lang)
    ));
    Ok(())
}
