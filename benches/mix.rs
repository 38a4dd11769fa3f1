//! Individual mixing: Q against its bound, and against a squared-cost
//! genetic search given ten times the time.
//!
//! `cargo bench --bench mix` solves, with the CLI's default budget (2 s of
//! wall clock; `TABLEE_MIX_BUDGET=secs` to change it):
//! - the named instances of the issues (P people / T tables / R rounds);
//! - a seeded random grid of `TABLEE_MIX_GRID` instances (default 50) with
//!   P from 8 to 300, T from 2 to 30 (2 to 12 people a table), R from 2 to
//!   T, one topic per table, no topic twice;
//! - a seeded "room" grid of `TABLEE_MIX_ROOM` instances (default 20) at
//!   the sizes of a real café: 30 to 300 people, 4 to 20 tables, 3 to 8
//!   rounds;
//! - `TABLEE_MIX_CASES=P/T/R,…`: more instances by hand.
//!
//! `TABLEE_MIX_ONLY=grid` keeps the instances whose name contains the text;
//! `TABLEE_MIX_PEER=0` leaves the peer out; `TABLEE_MIX_SEEDS=N` also
//! solves each with seeds 2 to N and adds their Q and max repeats to the
//! line.
//!
//! Each line: Q, its bound, the gap, max repeats, fewest people met,
//! revisits, our time, then the peer's Q with its max repeats, and its
//! revisits. The peer is Good-
//! Enough Golfers' algorithm (islemaster/good-enough-golfers, re-written
//! here from its description, not its code): rounds built one after
//! another, each by a genetic search over swaps scored by Σ weight², the
//! weight of a pair the times it met before; here a person's weight with a
//! table also counts a topic seen before (×100), so that it avoids
//! revisits as tablee must. It restarts with new seeds until it has used
//! ten times tablee's time, and keeps its best plan ("none": it did not
//! finish one plan in that time).

use std::time::{Duration, Instant};

use tablee::core::mix::{Problem, SplitMix, encounters, solve_within};

/// The library's splitmix64 (the grid is the same on every machine).
struct Rng(SplitMix);

impl Rng {
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.0.below(hi - lo + 1)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        self.0.shuffle(v);
    }
}

const GENERATIONS: usize = 30;
const RANDOM_MUTATIONS: usize = 2;
const MAX_DESCENDANTS: usize = 100;
const TOPIC_WEIGHT: u64 = 100;

/// One run of the peer's algorithm: `seats[round][person] = table`, or
/// None when it is still running at `deadline`.
fn golfers(
    p: usize,
    t: usize,
    rounds: usize,
    rng: &mut Rng,
    deadline: Instant,
) -> Option<Vec<Vec<Option<usize>>>> {
    let sizes = tablee::core::mix::balanced_sizes(p, t);
    let mut weights = vec![0u64; p * p];
    let mut visited = vec![false; p * t];
    let mut plan = Vec::new();
    // A group's score: Σ weight² over its pairs, plus a topic already seen.
    let group_score = |g: &[usize], table: usize, w: &[u64], v: &[bool]| -> u64 {
        let mut s = 0;
        for (i, &a) in g.iter().enumerate() {
            if v[a * t + table] {
                s += TOPIC_WEIGHT * TOPIC_WEIGHT;
            }
            for &b in &g[i + 1..] {
                s += w[a * p + b] * w[a * p + b];
            }
        }
        s
    };
    for _ in 0..rounds {
        let random = |rng: &mut Rng| -> Vec<Vec<usize>> {
            let mut people: Vec<usize> = (0..p).collect();
            rng.shuffle(&mut people);
            let mut groups = Vec::new();
            let mut at = 0;
            for &n in &sizes {
                groups.push(people[at..at + n].to_vec());
                at += n;
            }
            groups
        };
        let scored = |groups: Vec<Vec<usize>>| -> (u64, Vec<u64>, Vec<Vec<usize>>) {
            let s: Vec<u64> = groups
                .iter()
                .enumerate()
                .map(|(k, g)| group_score(g, k, &weights, &visited))
                .collect();
            (s.iter().sum(), s, groups)
        };
        let mut top: Vec<(u64, Vec<u64>, Vec<Vec<usize>>)> =
            (0..5).map(|_| scored(random(rng))).collect();
        top.sort_by_key(|c| c.0);
        let mut generation = 0;
        while generation < GENERATIONS && top[0].0 > 0 {
            if Instant::now() > deadline {
                return None;
            }
            let mut candidates = Vec::new();
            for (total, scores, groups) in &top {
                candidates.push((*total, scores.clone(), groups.clone()));
                // Every swap of someone from the most expensive group with
                // anyone elsewhere.
                let worst = (0..t).max_by_key(|&k| scores[k]).unwrap_or(0);
                for i in 0..groups[worst].len() {
                    for k in 0..t {
                        if k == worst {
                            continue;
                        }
                        for j in 0..groups[k].len() {
                            let mut g = groups.clone();
                            let (a, b) = (g[worst][i], g[k][j]);
                            g[worst][i] = b;
                            g[k][j] = a;
                            let mut s = scores.clone();
                            s[worst] = group_score(&g[worst], worst, &weights, &visited);
                            s[k] = group_score(&g[k], k, &weights, &visited);
                            candidates.push((s.iter().sum(), s, g));
                        }
                    }
                }
                for _ in 0..RANDOM_MUTATIONS {
                    candidates.push(scored(random(rng)));
                }
            }
            let best = candidates.iter().map(|c| c.0).min().unwrap_or(0);
            let mut ties: Vec<_> = candidates.into_iter().filter(|c| c.0 == best).collect();
            rng.shuffle(&mut ties);
            ties.truncate(MAX_DESCENDANTS);
            top = ties;
            generation += 1;
        }
        let groups = top.swap_remove(0).2;
        let mut round = vec![None; p];
        for (k, g) in groups.iter().enumerate() {
            for (i, &a) in g.iter().enumerate() {
                round[a] = Some(k);
                visited[a * t + k] = true;
                for &b in &g[i + 1..] {
                    weights[a * p + b] += 1;
                    weights[b * p + a] += 1;
                }
            }
        }
        plan.push(round);
    }
    Some(plan)
}

