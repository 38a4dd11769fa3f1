//! Individual mixing: E, bound, gap, revisits and time per instance.
//!
//! `cargo bench --bench mix` prints one line per instance of issue #7:
//! each is solved with the CLI's default budget (2 s of wall clock), and the
//! search stops by itself as soon as E reaches the bound.

use std::time::{Duration, Instant};

use tablee::core::mix::{Problem, solve};

fn main() {
    let budget = Duration::from_secs(2);
    let mut cases: Vec<(String, Problem)> = [
        (16, 4, 3),
        (30, 5, 4),
        (25, 5, 5),
        (40, 5, 4),
        (23, 4, 3),
        (48, 8, 3),
        (120, 20, 4),
        (300, 50, 3),
    ]
    .into_iter()
    .map(|(p, t, r)| (format!("{p}/{t}/{r}"), Problem::plain(p, t, r)))
    .collect();
    // 30/5/4 with 10 keep-apart pairs and 3 people arriving for round 2.
    let mut constrained = Problem::plain(30, 5, 4);
    constrained.apart = (0..10).map(|i| (i, i + 10)).collect();
    constrained.absent = vec![(27, 0), (28, 0), (29, 0)];
    cases.push(("30/5/4 +10 apart +3 late".into(), constrained));

    println!(
        "{:<26} {:>6} {:>6} {:>4} {:>6} {:>8} {:>9} {:>10} {:>12}",
        "instance", "E", "bound", "gap", "max m", "revisits", "broken", "time (ms)", "iterations"
    );
    for (name, pb) in &cases {
        let start = Instant::now();
        let plan = solve(pb, 1, &mut |_| start.elapsed() >= budget).expect("solvable");
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        let q = &plan.quality;
        println!(
            "{:<26} {:>6} {:>6} {:>4} {:>6} {:>8} {:>9} {:>10.1} {:>12}",
            name,
            q.e,
            q.bound,
            q.e.saturating_sub(q.bound),
            q.max_m,
            q.revisits,
            q.apart_broken + q.together_broken,
            ms,
            q.iterations
        );
    }
}
