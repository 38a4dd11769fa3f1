//! Answer deadlines: a council's commitment to answer every proposal
//! within a delay (« sous huit semaines »), and the due dates of what it
//! accepted. Which proposals are late, and which fall due soon, as of a
//! day given (never the clock): the follow-up shows them first.

pub use super::delay::Delay;
use super::proposal::{Due, Progress, Proposal, Status};

/// How near a proposal's next date is, seen from a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lateness {
    /// No answer, and the day to answer by is past: by so many days.
    AnswerLate { by: jiff::civil::Date, days: i32 },
    /// Accepted, not done, and its due date is past.
    DueLate { due: Due, days: i32 },
    /// No answer yet; the day to answer by comes within the notice.
    AnswerSoon { by: jiff::civil::Date, days: i32 },
    /// Accepted, not done; its due date comes within the notice.
    DueSoon { due: Due, days: i32 },
}

impl Lateness {
    pub fn is_late(self) -> bool {
        matches!(self, Lateness::AnswerLate { .. } | Lateness::DueLate { .. })
    }

    /// Late first (the latest first), then soon (the nearest first).
    pub fn urgency(self) -> (u8, i32) {
        match self {
            Lateness::AnswerLate { days, .. } | Lateness::DueLate { days, .. } => (0, -days),
            Lateness::AnswerSoon { days, .. } | Lateness::DueSoon { days, .. } => (1, days),
        }
    }
}

/// Days of notice: what falls due within them is "soon".
pub const NOTICE_DAYS: i32 = 14;

/// The last day a due date allows: the day itself, the month's last day,
/// the year's 31 December.
pub fn last_day(due: Due) -> jiff::civil::Date {
    match due {
        Due::Day(d) => d,
        Due::Month(y, m) => jiff::civil::Date::new(y, m, 1)
            .map(|d| d.last_of_month())
            .unwrap_or(jiff::civil::Date::MAX),
        Due::Year(y) => jiff::civil::Date::new(y, 12, 31).unwrap_or(jiff::civil::Date::MAX),
    }
}

/// The day a proposal counts from: the session's day for what the room
/// proposed (a plenary action, post-its promoted), the day it was written
/// for one written directly (a letter, an email).
pub fn proposed_on(
    p: &Proposal,
    session_date: Option<jiff::civil::Date>,
    tz: &jiff::tz::TimeZone,
) -> jiff::civil::Date {
    let written = p.created.to_zoned(tz.clone()).date();
    match p.source {
        super::proposal::Source::Direct => written,
        _ => session_date.unwrap_or(written),
    }
}

/// Where `p`, a proposal of `session`, stands on `today`: counted from
/// the day it was proposed ([`proposed_on`]) against the session's
/// commitment. One rule for the report and the follow-up screen.
pub fn of_session(
    p: &Proposal,
    session: &super::model::Session,
    tz: &jiff::tz::TimeZone,
    today: jiff::civil::Date,
) -> Option<Lateness> {
    lateness(
        p,
        session.answer_within,
        proposed_on(p, session.date, tz),
        today,
    )
}

