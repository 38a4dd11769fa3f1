//! One row per candidate for scripts and spreadsheets: rank, candidate,
//! majority grade, the id it named, blanks, then its votes per grade (the
//! header names them as the tally did). Every text cell is guarded.

use super::JudgeView;
use crate::report::csv::guard;

pub fn render(v: &JudgeView) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "rank".to_string(),
        "candidate".into(),
        "majority_grade".into(),
        "id".into(),
        "blank".into(),
    ];
    header.extend(v.grades.iter().map(|g| guard(g)));
    w.write_record(&header).expect("in-memory CSV");
    for r in &v.rows {
        let mut row = vec![
            r.rank.to_string(),
            guard(&r.text),
            guard(&r.majority),
            r.id.clone().unwrap_or_default(),
            r.blank.to_string(),
        ];
        row.extend(r.counts.iter().map(u64::to_string));
        w.write_record(&row).expect("in-memory CSV");
    }
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}
