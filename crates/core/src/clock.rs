//! The round clock: which agenda phase runs, and how much time it has left.
//!
//! State is stored as accumulated time plus the instant the clock was last
//! started, never as ticks, so a laptop that restarts (or a tablee killed
//! mid-round) resumes with the right remaining time: a running clock keeps
//! running while the program is closed, as the room does. Every function
//! takes `now`; nothing here reads the system clock.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

/// Default warnings: 2 minutes and 30 seconds before the end.
pub const DEFAULT_WARNINGS: [i64; 2] = [120, 30];

/// Whether the current phase's clock runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Run {
    /// Not started yet (or reset).
    Idle,
    /// Running since `since`, with `before` seconds already elapsed.
    Running { since: Timestamp, before: i64 },
    /// Paused with `elapsed` seconds done.
    Paused { elapsed: i64 },
}

/// A change to the room's clock, written to the journal like a post-it, so
/// that any number of facilitator screens, on any laptop, agree on one
/// clock and none can roll another back. Each event also names the phase
/// it was made in (see [`Clock::apply`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClockOp {
    /// Start the phase's clock, or resume it.
    Start,
    Pause,
    /// Minutes more (or fewer) for the phase.
    Minutes(i64),
    Next,
    Back,
    Mute(bool),
}

/// Something the room must notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alert {
    /// `seconds` left in the phase (a configured warning point).
    Warning { seconds: i64 },
    /// The phase's time is up; overtime starts.
    TimeUp,
}

/// The facilitator's clock, saved as `clock.ron`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clock {
    /// Index of the current phase in the agenda.
    pub phase: usize,
    pub run: Run,
    /// Seconds added (or removed) to the current phase's plan with `+`/`-`.
    pub adjust: i64,
    /// Warning points, in seconds left.
    pub warnings: Vec<i64>,
    /// Warning points already announced in this phase (and `0` for time up).
    pub fired: Vec<i64>,
    /// The alert sound is off.
    pub muted: bool,
    /// Seconds actually spent per phase, once left (planned vs actual).
    pub actual: Vec<Option<i64>>,
    /// When the first phase was started: the workshop's real start.
    pub began: Option<Timestamp>,
}

fn secs(d: SignedDuration) -> i64 {
    d.as_secs()
}

impl Clock {
    /// A clock at the first phase, not started, for an agenda of `phases`.
    pub fn new(phases: usize) -> Clock {
        Clock {
            phase: 0,
            run: Run::Idle,
            adjust: 0,
            warnings: DEFAULT_WARNINGS.to_vec(),
            fired: Vec::new(),
            muted: false,
            actual: vec![None; phases],
            began: None,
        }
    }

    /// Seconds elapsed in the current phase.
    pub fn elapsed(&self, now: Timestamp) -> i64 {
        match self.run {
            Run::Idle => 0,
            Run::Paused { elapsed } => elapsed,
            Run::Running { since, before } => before + secs(now.duration_since(since)).max(0),
        }
    }

    /// Seconds left for a phase planned to last `planned_minutes`;
    /// negative in overtime.
    pub fn remaining(&self, planned_minutes: u32, now: Timestamp) -> i64 {
        i64::from(planned_minutes) * 60 + self.adjust - self.elapsed(now)
    }

    pub fn is_running(&self) -> bool {
        matches!(self.run, Run::Running { .. })
    }

    /// Space: starts, pauses, or resumes.
    pub fn toggle(&mut self, now: Timestamp) {
        self.run = match self.run {
            Run::Idle => {
                self.began.get_or_insert(now);
                Run::Running {
                    since: now,
                    before: 0,
                }
            }
            Run::Paused { elapsed } => Run::Running {
                since: now,
                before: elapsed,
            },
            Run::Running { .. } => Run::Paused {
                elapsed: self.elapsed(now),
            },
        };
    }

    /// `+`/`-`: adds (or removes) minutes. Never leaves less than zero
    /// seconds of plan when removing; warnings above the new remaining
    /// time fire again.
    pub fn add_minutes(&mut self, minutes: i64, planned_minutes: u32, now: Timestamp) {
        let before = self.remaining(planned_minutes, now);
        let mut delta = minutes * 60;
        if delta < 0 && before > 0 {
            delta = delta.max(-before);
        } else if delta < 0 {
            delta = 0;
        }
        self.adjust += delta;
        let left = self.remaining(planned_minutes, now);
        self.fired.retain(|&w| w >= left);
    }

    /// Sets the remaining time of the current phase.
    pub fn set_remaining(&mut self, seconds: i64, planned_minutes: u32, now: Timestamp) {
        self.adjust = seconds - i64::from(planned_minutes) * 60 + self.elapsed(now);
        self.fired.retain(|&w| w >= seconds);
    }

