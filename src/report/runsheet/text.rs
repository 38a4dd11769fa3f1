//! The run-sheet as plain text, wrapped at 80 columns.

use super::RunSheet;
use crate::i18n::prelude::*;
use crate::report::prose::{underline, wrap};

pub fn render(v: &RunSheet) -> String {
    let colon = v.lang.colon();
    let mut o = String::new();
    underline(&mut o, &v.title, '=');
    if !v.subtitle.is_empty() {
        o.push_str(&format!("{}\n", v.subtitle));
    }
    if let Some(n) = v.note {
        wrap(&mut o, n, "", "");
    }
    o.push('\n');
    for r in &v.rows {
        wrap(
            &mut o,
            &if r.kind.is_empty() {
                format!("{}  {} ({})", r.time, r.title, r.minutes)
            } else {
                format!("{}  {} — {} ({})", r.time, r.kind, r.title, r.minutes)
            },
            "",
            "             ",
        );
        let indent = "             ";
        if !r.lead.is_empty() {
            wrap(
                &mut o,
                &format!("{}{colon}{}", v.heads.lead, r.lead),
                indent,
                indent,
            );
        }
        if !r.say.is_empty() {
            wrap(
                &mut o,
                &format!("{}{colon}{}", v.heads.say, r.say),
                indent,
                indent,
            );
        }
        if !r.materials.is_empty() {
            wrap(
                &mut o,
                &format!("{}{colon}{}", v.heads.materials, r.materials),
                indent,
                indent,
            );
        }
        for s in &r.seating {
            wrap(&mut o, s, indent, indent);
        }
        o.push('\n');
    }
    o.push_str(&v.total);
    o.push('\n');
    o
}
