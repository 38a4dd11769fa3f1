//! The true optimum of small instances, by exhaustive search: a proof that
//! no plan beats the search's when Q stays above the counting bound.
//!
//! Only for P = n × T with one topic per table, R ≤ T, no other
//! constraint. Round 1 is fixed (people are interchangeable before anyone
//! sits); in later rounds, people whose tables have been the same so far
//! are interchangeable too, so the later-numbered one never takes a lower
//! table. A branch stops as soon as its Q reaches the best known.

use super::Problem;

/// The least Q over all plans, when the search space was covered within
/// `node_limit` nodes; None when the instance is out of scope or the
/// limit was reached. `incumbent` is a Q already achieved (by the search).
pub fn optimum(pb: &Problem, incumbent: u64, node_limit: u64) -> Option<u64> {
    let (p, t, rounds) = (pb.people, pb.tables.len(), pb.rounds);
    let plain = pb.apart.is_empty()
        && pb.together.is_empty()
        && pb.fixed.is_empty()
        && pb.absent.is_empty()
        && pb.roles.is_empty()
        && pb.languages.is_empty()
        && pb.tables.iter().all(|x| x.capacity.is_none())
        && pb.topic_count() == t;
    if !plain || t < 2 || p == 0 || !p.is_multiple_of(t) || rounds > t || rounds < 2 {
        return None;
    }
    let n = p / t;
    let mut s = Search {
        p,
        t,
        n,
        rounds,
        seat: vec![vec![usize::MAX; p]; rounds],
        count: vec![vec![0; t]; rounds],
        at: vec![vec![Vec::with_capacity(n); t]; rounds],
        met: vec![0; p * p],
        best: incumbent,
        nodes: 0,
        limit: node_limit,
    };
    for x in 0..p {
        s.sit(0, x, x / n);
    }
    s.dfs(1, 0, 0);
    (s.nodes <= s.limit).then_some(s.best)
}

struct Search {
    p: usize,
    t: usize,
    n: usize,
    rounds: usize,
    seat: Vec<Vec<usize>>,
    count: Vec<Vec<usize>>,
    at: Vec<Vec<Vec<usize>>>,
    met: Vec<u16>,
    best: u64,
    nodes: u64,
    limit: u64,
}

impl Search {
    /// Seats `x` at `table` in round `r`; returns the Q it adds.
    fn sit(&mut self, r: usize, x: usize, table: usize) -> u64 {
        let mut added = 0;
        for &z in &self.at[r][table] {
            added += u64::from(self.met[x * self.p + z]);
            self.met[x * self.p + z] += 1;
            self.met[z * self.p + x] += 1;
        }
        self.at[r][table].push(x);
        self.count[r][table] += 1;
        self.seat[r][x] = table;
        added
    }

    fn stand(&mut self, r: usize, x: usize, table: usize) {
        self.at[r][table].pop();
        self.count[r][table] -= 1;
        self.seat[r][x] = usize::MAX;
        for &z in &self.at[r][table] {
            self.met[x * self.p + z] -= 1;
            self.met[z * self.p + x] -= 1;
        }
    }

    /// The latest person before `x` whose tables match `x`'s in every
    /// round before `r`: `x` may not take a lower table than them.
    fn twin(&self, r: usize, x: usize) -> Option<usize> {
        (0..x)
            .rev()
            .find(|&y| (0..r).all(|k| self.seat[k][y] == self.seat[k][x]))
    }

    fn dfs(&mut self, r: usize, x: usize, q: u64) {
        if q >= self.best || self.nodes > self.limit {
            return;
        }
        if r == self.rounds {
            self.best = q;
            return;
        }
        if x == self.p {
            self.dfs(r + 1, 0, q);
            return;
        }
        self.nodes += 1;
        let from = self.twin(r, x).map_or(0, |y| self.seat[r][y]);
        for table in from..self.t {
            if self.count[r][table] == self.n || (0..r).any(|k| self.seat[k][x] == table) {
                continue;
            }
            let added = self.sit(r, x, table);
            self.dfs(r, x + 1, q + added);
            self.stand(r, x, table);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_optima_are_found_and_match_the_bound_or_exceed_it() {
        // 6/3/2 at tables of 2: nobody needs to meet twice.
        assert_eq!(
            optimum(&Problem::plain(6, 3, 2), u64::MAX, 1_000_000),
            Some(0)
        );
        // 4/2/2: each round-2 table is the other round-1 table: Q = 2.
        assert_eq!(
            optimum(&Problem::plain(4, 2, 2), u64::MAX, 1_000_000),
            Some(2)
        );
        // 9/3/3: each person's tables are a permutation of 3 and only 6
        // exist, so some pairs meet twice; the pairs-of-rounds bound (9) is
        // exactly the optimum.
        assert_eq!(
            optimum(&Problem::plain(9, 3, 3), u64::MAX, 1_000_000),
            Some(9)
        );
        assert_eq!(super::super::lower_bound(9, 3, 3), 9);
        // Out of scope: uneven tables, more rounds than tables.
        assert_eq!(optimum(&Problem::plain(7, 3, 2), u64::MAX, 1_000), None);
        assert_eq!(optimum(&Problem::plain(6, 2, 3), u64::MAX, 1_000), None);
    }

    #[test]
    fn the_search_reaches_the_true_optimum_of_small_instances() {
        let mut proved = 0;
        for (p, t) in [
            (4, 2),
            (6, 2),
            (6, 3),
            (8, 2),
            (8, 4),
            (9, 3),
            (10, 2),
            (10, 5),
            (12, 3),
            (12, 4),
            (15, 3),
            (15, 5),
            (16, 4),
        ] {
            for r in 2..=t {
                let pb = Problem::plain(p, t, r);
                let plan = super::super::solve(&pb, 1, &mut |it| it >= 3000).unwrap();
                let Some(best) = optimum(&pb, u64::MAX, 3_000_000) else {
                    continue;
                };
                proved += 1;
                let bound = super::super::problem_bound(&pb);
                assert!(
                    bound <= best,
                    "{p}/{t}/{r}: bound {bound} above the optimum {best}"
                );
                assert_eq!(
                    plan.quality.q, best,
                    "{p}/{t}/{r}: the search misses the optimum"
                );
            }
        }
        assert!(proved >= 12, "only {proved} instances proved");
    }
}
