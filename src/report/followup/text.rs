//! The follow-up report as plain text, for the terminal and email.

use super::View;
use crate::i18n::prelude::*;
use crate::report::prose::{underline, wrap};
use crate::report::text::{aligned, column_widths};

pub fn render(v: &View) -> String {
    let w = v.lang.followup();
    let colon = v.lang.colon();
    let mut o = String::new();
    underline(&mut o, &v.title, '=');
    for s in &v.sessions {
        o.push_str(&format!("  {s}\n"));
    }
    o.push('\n');
    if let Some(m) = &v.incomplete {
        o.push_str(&format!("⚠ {m}\n\n"));
    }
    if let Some(m) = &v.moved {
        o.push_str(&format!("{m}\n\n"));
    }
    if !v.late.is_empty() {
        underline(&mut o, crate::i18n::followup::first_heading(v.lang), '-');
        for l in &v.late {
            wrap(&mut o, &format!("{} [{}]", l.text, l.id), "  - ", "    ");
            wrap(&mut o, &l.said, "    ", "    ");
        }
        o.push('\n');
    }
    let g = &v.glance;
    if g.total > 0 {
        underline(&mut o, w.at_a_glance, '-');
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut header = vec![w.theme.to_string()];
        header.extend(g.columns.iter().map(|c| {
            c.map_or(crate::core::proposal::AWAITING_SIGN, |s| s.sign())
                .to_string()
        }));
        header.push(w.total.to_string());
        rows.push(header);
        for (name, counts, total) in &g.rows {
            let mut r = vec![name.clone()];
            r.extend(counts.iter().map(|n| n.to_string()));
            r.push(total.to_string());
            rows.push(r);
        }
        let mut last = vec![w.total.to_string()];
        last.extend(g.totals.iter().map(|n| n.to_string()));
        last.push(g.total.to_string());
        rows.push(last);
        let widths = column_widths(&rows);
        for r in &rows {
            o.push_str("  ");
            o.push_str(aligned(r, &widths, "  ").trim_end());
            o.push('\n');
        }
        o.push('\n');
    } else {
        o.push_str(&format!("{}\n\n", crate::i18n::followup::count(0, v.lang)));
    }
    if let Some(a) = &v.attendance {
        crate::report::text::attendance(&mut o, a);
    }
    for t in &v.themes {
        underline(
            &mut o,
            &format!(
                "{} ({})",
                t.name,
                crate::i18n::followup::count(t.count, v.lang)
            ),
            '=',
        );
        for gr in &t.groups {
            underline(&mut o, &format!("{} {}", gr.sign, gr.heading), '-');
            for i in &gr.items {
                let new = if i.moved {
                    format!(" [{}]", w.moved)
                } else {
                    String::new()
                };
                wrap(&mut o, &format!("[{}]{new} {}", i.id, i.text), "", "    ");
                wrap(&mut o, &i.status_word, "    ", "    ");
                if !i.description.is_empty() {
                    wrap(
                        &mut o,
                        &format!("{}{colon}{}", w.description, i.description),
                        "    ",
                        "      ",
                    );
                }
                for (label, value) in &i.fields {
                    wrap(&mut o, &format!("{label}{colon}{value}"), "    ", "      ");
                }
                if !i.origin.is_empty() {
                    wrap(
                        &mut o,
                        &format!("{}{colon}{}", w.origin, i.origin),
                        "    ",
                        "      ",
                    );
                }
                for p in &i.post_its {
                    wrap(&mut o, &v.lang.quote(p), "      · ", "        ");
                }
                if !i.history.is_empty() {
                    o.push_str(&format!(
                        "    {}{colon}{} {}\n",
                        w.history, i.created, w.created
                    ));
                    for h in &i.history {
                        wrap(&mut o, h, "      - ", "        ");
                    }
                }
                o.push('\n');
            }
        }
    }
    // A sign and its word never split across two lines.
    let legend: Vec<String> = v
        .legend
        .iter()
        .map(|(s, t)| format!("{s}\u{a0}{}", t.replace(' ', "\u{a0}")))
        .collect();
    wrap(
        &mut o,
        &format!("{}{colon}{}", w.legend, legend.join(" · ")),
        "",
        "  ",
    );
    o
}
