//! Who came, as the synthesis prints it: one view (tables of counts, no
//! name) that Markdown, text and HTML each render.

use super::SynthView;
use crate::i18n::register::{attendance_words, year_line};

/// A table: its caption, column heads, rows of cells (the first cell of
/// a row is its head).
#[derive(Debug, Clone)]
pub struct Table {
    pub caption: String,
    pub heads: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct View {
    pub heading: &'static str,
    pub note: &'static str,
    pub tables: Vec<Table>,
    /// Over several sessions: distinct people, returning, never came.
    pub year: Option<String>,
}

/// The attendance of the synthesis, when its sessions counted anyone.
pub fn view(v: &SynthView) -> Option<View> {
    let titles: Vec<String> = v.syn.sessions.iter().map(|h| h.title.clone()).collect();
    of(v.syn.attendance.as_ref()?, &titles, v.lang)
}

/// The attendance `a` of the sessions titled `titles` (in their order; the
/// report lists them numbered from 1); when the organiser asked for them
/// (`--names`), who came by name after the counts.
pub fn of(
    a: &crate::core::attendance::Attendance,
    titles: &[String],
    lang: crate::i18n::Lang,
) -> Option<View> {
    let w = attendance_words(lang);
    let several = a.sessions.len() > 1;
    let label = |i: usize| {
        if several {
            format!("[{}]", i + 1)
        } else {
            titles.get(i).cloned().unwrap_or_default()
        }
    };
    let mut tables = Vec::new();
    let any_capacity = a.sessions.iter().any(|c| c.capacity.is_some());
    let mut heads = vec![
        w.session.to_string(),
        w.invited.to_string(),
        w.came.to_string(),
        w.of_invited.to_string(),
    ];
    if several {
        heads.push(w.first_time.to_string());
    }
    if any_capacity {
        heads.push(w.capacity.to_string());
    }
    let rows = a
        .sessions
        .iter()
        .map(|c| {
            let mut row = vec![
                label(c.session),
                c.invited.to_string(),
                c.came.to_string(),
                c.invited_came.to_string(),
            ];
            if several {
                row.push(c.first_time.to_string());
            }
            if any_capacity {
                row.push(
                    c.capacity
                        .map_or_else(|| "—".to_string(), |n| n.to_string()),
                );
            }
            row
        })
        .collect();
    tables.push(Table {
        caption: w.heading.to_string(),
        heads,
        rows,
    });
    let column = match a.by {
        crate::core::attendance::By::Role => w.role,
        crate::core::attendance::By::Organisation => w.organisation,
        crate::core::attendance::By::Place => w.place,
    };
    let mut heads = vec![column.to_string()];
    if several {
        heads.extend((0..a.sessions.len()).map(label));
        heads.push(w.people.to_string());
    } else {
        heads.extend([w.invited.to_string(), w.came.to_string()]);
    }
    let rows = a
        .roles
        .iter()
        .map(|r| {
            let mut row = vec![r.role.clone().unwrap_or_else(|| w.no_value.to_string())];
            if several {
                row.extend(
                    r.by_session
                        .iter()
                        .map(|(inv, came)| format!("{came} / {inv}")),
                );
                row.push(r.people.to_string());
            } else {
                let (inv, came) = r.by_session.first().copied().unwrap_or_default();
                row.extend([inv.to_string(), came.to_string()]);
            }
            row
        })
        .collect();
    tables.push(Table {
        caption: if several {
            format!("{column} ({})", w.came_of_invited)
        } else {
            column.to_string()
        },
        heads,
        rows,
    });
    let names = a.named.as_deref();
    if let Some(names) = names {
        let mut heads = vec![w.name.to_string(), column.to_string()];
        if several {
            heads.extend((0..a.sessions.len()).map(label));
        }
        let rows = names
            .iter()
            .map(|c| {
                let mut row = vec![c.name.clone(), c.role.clone()];
                if several {
                    row.extend(
                        c.sessions
                            .iter()
                            .map(|here| if *here { w.was_there } else { "" }.to_string()),
                    );
                }
                row
            })
            .collect();
        tables.push(Table {
            caption: w.who_came.to_string(),
            heads,
            rows,
        });
    }
    Some(View {
        heading: w.heading,
        note: if names.is_some() {
            w.named
        } else {
            w.counts_only
        },
        tables,
        year: several.then(|| year_line(a.people, a.returning, a.never_came, lang)),
    })
}