    /// Alerts due at `now`, each announced once per phase.
    pub fn due_alerts(&mut self, planned_minutes: u32, now: Timestamp) -> Vec<Alert> {
        if matches!(self.run, Run::Idle) {
            return Vec::new();
        }
        let left = self.remaining(planned_minutes, now);
        let mut out = Vec::new();
        for &w in &self.warnings {
            if left <= w && left > 0 && !self.fired.contains(&w) {
                self.fired.push(w);
                out.push(Alert::Warning { seconds: w });
            }
        }
        if left <= 0 && !self.fired.contains(&0) {
            // Warnings skipped over (e.g. after a restart) are not replayed.
            for &w in &self.warnings {
                if !self.fired.contains(&w) {
                    self.fired.push(w);
                }
            }
            self.fired.push(0);
            out.retain(|a| !matches!(a, Alert::Warning { .. }));
            out.push(Alert::TimeUp);
        }
        out
    }

    /// `n`: ends the current phase (recording its actual time) and moves to
    /// the next one, which starts at once if the clock was running.
    /// Returns false at the last phase.
    pub fn next(&mut self, phases: usize, now: Timestamp) -> bool {
        if self.phase + 1 >= phases {
            return false;
        }
        let was_running = self.is_running();
        if self.actual.len() < phases {
            self.actual.resize(phases, None);
        }
        if !matches!(self.run, Run::Idle) {
            self.actual[self.phase] = Some(self.elapsed(now));
        }
        self.phase += 1;
        self.reset_phase(was_running, now);
        true
    }

    /// `b`: goes back to the previous phase, which restarts from its plan.
    pub fn back(&mut self, now: Timestamp) -> bool {
        if self.phase == 0 {
            return false;
        }
        let was_running = self.is_running();
        self.phase -= 1;
        if let Some(a) = self.actual.get_mut(self.phase) {
            *a = None;
        }
        self.reset_phase(was_running, now);
        true
    }

    fn reset_phase(&mut self, running: bool, now: Timestamp) {
        self.adjust = 0;
        self.fired.clear();
        self.run = if running {
            Run::Running {
                since: now,
                before: 0,
            }
        } else {
            Run::Idle
        };
    }

    /// Applies a clock event made at `at` by a screen that was showing
    /// `phase`. A start, pause, ± minutes, next or back made in another
    /// phase than the current one does nothing: two facilitators pressing
    /// "next" at the same moment move the room on by one phase, not two,
    /// and a screen that had not yet seen the room move on cannot drag it
    /// back. `planned` is the agenda's minutes.
    pub fn apply(&mut self, phase: usize, op: ClockOp, at: Timestamp, planned: &[u32]) {
        if let ClockOp::Mute(on) = op {
            self.muted = on;
            return;
        }
        if phase != self.phase {
            return;
        }
        let minutes = planned.get(self.phase).copied().unwrap_or(0);
        match op {
            ClockOp::Start if !self.is_running() => self.toggle(at),
            ClockOp::Pause if self.is_running() => self.toggle(at),
            ClockOp::Minutes(m) => self.add_minutes(m, minutes, at),
            ClockOp::Next => {
                self.next(planned.len(), at);
            }
            ClockOp::Back => {
                self.back(at);
            }
            _ => {}
        }
    }

    /// The clock after these events (in the order the board applied them),
    /// from `base` (a legacy `clock.ron`, or a new clock).
    pub fn replay<'a>(
        base: &Clock,
        ops: impl IntoIterator<Item = &'a (Timestamp, usize, ClockOp)>,
        planned: &[u32],
    ) -> Clock {
        let mut c = base.clone();
        if c.actual.len() < planned.len() {
            c.actual.resize(planned.len(), None);
        }
        for (at, phase, op) in ops {
            c.apply(*phase, *op, *at, planned);
        }
        c
    }

    /// The event that toggles this clock (space): start or pause.
    pub fn toggle_op(&self) -> ClockOp {
        if self.is_running() {
            ClockOp::Pause
        } else {
            ClockOp::Start
        }
    }

    /// Projected end of the workshop: now + what is left of this phase
    /// (never negative) + the plans of the phases after it.
    pub fn projected_end(&self, planned: &[u32], now: Timestamp) -> Timestamp {
        let current = planned
            .get(self.phase)
            .map(|&m| self.remaining(m, now).max(0))
            .unwrap_or(0);
        let after: i64 = planned
            .iter()
            .skip(self.phase + 1)
            .map(|&m| i64::from(m) * 60)
            .sum();
        now + SignedDuration::from_secs(current + after)
    }
}

