//! Plain text, aligned for a terminal or a printer.

use unicode_width::UnicodeWidthStr;

use super::PlanView;

/// Pads `s` with spaces to `width` terminal columns.
pub fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// The width of each column of `rows`, in terminal columns (accents and
/// wide characters counted as they show).
pub fn column_widths<R: AsRef<[String]>>(rows: &[R]) -> Vec<usize> {
    let n = rows.iter().map(|r| r.as_ref().len()).max().unwrap_or(0);
    (0..n)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.as_ref().get(i))
                .map(|c| c.width())
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// One row with each cell padded to its column, joined by `gap`, without
/// trailing blanks.
pub fn aligned(row: &[String], widths: &[usize], gap: &str) -> String {
    let cells: Vec<String> = row.iter().zip(widths).map(|(c, w)| pad(c, *w)).collect();
    cells.join(gap).trim_end().to_string()
}

/// The rotation as an aligned grid, the topics, and each mover's itinerary.
pub fn plan(view: &PlanView) -> String {
    let s = view.lang.s();
    let mut out = String::new();
    out.push_str(&view.title);
    out.push('\n');
    if !view.subtitle.is_empty() {
        out.push_str(&view.subtitle);
        out.push('\n');
    }
    out.push_str(&view.summary);
    out.push_str("\n\n");

    if !view.rows.is_empty() {
        // Header lines: table key, host, topic; then one line per round.
        let mut grid: Vec<Vec<String>> = vec![
            std::iter::once(s.table.to_string())
                .chain(view.columns.iter().map(|c| c.key.clone()))
                .collect(),
            std::iter::once(s.host.to_string())
                .chain(view.columns.iter().map(|c| c.host.clone()))
                .collect(),
            std::iter::once(s.topic.to_string())
                .chain(view.columns.iter().map(|c| c.topic.clone()))
                .collect(),
        ];
        for row in &view.rows {
            grid.push(
                std::iter::once(view.row_label(row))
                    .chain(row.cells.iter().map(|c| {
                        if c.is_empty() {
                            "—".to_string()
                        } else {
                            c.join(", ")
                        }
                    }))
                    .collect(),
            );
        }
        let widths = column_widths(&grid);
        for (i, line) in grid.iter().enumerate() {
            out.push_str(&aligned(line, &widths, "   "));
            out.push('\n');
            if i == 2 {
                let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
                out.push_str(&rule.join("   "));
                out.push('\n');
            }
        }
        out.push('\n');
    }

    if !view.topics.is_empty() {
        out.push_str(&format!("{}\n", s.topics));
        let w = view
            .topics
            .iter()
            .map(|(k, _)| k.width())
            .max()
            .unwrap_or(0);
        for (key, title) in &view.topics {
            out.push_str(&format!("  {}  {title}\n", pad(key, w)));
        }
        out.push('\n');
    }

    if !view.itineraries.is_empty() {
        out.push_str(&format!("{}\n", s.itineraries));
        let w = view
            .itineraries
            .iter()
            .map(|i| i.who.width())
            .max()
            .unwrap_or(0);
        for it in &view.itineraries {
            out.push_str(&format!(
                "  {}  {}\n",
                pad(&it.who, w),
                view.stop_labels(it).join(" · ")
            ));
        }
        out.push('\n');
    }

    for note in &view.notes {
        out.push_str(&format!("{}: {note}\n", s.warning));
    }
    out.trim_end().to_string() + "\n"
}
