//! The round clock: which agenda phase runs, and how much time it has left.
//!
//! State is stored as accumulated time plus the instant the clock was last
//! started, never as ticks, so a laptop that restarts (or a tablee killed
//! mid-round) resumes with the right remaining time: a running clock keeps
//! running while the program is closed, as the room does. Every function
//! takes `now`; nothing here reads the system clock.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

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

/// The room's clock, replayed from the clock events of the journals (a
/// legacy `clock.ron` may give the clock they start from).
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
    /// Which visit of `phase` the room is in: 0 at the start, then one id
    /// per path of moves (see [`child_epoch`]). Clock events carry the
    /// epoch their screen showed, so an action made in a phase the room
    /// has since left, or reached by another path, is told apart.
    #[serde(default)]
    pub epoch: u64,
    /// The actions the merge set aside because they were concurrent with
    /// a move that won (newest last), for the screens, `status` and
    /// `check` to say.
    #[serde(skip)]
    pub overridden: Vec<Overridden>,
}

/// One clock event as the merged board keeps it, in the board's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClockEvent {
    /// When it was pressed.
    pub at: Timestamp,
    /// The phase the screen showed.
    pub phase: usize,
    pub op: ClockOp,
    /// The visit of `phase` the screen showed ([`Clock::epoch`]); none in
    /// journals written before tablee recorded it.
    pub epoch: Option<u64>,
    /// For a move: whether the screen's clock was running (the phase it
    /// moves to then starts at once).
    pub running: Option<bool>,
    /// Who pressed it.
    pub device: Uuid,
    /// Its place in the board's order: (Lamport counter, device, seq).
    pub order: (u64, Uuid, u64),
}

/// A clock action the merge set aside: it was made, concurrently, in a
/// visit of a phase that another screen's move took the room out of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overridden {
    /// What was set aside, by whom, in which phase, when.
    pub op: ClockOp,
    pub device: Uuid,
    pub phase: usize,
    pub at: Timestamp,
    /// The move that won over it: who made it, and the phase it went to.
    pub kept_device: Uuid,
    pub kept_to: usize,
    /// The phase the room is in once every event is merged.
    pub room: usize,
}