/// Where `p` stands on `today`: answered within `within` of the day it
/// was proposed (`proposed`), and done by its due date once accepted.
/// None when nothing is due within the notice.
pub fn lateness(
    p: &Proposal,
    within: Option<Delay>,
    proposed: jiff::civil::Date,
    today: jiff::civil::Date,
) -> Option<Lateness> {
    // Whole days from a to b (civil dates subtract in days).
    let days = |a: jiff::civil::Date, b: jiff::civil::Date| (b - a).get_days();
    let done = p.progress_state() == Some(Progress::Done);
    match p.status {
        None => {
            let by = within?.after(proposed);
            let left = days(today, by);
            if today > by {
                Some(Lateness::AnswerLate {
                    by,
                    days: days(by, today),
                })
            } else if left <= NOTICE_DAYS {
                Some(Lateness::AnswerSoon { by, days: left })
            } else {
                None
            }
        }
        Some(Status::Accepted | Status::Modified | Status::Escalated) if !done => {
            let due = p.due?;
            let end = last_day(due);
            if today > end {
                Some(Lateness::DueLate {
                    due,
                    days: days(end, today),
                })
            } else if days(today, end) <= NOTICE_DAYS {
                Some(Lateness::DueSoon {
                    due,
                    days: days(today, end),
                })
            } else {
                None
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn proposal(status: Option<Status>, due: Option<Due>, done: bool) -> Proposal {
        use super::super::proposal::{Origin, ProgressNote, Source};
        Proposal {
            id: uuid::Uuid::nil(),
            session: 0,
            text: "Traduire les formulaires".into(),
            description: String::new(),
            theme: None,
            source: Source::Direct,
            origin: Origin::default(),
            post_its: Vec::new(),
            created: jiff::Timestamp::UNIX_EPOCH,
            status,
            response: String::new(),
            owner: String::new(),
            condition: String::new(),
            due,
            progress: if done {
                vec![ProgressNote {
                    state: Progress::Done,
                    on: date(2026, 3, 1),
                    text: String::new(),
                }]
            } else {
                Vec::new()
            },
            history: Vec::new(),
        }
    }

    #[test]
    fn unanswered_proposals_fall_due_then_late_as_the_days_pass() {
        let p = proposal(None, None, false);
        let within = Some(Delay::Weeks(8));
        let proposed = date(2025, 11, 15);
        let by = date(2026, 1, 10);
        let on = |today| lateness(&p, within, proposed, today);
        assert_eq!(on(date(2025, 12, 1)), None);
        assert_eq!(
            on(date(2025, 12, 27)),
            Some(Lateness::AnswerSoon { by, days: 14 })
        );
        assert_eq!(
            on(date(2026, 1, 10)),
            Some(Lateness::AnswerSoon { by, days: 0 })
        );
        assert_eq!(
            on(date(2026, 1, 20)),
            Some(Lateness::AnswerLate { by, days: 10 })
        );
        // No commitment, no deadline.
        assert_eq!(lateness(&p, None, proposed, date(2027, 1, 1)), None);
        // Any answer, even « à l'étude », keeps the commitment.
        let studied = proposal(Some(Status::Studying), None, false);
        assert_eq!(lateness(&studied, within, proposed, date(2027, 1, 1)), None);
    }

    #[test]
    fn accepted_proposals_are_late_past_their_due_date_until_done() {
        let due = Due::Month(2026, 3);
        let accepted = proposal(Some(Status::Accepted), Some(due), false);
        let on = |p: &Proposal, today| lateness(p, None, date(2025, 11, 15), today);
        assert_eq!(on(&accepted, date(2026, 3, 1)), None);
        assert_eq!(
            on(&accepted, date(2026, 3, 20)),
            Some(Lateness::DueSoon { due, days: 11 })
        );
        assert_eq!(
            on(&accepted, date(2026, 4, 2)),
            Some(Lateness::DueLate { due, days: 2 })
        );
        let done = proposal(Some(Status::Accepted), Some(due), true);
        assert_eq!(on(&done, date(2026, 4, 2)), None);
        let refused = proposal(Some(Status::Refused), Some(due), false);
        assert_eq!(on(&refused, date(2026, 4, 2)), None);
        // Late first, the latest first; then the nearest.
        let mut all = [
            Lateness::DueSoon { due, days: 3 },
            Lateness::AnswerLate {
                by: date(2026, 1, 10),
                days: 2,
            },
            Lateness::DueLate { due, days: 30 },
        ];
        all.sort_by_key(|l| l.urgency());
        assert!(matches!(all[0], Lateness::DueLate { days: 30, .. }));
        assert!(matches!(all[2], Lateness::DueSoon { .. }));
    }

    #[test]
    fn due_dates_end_on_their_last_day() {
        assert_eq!(last_day(Due::Year(2026)), date(2026, 12, 31));
        assert_eq!(last_day(Due::Month(2026, 2)), date(2026, 2, 28));
        assert_eq!(last_day(Due::Day(date(2026, 3, 15))), date(2026, 3, 15));
    }
}