/// `12:34`, `-1:05` in overtime, `1:02:03` past an hour.
pub fn format_mmss(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.unsigned_abs();
    if s >= 3600 {
        format!("{sign}{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
    } else {
        format!("{sign}{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: i64) -> Timestamp {
        Timestamp::from_second(1_763_000_000 + s).unwrap()
    }

    #[test]
    fn pause_resume_arithmetic() {
        let mut c = Clock::new(3);
        assert_eq!(c.remaining(20, t(0)), 1200);
        c.toggle(t(0));
        assert_eq!(c.remaining(20, t(100)), 1100);
        c.toggle(t(100)); // pause
        assert_eq!(c.remaining(20, t(500)), 1100, "paused time does not count");
        c.toggle(t(500)); // resume
        assert_eq!(c.remaining(20, t(600)), 1000);
        assert_eq!(c.began, Some(t(0)));
    }

    #[test]
    fn plus_minus_and_set() {
        let mut c = Clock::new(1);
        c.toggle(t(0));
        c.add_minutes(1, 20, t(60));
        assert_eq!(c.remaining(20, t(60)), 1200);
        c.add_minutes(-30, 20, t(60));
        assert_eq!(
            c.remaining(20, t(60)),
            0,
            "never removes more than what is left"
        );
        c.set_remaining(300, 20, t(60));
        assert_eq!(c.remaining(20, t(60)), 300);
        assert_eq!(c.remaining(20, t(360)), 0);
    }

    #[test]
    fn overtime_counts_on() {
        let mut c = Clock::new(1);
        c.toggle(t(0));
        assert_eq!(c.remaining(1, t(75)), -15);
        assert_eq!(format_mmss(-15), "-0:15");
        assert_eq!(format_mmss(1200), "20:00");
        assert_eq!(format_mmss(3723), "1:02:03");
    }

    #[test]
    fn warnings_fire_once_and_rearm_when_time_is_added() {
        let mut c = Clock::new(1);
        c.toggle(t(0));
        assert!(c.due_alerts(5, t(10)).is_empty());
        assert_eq!(
            c.due_alerts(5, t(180)),
            vec![Alert::Warning { seconds: 120 }]
        );
        assert!(c.due_alerts(5, t(181)).is_empty(), "fires once");
        assert_eq!(
            c.due_alerts(5, t(270)),
            vec![Alert::Warning { seconds: 30 }]
        );
        assert_eq!(c.due_alerts(5, t(300)), vec![Alert::TimeUp]);
        assert!(c.due_alerts(5, t(400)).is_empty());
        c.add_minutes(5, 5, t(400)); // 200 s left again
        assert!(c.fired.is_empty() || !c.fired.contains(&120));
        assert_eq!(
            c.due_alerts(5, t(480)),
            vec![Alert::Warning { seconds: 120 }]
        );
    }

    #[test]
    fn a_late_restart_does_not_replay_every_warning() {
        let mut c = Clock::new(1);
        c.toggle(t(0));
        assert_eq!(c.due_alerts(5, t(1000)), vec![Alert::TimeUp]);
    }

    #[test]
    fn next_and_back_record_actual_times() {
        let mut c = Clock::new(3);
        c.toggle(t(0));
        assert!(c.next(3, t(330)));
        assert_eq!(c.actual[0], Some(330));
        assert!(c.is_running(), "the next phase starts at once");
        assert_eq!(c.remaining(20, t(390)), 1140);
        c.toggle(t(400));
        assert!(c.next(3, t(500)));
        assert!(!c.is_running());
        assert!(!c.next(3, t(500)), "no phase after the last");
        assert!(c.back(t(600)));
        assert_eq!(c.phase, 1);
        assert_eq!(c.actual[1], None);
        assert_eq!(c.remaining(20, t(600)), 1200);
    }

    #[test]
    fn resume_after_restart_from_saved_state() {
        let mut c = Clock::new(2);
        c.toggle(t(0));
        let saved = ron::to_string(&c).unwrap();
        // The laptop is off for 5 minutes; the round went on.
        let back: Clock = ron::from_str(&saved).unwrap();
        assert_eq!(back, c);
        assert_eq!(back.remaining(20, t(300)), 900);
    }

    #[test]
    fn clock_events_made_in_another_phase_change_nothing() {
        let planned = [5, 20, 20];
        let ops = [
            (t(0), 0, ClockOp::Start),
            // Two screens press next at the same time: one phase on.
            (t(60), 0, ClockOp::Next),
            (t(61), 0, ClockOp::Next),
            // A screen that had not seen the room move on pauses "phase 0".
            (t(70), 0, ClockOp::Pause),
            (t(80), 1, ClockOp::Minutes(2)),
            (t(90), 2, ClockOp::Mute(true)),
        ];
        let c = Clock::replay(&Clock::new(3), &ops, &planned);
        assert_eq!(c.phase, 1);
        assert!(c.is_running());
        assert!(c.muted);
        assert_eq!(c.remaining(20, t(120)), 20 * 60 + 120 - 60);
        assert_eq!(c.actual[0], Some(60));
    }

    #[test]
    fn projected_end_adds_the_rest_of_the_agenda() {
        let mut c = Clock::new(3);
        c.toggle(t(0));
        assert_eq!(c.projected_end(&[10, 20, 15], t(60)), t(60 + 540 + 35 * 60));
        // In overtime the current phase adds nothing more.
        assert_eq!(c.projected_end(&[10, 20, 15], t(700)), t(700 + 35 * 60));
    }
}