/// The epoch of the visit a move to phase `to` opens from epoch `parent`.
/// Two screens moving the same way from the same visit open the same one
/// (two concurrent `n` advance the room once).
pub fn child_epoch(parent: u64, to: usize) -> u64 {
    // SplitMix64 of the pair: deterministic on every replica and platform.
    let mut z = parent ^ (to as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
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
            epoch: 0,
            overridden: Vec::new(),
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

    /// Applies a start, pause or ± minutes made in the current visit.
    fn apply_in_phase(&mut self, op: ClockOp, at: Timestamp, planned: &[u32]) {
        let minutes = planned.get(self.phase).copied().unwrap_or(0);
        match op {
            ClockOp::Start if !self.is_running() => self.toggle(at),
            ClockOp::Pause if self.is_running() => self.toggle(at),
            ClockOp::Minutes(m) => self.add_minutes(m, minutes, at),
            _ => {}
        }
    }

    /// The room's clock after a set of clock events, from `base` (a legacy
    /// `clock.ron`, or a new clock). `planned` is the agenda's minutes.
    ///
    /// The result is a function of the set alone: every replica, whatever
    /// the order events arrived in, shows the same clock. The rules:
    ///
    /// - Every event names the visit of a phase its screen showed (its
    ///   epoch). A move opens a new visit: `n` made in phase p goes to
    ///   p + 1, `b` to p − 1; two screens moving the same way from one
    ///   visit open the same visit (two concurrent `n` advance once).
    /// - From a visit where screens moved both ways without seeing each
    ///   other, the room follows the way that ends furthest on: the
    ///   highest of the visits no screen moved on from (each screen's own
    ///   view), forward on a tie. A move forward is never undone by a
    ///   concurrent move back, and a screen that went back and then on
    ///   beyond is not dragged back either: only a screen that saw a visit
    ///   can take the room back from it.
    /// - Starts, pauses and ± minutes apply to their own visit, in the
    ///   board's order (Lamport counter, then device): a concurrent start
    ///   and pause resolve as they always did. Those the move out of the
    ///   visit cannot have seen (ordered after it) no longer change the
    ///   room: a pause or + pressed in phase 3 while another screen moved
    ///   on to phase 4 leaves phase 4 as its mover left it.
    /// - Whatever is set aside is listed in [`Clock::overridden`].
    ///
    /// Events from journals written before epochs were recorded are placed
    /// in the visit the room was in when they are met in the board's
    /// order, which gives them the meaning they had when they were made.
    pub fn replay(base: &Clock, ops: &[ClockEvent], planned: &[u32]) -> Clock {
        let n = planned.len();
        let mut c = base.clone();
        c.overridden.clear();
        if c.actual.len() < n {
            c.actual.resize(n, None);
        }
        // Every event's visit: its own, or (older journals) the one the
        // room was in when it is met in order.
        let mut by_epoch: std::collections::HashMap<u64, Vec<&ClockEvent>> = Default::default();
        let (mut phase, mut epoch) = (base.phase, base.epoch);
        for e in ops {
            if let ClockOp::Mute(on) = e.op {
                c.muted = on;
                continue;
            }
            let visit = match e.epoch {
                Some(x) => x,
                None if e.phase == phase => epoch,
                None => continue,
            };
            by_epoch.entry(visit).or_default().push(e);
            if visit == epoch
                && e.phase == phase
                && let Some(to) = target(e.op, phase, n)
            {
                phase = to;
                epoch = child_epoch(epoch, to);
            }
        }
        // Walk the visits from the base, choosing at each the way that
        // ends furthest on.
        let mut furthest: std::collections::HashMap<u64, usize> = Default::default();
        let mut lost: Vec<(ClockEvent, &ClockEvent)> = Vec::new();
        let mut guard = 0usize;
        loop {
            guard += 1;
            let (now_phase, now_epoch) = (c.phase, c.epoch);
            let here: &[&ClockEvent] = by_epoch.get(&now_epoch).map_or(&[], Vec::as_slice);
            let moves = |forward: bool| {
                here.iter().copied().find(|e| {
                    e.phase == now_phase
                        && target(e.op, now_phase, n).is_some()
                        && matches!(e.op, ClockOp::Next) == forward
                })
            };
            let (fwd, back) = (moves(true), moves(false));
            let reach =
                |e: Option<&ClockEvent>, furthest: &mut std::collections::HashMap<u64, usize>| {
                    e.map(|e| {
                        let to = target(e.op, now_phase, n).expect("a valid move");
                        outcome(&by_epoch, child_epoch(now_epoch, to), to, n, furthest, 0)
                    })
                };
            let (rf, rb) = (reach(fwd, &mut furthest), reach(back, &mut furthest));
            let winner = match (fwd, back) {
                (Some(f), Some(b)) => Some(if rf >= rb { f } else { b }),
                (f, b) => f.or(b),
            };
            let Some(w) = winner.filter(|_| guard <= ops.len() + 1) else {
                for e in here.iter().filter(|e| e.phase == now_phase) {
                    c.apply_in_phase(e.op, e.at, planned);
                }
                break;
            };
            for e in here.iter().filter(|e| e.phase == now_phase) {
                if e.order < w.order {
                    if target(e.op, now_phase, n).is_none() {
                        c.apply_in_phase(e.op, e.at, planned);
                    }
                } else if e.order > w.order && e.device != w.device {
                    // Made without seeing the move: a start, pause or ±
                    // in the visit left, or a move the other way.
                    let other_way = target(e.op, now_phase, n).is_some()
                        && matches!(e.op, ClockOp::Next) != matches!(w.op, ClockOp::Next);
                    if target(e.op, now_phase, n).is_none() || other_way {
                        lost.push(((*e).clone(), w));
                    }
                }
            }
            // A move the other way ordered before the winner lost too.
            for e in here
                .iter()
                .filter(|e| e.order < w.order && e.phase == now_phase)
            {
                if target(e.op, now_phase, n).is_some()
                    && matches!(e.op, ClockOp::Next) != matches!(w.op, ClockOp::Next)
                {
                    lost.push(((*e).clone(), w));
                }
            }
            let to = target(w.op, c.phase, n).expect("a valid move");
            let was_running = c.is_running();
            if !matches!(c.run, Run::Idle) {
                c.actual[c.phase] = Some(c.elapsed(w.at));
            }
            if to < c.phase
                && let Some(a) = c.actual.get_mut(to)
            {
                *a = None;
            }
            c.epoch = child_epoch(c.epoch, to);
            c.phase = to;
            c.reset_phase(w.running.unwrap_or(was_running), w.at);
        }
        let room = c.phase;
        lost.sort_by_key(|(e, _)| e.order);
        c.overridden = lost
            .into_iter()
            .map(|(e, w)| Overridden {
                op: e.op,
                device: e.device,
                phase: e.phase,
                at: e.at,
                kept_device: w.device,
                kept_to: target(w.op, e.phase, n).unwrap_or(room),
                room,
            })
            .collect();
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

/// Where a move made in `phase` goes, on an agenda of `phases`; none for
/// an action that is not a move, or a move off either end.
fn target(op: ClockOp, phase: usize, phases: usize) -> Option<usize> {
    match op {
        ClockOp::Next if phase + 1 < phases => Some(phase + 1),
        ClockOp::Back if phase > 0 => Some(phase - 1),
        _ => None,
    }
}

/// Where the room ends up from the visit `epoch` of `phase`: the highest
/// phase among the visits no screen moved on from (each screen's own
/// view), following forward on a tie. Memoised per visit; bounded by the
/// number of events.
fn outcome(
    by_epoch: &std::collections::HashMap<u64, Vec<&ClockEvent>>,
    epoch: u64,
    phase: usize,
    phases: usize,
    memo: &mut std::collections::HashMap<u64, usize>,
    depth: usize,
) -> usize {
    if let Some(&r) = memo.get(&epoch) {
        return r;
    }
    let mut best: Option<usize> = None;
    if depth < 10_000 {
        let mut seen = [false; 2];
        for e in by_epoch.get(&epoch).map_or(&[][..], Vec::as_slice) {
            if e.phase != phase {
                continue;
            }
            if let Some(to) = target(e.op, phase, phases) {
                let way = usize::from(to > phase);
                if !seen[way] {
                    seen[way] = true;
                    let r = outcome(
                        by_epoch,
                        child_epoch(epoch, to),
                        to,
                        phases,
                        memo,
                        depth + 1,
                    );
                    best = Some(best.map_or(r, |b| b.max(r)));
                }
            }
        }
    }
    let best = best.unwrap_or(phase);
    memo.insert(epoch, best);
    best
}

/// Where a phase's time stands, given the seconds left to its planned
/// length and the margin its range allows (« 5 à 10 min »: 5 minutes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Before the planned length: so many seconds left.
    Counting { left: i64 },
    /// Past it, within the range: so many seconds of margin left.
    Margin { left: i64 },
    /// Past the range (or the planned length, with no range): so many
    /// seconds over.
    Overtime { over: i64 },
}

/// The stage of `left` seconds with `margin` seconds of range.
pub fn stage(left: i64, margin: i64) -> Stage {
    if left > 0 {
        Stage::Counting { left }
    } else if margin > 0 && -left < margin {
        Stage::Margin {
            left: margin + left,
        }
    } else {
        Stage::Overtime {
            over: -left - margin.max(0),
        }
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

    /// « 5 à 10 min »: the clock counts to 5, then shows the margin to 10,
    /// then overtime; `now` injected.
    #[test]
    fn a_range_counts_to_its_start_then_the_margin_then_overtime() {
        let t0 = Timestamp::from_second(1_700_000_000).unwrap();
        let at = |s: i64| Timestamp::from_second(1_700_000_000 + s).unwrap();
        let mut c = Clock::new(1);
        c.toggle(t0);
        let margin = 5 * 60;
        let on = |c: &Clock, s: i64| stage(c.remaining(5, at(s)), margin);
        assert_eq!(on(&c, 60), Stage::Counting { left: 240 });
        assert_eq!(on(&c, 300), Stage::Margin { left: 300 });
        assert_eq!(on(&c, 420), Stage::Margin { left: 180 });
        assert_eq!(on(&c, 600), Stage::Overtime { over: 0 });
        assert_eq!(on(&c, 645), Stage::Overtime { over: 45 });
        // No range: overtime at once.
        assert_eq!(
            stage(c.remaining(5, at(330)), 0),
            Stage::Overtime { over: 30 }
        );
        // A minute added counts before the margin.
        c.add_minutes(1, 5, at(240));
        assert_eq!(on(&c, 330), Stage::Counting { left: 30 });
        assert_eq!(on(&c, 400), Stage::Margin { left: 260 });
    }

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

    /// A clock event of a journal written before epochs were recorded.
    fn legacy(at: i64, phase: usize, op: ClockOp, order: u64) -> ClockEvent {
        ClockEvent {
            at: t(at),
            phase,
            op,
            epoch: None,
            running: None,
            device: Uuid::from_u128(1 + order as u128 % 2),
            order: (order, Uuid::from_u128(1 + order as u128 % 2), order),
        }
    }

    #[test]
    fn clock_events_made_in_another_phase_change_nothing() {
        let planned = [5, 20, 20];
        let ops = [
            legacy(0, 0, ClockOp::Start, 1),
            // Two screens press next at the same time: one phase on.
            legacy(60, 0, ClockOp::Next, 2),
            legacy(61, 0, ClockOp::Next, 3),
            // A screen that had not seen the room move on pauses "phase 0".
            legacy(70, 0, ClockOp::Pause, 4),
            legacy(80, 1, ClockOp::Minutes(2), 5),
            legacy(90, 2, ClockOp::Mute(true), 6),
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

    /// A facilitator's screen: the clock events it has seen, and the
    /// events it makes from what it shows, as the TUI does.
    #[derive(Clone)]
    struct Screen {
        device: Uuid,
        seq: u64,
        lamport: u64,
        seen: Vec<ClockEvent>,
    }

    impl Screen {
        fn new(d: u128) -> Screen {
            Screen {
                device: Uuid::from_u128(d),
                seq: 0,
                lamport: 0,
                seen: Vec::new(),
            }
        }

        fn view(&self, planned: &[u32]) -> Clock {
            merged(&[self], planned)
        }

        /// Presses a key: the event names the phase and visit shown.
        fn press(&mut self, op: ClockOp, at: i64, planned: &[u32]) -> Option<ClockEvent> {
            let c = self.view(planned);
            let n = planned.len();
            if (op == ClockOp::Next && c.phase + 1 >= n) || (op == ClockOp::Back && c.phase == 0) {
                return None;
            }
            self.seq += 1;
            self.lamport += 1;
            let e = ClockEvent {
                at: t(at),
                phase: c.phase,
                op,
                epoch: Some(c.epoch),
                running: matches!(op, ClockOp::Next | ClockOp::Back).then_some(c.is_running()),
                device: self.device,
                order: (self.lamport, self.device, self.seq),
            };
            self.seen.push(e.clone());
            Some(e)
        }

        /// Receives everything `other` has seen (a sync).
        fn hear(&mut self, other: &Screen) {
            for e in &other.seen {
                if !self.seen.contains(e) {
                    self.lamport = self.lamport.max(e.order.0);
                    self.seen.push(e.clone());
                }
            }
        }
    }

    /// The clock of everything these screens have seen, in the board's order.
    fn merged(screens: &[&Screen], planned: &[u32]) -> Clock {
        let mut all: Vec<ClockEvent> = Vec::new();
        for s in screens {
            for e in &s.seen {
                if !all.contains(e) {
                    all.push(e.clone());
                }
            }
        }
        all.sort_by_key(|e| e.order);
        Clock::replay(&Clock::new(planned.len()), &all, planned)
    }

    const PLAN: [u32; 5] = [5, 20, 20, 20, 15];

    /// Both screens in phase 2 (index 1), ready.
    fn two_screens_in_phase_2() -> (Screen, Screen) {
        let (mut a, mut b) = (Screen::new(0xA), Screen::new(0xB));
        a.press(ClockOp::Next, 0, &PLAN);
        b.hear(&a);
        (a, b)
    }

    #[test]
    fn a_move_forward_is_not_undone_by_a_concurrent_back() {
        // The lab: A presses Space then n (phase 3, running) while
        // B, cut off or at the same moment, presses b. Whichever orders
        // first, once joined the room is in phase 3, running.
        for b_ahead in [0, 5] {
            let (mut a, mut b) = two_screens_in_phase_2();
            b.lamport += b_ahead;
            a.press(ClockOp::Start, 10, &PLAN);
            a.press(ClockOp::Next, 20, &PLAN);
            b.press(ClockOp::Back, 21, &PLAN);
            let c = merged(&[&a, &b], &PLAN);
            assert_eq!(c.phase, 2, "b_ahead {b_ahead}");
            assert!(c.is_running());
            assert_eq!(c.remaining(20, t(80)), 20 * 60 - 60);
            assert_eq!(c.overridden.len(), 1, "{:?}", c.overridden);
            let o = &c.overridden[0];
            assert_eq!((o.op, o.device, o.phase), (ClockOp::Back, b.device, 1));
            assert_eq!((o.kept_device, o.kept_to, o.room), (a.device, 2, 2));
            // Every screen agrees once each has heard the other.
            let mut a2 = a.clone();
            a2.hear(&b);
            b.hear(&a);
            assert_eq!(a2.view(&PLAN), b.view(&PLAN));
        }
    }

    #[test]
    fn space_n_n_against_b_at_the_same_moment_keeps_the_room_on() {
        let (mut a, mut b) = two_screens_in_phase_2();
        a.press(ClockOp::Start, 10, &PLAN);
        a.press(ClockOp::Next, 11, &PLAN);
        a.press(ClockOp::Next, 12, &PLAN);
        b.lamport += 3;
        b.press(ClockOp::Back, 12, &PLAN);
        let c = merged(&[&a, &b], &PLAN);
        assert_eq!(c.phase, 3);
        assert!(c.is_running());
    }

    #[test]
    fn a_pause_and_plus_in_a_phase_left_do_not_change_the_next_one() {
        // Phase 3 running on both screens; A pauses and adds a minute
        // while B moves on: phase 4 runs, with its own plan.
        for a_ahead in [0, 5] {
            let (mut a, mut b) = two_screens_in_phase_2();
            a.press(ClockOp::Start, 10, &PLAN);
            a.press(ClockOp::Next, 20, &PLAN);
            b.hear(&a);
            a.lamport += a_ahead;
            a.press(ClockOp::Pause, 100, &PLAN);
            a.press(ClockOp::Minutes(1), 101, &PLAN);
            b.press(ClockOp::Next, 100, &PLAN);
            let c = merged(&[&a, &b], &PLAN);
            assert_eq!(c.phase, 3, "a_ahead {a_ahead}");
            assert!(c.is_running(), "not « ready 20:00 »");
            assert_eq!(c.remaining(20, t(160)), 20 * 60 - 60);
            if a_ahead > 0 {
                // Ordered after the move: said to have been set aside.
                let ops: Vec<ClockOp> = c.overridden.iter().map(|o| o.op).collect();
                assert_eq!(ops, [ClockOp::Pause, ClockOp::Minutes(1)]);
            }
        }
    }

    #[test]
    fn two_concurrent_nexts_advance_once_and_both_screens_carry_on() {
        let (mut a, mut b) = two_screens_in_phase_2();
        a.press(ClockOp::Next, 10, &PLAN);
        b.press(ClockOp::Next, 11, &PLAN);
        // Each goes on in the phase it reached: the same visit.
        a.press(ClockOp::Start, 12, &PLAN);
        b.press(ClockOp::Minutes(2), 13, &PLAN);
        let c = merged(&[&a, &b], &PLAN);
        assert_eq!(c.phase, 2);
        assert!(c.is_running());
        assert_eq!(c.remaining(20, t(12)), 22 * 60);
        assert!(c.overridden.is_empty());
    }

    #[test]
    fn a_back_by_a_screen_that_saw_the_phase_takes_the_room_back() {
        let (mut a, mut b) = two_screens_in_phase_2();
        a.press(ClockOp::Next, 10, &PLAN);
        b.hear(&a);
        b.press(ClockOp::Back, 20, &PLAN);
        let c = merged(&[&a, &b], &PLAN);
        assert_eq!(c.phase, 1);
        assert!(c.overridden.is_empty());
        // And a stale back of the first visit, arriving late, does not
        // take the room back a second time.
        let mut late = Screen::new(0xC);
        late.hear(&a);
        late.lamport += 50;
        let mut a2 = a.clone();
        a2.hear(&b);
        a2.press(ClockOp::Next, 30, &PLAN);
        late.press(ClockOp::Back, 31, &PLAN);
        let c = merged(&[&a2, &b, &late], &PLAN);
        assert_eq!(c.phase, 2);
    }

    #[test]
    fn a_screen_that_went_back_and_on_beyond_is_not_dragged_back() {
        // From phase 3: A goes back to 2 and then on to 4; B, meanwhile,
        // moves on to 4 and back to 3 after seeing 4... and C only moved
        // on to 4. The room ends where the furthest screen stands.
        let (mut a, mut b) = two_screens_in_phase_2();
        a.press(ClockOp::Next, 5, &PLAN);
        b.hear(&a);
        a.press(ClockOp::Back, 10, &PLAN);
        a.press(ClockOp::Next, 11, &PLAN);
        a.press(ClockOp::Next, 12, &PLAN);
        a.press(ClockOp::Next, 13, &PLAN);
        assert_eq!(a.view(&PLAN).phase, 4);
        b.press(ClockOp::Next, 10, &PLAN);
        let c = merged(&[&a, &b], &PLAN);
        assert_eq!(c.phase, 4);
    }

    #[test]
    fn a_concurrent_start_and_pause_resolve_by_order() {
        let (mut a, mut b) = two_screens_in_phase_2();
        a.press(ClockOp::Start, 10, &PLAN);
        b.hear(&a);
        a.press(ClockOp::Pause, 20, &PLAN);
        b.lamport += 5;
        b.press(ClockOp::Minutes(1), 21, &PLAN);
        let c = merged(&[&a, &b], &PLAN);
        assert!(!c.is_running(), "the pause stands");
        assert_eq!(c.remaining(20, t(500)), 21 * 60 - 10);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Any number of screens pressing anything, hearing each other in
        /// any order: every screen that has heard everything shows the
        /// same clock, and no forward visit is left unless a screen that
        /// saw one of the moves into it pressed back.
        #[test]
        fn screens_converge_and_the_room_never_goes_back_unasked(
            steps in proptest::collection::vec((0usize..3, 0usize..8, 0usize..3), 1..40),
        ) {
            let mut screens: Vec<Screen> = (0..3).map(|d| Screen::new(0x10 + d)).collect();
            let mut made: Vec<(ClockEvent, Vec<ClockEvent>)> = Vec::new();
            for (i, (who, what, from)) in steps.into_iter().enumerate() {
                let op = match what {
                    0 | 1 => ClockOp::Next,
                    2 => ClockOp::Back,
                    3 => ClockOp::Start,
                    4 => ClockOp::Pause,
                    5 => ClockOp::Minutes(1),
                    _ => {
                        let other = screens[from].clone();
                        screens[who].hear(&other);
                        continue;
                    }
                };
                let before = screens[who].seen.clone();
                if let Some(e) = screens[who].press(op, i as i64 * 10, &PLAN) {
                    made.push((e, before));
                }
            }
            let all = merged(&screens.iter().collect::<Vec<_>>(), &PLAN);
            for s in &screens {
                let mut s = s.clone();
                for o in screens.clone() {
                    s.hear(&o);
                }
                proptest::prop_assert_eq!(&s.view(&PLAN), &all);
            }
            for (f, _) in made.iter().filter(|(e, _)| e.op == ClockOp::Next) {
                let opened = child_epoch(f.epoch.unwrap(), f.phase + 1);
                let openers: Vec<&ClockEvent> = made
                    .iter()
                    .map(|(e, _)| e)
                    .filter(|e| e.op == ClockOp::Next
                        && child_epoch(e.epoch.unwrap(), e.phase + 1) == opened)
                    .collect();
                let asked_back = made.iter().any(|(e, seen)| {
                    e.op == ClockOp::Back && openers.iter().any(|o| seen.contains(o))
                });
                if !asked_back {
                    proptest::prop_assert!(
                        all.phase > f.phase,
                        "{:?} went on to {} and nobody who saw it went back, yet the room is in {}",
                        f.device, f.phase + 1, all.phase
                    );
                }
            }
        }
    }
}
