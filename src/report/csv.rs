//! CSV for spreadsheets and scripts.

use super::PlanView;

/// One row per round, one column per table; cells list the movers.
pub fn plan(view: &PlanView) -> String {
    let s = view.lang.s();
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let mut header = vec![s.round.to_string(), s.minutes_short.to_string()];
    for c in &view.columns {
        let mut h = format!("{} ({}", c.key, c.topic);
        if !c.host.is_empty() {
            h.push_str(&format!(", {}", c.host));
        }
        h.push(')');
        header.push(h);
    }
    // Writing into a Vec cannot fail.
    w.write_record(&header).expect("in-memory CSV");
    for (i, row) in view.rows.iter().enumerate() {
        let mut rec = vec![
            (i + 1).to_string(),
            row.minutes.map(|m| m.to_string()).unwrap_or_default(),
        ];
        rec.extend(row.cells.iter().map(|c| c.join(", ")));
        w.write_record(&rec).expect("in-memory CSV");
    }
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}
