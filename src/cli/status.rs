//! `tablee status SESSION [--format json]`: where the room's clock is (the
//! merge of every laptop's clock events), for a person or a script.

use crate::i18n::prelude::*;
use std::path::Path;

use super::{Out, open_workspace};
use crate::core::clock::{Run, format_mmss};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFormat {
    Text,
    Json,
}

/// `tablee status SESSION`
#[derive(Debug, Clone, clap::Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// text (default) or json (for scripts)
    #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
    pub format: StatusFormat,
}

pub fn run(
    out: &Out,
    session: &Path,
    format: StatusFormat,
    dir: &Path,
    now: jiff::Timestamp,
) -> super::Done {
    let lang = out.lang;
    let ws = open_workspace(out, session, dir)?;
    let (clock, problem) = ws.clock();
    if let Some(p) = problem {
        out.eprint(&format!("{}\n", p.line(lang)));
    }
    let s = &ws.file.session;
    let phase = s.agenda.get(clock.phase);
    let planned = phase.map_or(0, |p| p.minutes);
    let left = clock.remaining(planned, now);
    let state = match clock.run {
        Run::Idle => "ready",
        _ if left <= 0 => "overtime",
        Run::Running { .. } => "running",
        Run::Paused { .. } => "paused",
    };
    let title = phase.map_or("", |p| p.title.as_str());
    // Clock actions and set-up changes the merges set aside (screens that
    // acted at the same moment, a hand edit under the set-up's), newest
    // last.
    let said = super::set_aside(&ws, &clock, lang);
    match format {
        StatusFormat::Json => {
            let kind = phase.map_or(String::new(), |p| format!("{:?}", p.kind).to_lowercase());
            let overridden: Vec<String> = said.iter().map(|l| json(l)).collect();
            out.print(&format!(
                "{{\"session\":{},\"phase\":{},\"phases\":{},\"title\":{},\"kind\":{},\"state\":\"{state}\",\"remaining_seconds\":{left},\"planned_minutes\":{planned},\"muted\":{},\"overridden\":[{}]}}\n",
                json(&s.title),
                clock.phase + 1,
                s.agenda.len(),
                json(title),
                json(&kind),
                clock.muted,
                overridden.join(",")
            ));
        }
        StatusFormat::Text => {
            let t = &lang.s().tui;
            let word = match state {
                "ready" => t.ready,
                "overtime" => t.overtime,
                "running" => t.running,
                _ => t.paused,
            };
            let kind = phase.map_or("", |p| p.kind.label(lang));
            out.print(&format!(
                "{}\n{} {}/{}{}{title} ({kind})\n{word} · {}\n",
                s.title,
                t.phase,
                clock.phase + 1,
                s.agenda.len(),
                lang.colon(),
                format_mmss(left)
            ));
            for line in &said {
                out.print(&format!("⚠ {line}\n"));
            }
        }
    }
    Ok(())
}

/// A JSON string.
fn json(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
