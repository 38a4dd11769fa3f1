//! The follow-up as open data: one JSON document, `tablee-proposals`
//! version 1 (its schema: `docs/proposals.schema.json`), one object per
//! proposal with its origin, status, answer, owner, condition, due date,
//! deadline, progress notes and history. Anonymous: no device, no
//! person's name (post-its are quoted by their words only). Codes rather
//! than words, so a script reads it in any language.

use serde_json::{Value, json};

use super::View;
use crate::core::deadline::Lateness;
use crate::core::proposal::{Proposal, Response, Source};

/// The schema's name and version, written in every document.
pub const FORMAT: &str = "tablee-proposals";
pub const VERSION: u32 = 1;

pub fn render(v: &View) -> String {
    let d = &v.data;
    let sessions: Vec<Value> = d
        .sessions
        .iter()
        .map(|s| {
            json!({
                "id": s.id.to_string(),
                "title": s.title,
                "date": s.date.map(|d| d.to_string()),
                "place": s.place,
                "organiser": s.organiser,
                "answer_within": s.answer_within,
            })
        })
        .collect();
    let proposals: Vec<Value> = d.proposals.iter().map(|p| proposal(v, p)).collect();
    let doc = json!({
        "format": FORMAT,
        "version": VERSION,
        "lang": v.lang.code(),
        "sessions": sessions,
        "proposals": proposals,
    });
    let mut out = serde_json::to_string_pretty(&doc).expect("JSON of plain values");
    out.push('\n');
    out
}

fn proposal(v: &View, p: &Proposal) -> Value {
    let d = &v.data;
    let short = d.short.get(&p.id).cloned().unwrap_or_default();
    let deadline = v
        .late
        .iter()
        .find(|l| l.id == short)
        .map(|l| deadline(l.lateness));
    json!({
        "id": p.id.to_string(),
        "short_id": short,
        "session": d.sessions.get(p.session).map(|s| s.id.to_string()),
        "text": p.text,
        "description": p.description,
        "theme": p.theme,
        "source": match p.source {
            Source::Plenary => "plenary",
            Source::PostIts => "post-its",
            Source::Direct => "direct",
        },
        "origin": {
            "topic": p.origin.topic,
            "table": p.origin.table,
            "round": p.origin.round,
            "group": p.origin.group,
            "key_factor": p.origin.key_factor.map(|c| c.to_string()),
            "post_its": p.post_its,
        },
        "status": p.status.map(|s| s.code()),
        "response": p.response,
        "owner": p.owner,
        "condition": p.condition,
        "due": p.due.map(|d| d.to_string()),
        "progress": p.progress.iter().map(|n| json!({
            "state": n.state.code(),
            "on": n.on.to_string(),
            "text": n.text,
        })).collect::<Vec<_>>(),
        "deadline": deadline,
        "created": p.created.to_string(),
        "last_change": p.last_change().to_string(),
        "history": p.history.iter().map(|c| change(c.at, &c.response)).collect::<Vec<_>>(),
    })
}

/// One answer: when, and only the fields it set.
fn change(at: jiff::Timestamp, r: &Response) -> Value {
    let mut o = serde_json::Map::new();
    o.insert("at".into(), json!(at.to_string()));
    let mut set = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            o.insert(k.into(), v);
        }
    };
    set("status", r.status.map(|s| json!(s.code())));
    set("title", r.title.clone().map(Value::from));
    set("response", r.text.clone().map(Value::from));
    set("owner", r.owner.clone().map(Value::from));
    set("condition", r.condition.clone().map(Value::from));
    set("due", r.due.map(|d| json!(d.to_string())));
    set("theme", r.theme.clone().map(Value::from));
    set(
        "progress",
        r.progress
            .as_ref()
            .map(|n| json!({ "state": n.state.code(), "on": n.on.to_string(), "text": n.text })),
    );
    Value::Object(o)
}

fn deadline(l: Lateness) -> Value {
    match l {
        Lateness::AnswerLate { by, days } => {
            json!({ "kind": "answer-late", "date": by.to_string(), "days": days })
        }
        Lateness::AnswerSoon { by, days } => {
            json!({ "kind": "answer-soon", "date": by.to_string(), "days": days })
        }
        Lateness::DueLate { due, days } => json!({
            "kind": "due-late",
            "date": crate::core::deadline::last_day(due).to_string(),
            "days": days,
        }),
        Lateness::DueSoon { due, days } => json!({
            "kind": "due-soon",
            "date": crate::core::deadline::last_day(due).to_string(),
            "days": days,
        }),
    }
}