fn revisits(seats: &[Vec<Option<usize>>], p: usize) -> usize {
    (0..p)
        .map(|x| {
            let mut seen: Vec<usize> = seats.iter().filter_map(|r| r[x]).collect();
            let n = seen.len();
            seen.sort_unstable();
            seen.dedup();
            n - seen.len()
        })
        .sum()
}

/// The peer's best (revisits, Q) over restarts within `budget` (None: not
/// one whole plan in that time), and how many runs it finished.
fn peer(p: usize, t: usize, r: usize, budget: Duration) -> (Option<(usize, u64, u32)>, usize) {
    let deadline = Instant::now() + budget;
    let mut rng = Rng(SplitMix(7));
    let mut best: Option<(usize, u64, u32)> = None;
    let mut runs = 0;
    while let Some(seats) = golfers(p, t, r, &mut rng, deadline) {
        let c = encounters(&seats, p);
        let score = (revisits(&seats, p), c.q, c.max_m);
        if best.is_none_or(|b| score < b) {
            best = Some(score);
        }
        runs += 1;
    }
    (best, runs)
}

fn main() {
    let budget = Duration::from_secs_f64(
        std::env::var("TABLEE_MIX_BUDGET")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(2.0),
    );
    let grid: usize = std::env::var("TABLEE_MIX_GRID")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let with_peer = std::env::var("TABLEE_MIX_PEER").map_or(true, |v| v != "0");
    // TABLEE_MIX_SEEDS=N: seeds 2..=N too, after the line (Q and max
    // repeats each), to tell a change from the luck of one seed.
    let seeds: u64 = std::env::var("TABLEE_MIX_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
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
    let mut constrained = Problem::plain(30, 5, 4);
    constrained.apart = (0..10).map(|i| (i, i + 10)).collect();
    constrained.absent = vec![(27, 0), (28, 0), (29, 0)];
    cases.push(("30/5/4 +10 apart +3 late".into(), constrained));
    let mut roles = Problem::plain(60, 10, 4);
    roles.roles = (0..60).map(|x| Some([0, 0, 0, 1, 1, 2][x % 6])).collect();
    cases.push(("60/10/4 + 3 roles".into(), roles));
    let mut rng = Rng(SplitMix(2026));
    for i in 0..grid {
        let t = rng.range(2, 30);
        let p = rng.range((2 * t).max(8), (12 * t).min(300));
        let r = rng.range(2, t);
        cases.push((format!("grid {i:02}: {p}/{t}/{r}"), Problem::plain(p, t, r)));
    }

    // The sizes of the "Done when": 30 to 300 people, 4 to 20
    // tables, 3 to 8 rounds (2 to 12 people a table), where the line that
    // matters is max repeats.
    let room: usize = std::env::var("TABLEE_MIX_ROOM")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let mut rng = Rng(SplitMix(1201));
    for i in 0..room {
        let t = rng.range(4, 20);
        let p = rng.range((2 * t).max(30), (12 * t).min(300));
        let r = rng.range(3, t.min(8));
        cases.push((format!("room {i:02}: {p}/{t}/{r}"), Problem::plain(p, t, r)));
    }
    // TABLEE_MIX_CASES=P/T/R,P/T/R: more instances by hand.
    for case in std::env::var("TABLEE_MIX_CASES")
        .unwrap_or_default()
        .split(',')
    {
        let n: Vec<usize> = case.split('/').filter_map(|v| v.parse().ok()).collect();
        if let [p, t, r] = n[..] {
            cases.push((format!("{p}/{t}/{r}"), Problem::plain(p, t, r)));
        }
    }

    // TABLEE_MIX_ONLY=text: only the instances whose name contains it.
    if let Ok(only) = std::env::var("TABLEE_MIX_ONLY") {
        cases.retain(|(name, _)| name.contains(&only));
    }
    println!(
        "{:<28} {:>6} {:>6} {:>6} {:>6} {:>4} {:>4} {:>4} {:>9} {:>8} {:>4} {:>5}",
        "instance",
        "Q",
        "bound",
        "gap",
        "gap %",
        "max",
        "met",
        "rev",
        "time ms",
        "peer Q",
        "prev",
        "runs"
    );
    let mut gaps = Vec::new();
    let mut worse = 0;
    let mut worse_names: Vec<String> = Vec::new();
    for (name, pb) in &cases {
        let start = Instant::now();
        let plan = solve_within(pb, 1, &mut |_| {
            start.elapsed().as_secs_f64() / budget.as_secs_f64()
        })
        .expect("solvable");
        let took = start.elapsed();
        let q = &plan.quality;
        let pct = q
            .gap_percent()
            .unwrap_or(if q.q == 0 { 0.0 } else { f64::INFINITY });
        if name.starts_with("grid") {
            gaps.push(pct);
        }
        let plain = pb.apart.is_empty() && pb.absent.is_empty() && pb.roles.is_empty();
        let (peer_rev, peer_q, runs) = if with_peer && plain {
            match peer(pb.people, pb.tables.len(), pb.rounds, took * 10) {
                (Some((rev, pq, pmax)), runs) => {
                    if (q.revisits as usize, q.q) > (rev, pq) {
                        worse += 1;
                        worse_names.push(name.clone());
                    }
                    (rev.to_string(), format!("{pq} m{pmax}"), runs.to_string())
                }
                (None, _) => ("-".into(), "none".into(), "0".into()),
            }
        } else {
            ("-".into(), "-".into(), "-".into())
        };
        let others: String = (2..=seeds)
            .map(|seed| {
                let start = Instant::now();
                let plan = solve_within(pb, seed, &mut |_| {
                    start.elapsed().as_secs_f64() / budget.as_secs_f64()
                })
                .expect("solvable");
                format!(" {:>5} m{}", plan.quality.q, plan.quality.max_m)
            })
            .collect();
        println!(
            "{:<28} {:>6} {:>6} {:>6} {:>6.1} {:>4} {:>4} {:>4} {:>9.1} {:>10} {:>4} {:>5}{others}",
            name,
            q.q,
            q.bound,
            q.gap(),
            pct,
            q.max_m,
            q.min_met,
            q.revisits,
            took.as_secs_f64() * 1000.0,
            peer_q,
            peer_rev,
            runs
        );
    }
    gaps.sort_by(|a, b| a.total_cmp(b));
    if !gaps.is_empty() {
        let median = gaps[gaps.len() / 2];
        let zero = gaps.iter().filter(|g| **g == 0.0).count();
        println!(
            "grid: {} instances, median gap {median:.1} %, worst {:.1} %, {zero} at the bound",
            gaps.len(),
            gaps[gaps.len() - 1]
        );
    }
    println!("instances where the peer's (revisits, Q) beat tablee's: {worse} {worse_names:?}");
    {}
}
