//! Individual mixing for a classic World Café (the Social Golfer Problem with
//! topics): P people, T hosted tables, R rounds.
//!
//! This module holds the mathematics that does not depend on a search (the
//! lower bound on repeated encounters and the algebraic constructions that
//! reach zero); [`search`] plans a whole seating under constraints.

mod exact;
mod rng;
mod search;
pub mod seating;

pub use exact::optimum;
pub use rng::SplitMix;
pub use search::{
    Method, MixError, Plan, Problem, Quality, TableSpec, assess, least_max_repeats, problem_bound,
    solve, solve_within,
};

/// C(n, 2): pairs among `n` people.
pub fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Table sizes for `people` over `tables`, as balanced as possible (the
/// first `people % tables` tables get one more).
pub fn balanced_sizes(people: usize, tables: usize) -> Vec<usize> {
    if tables == 0 {
        return Vec::new();
    }
    let (q, r) = (people / tables, people % tables);
    (0..tables).map(|t| q + usize::from(t < r)).collect()
}

/// f(n, k): the fewest pairs among `n` people drawn from `k` groups
/// (spread as evenly as possible): r·C(⌊n/k⌋+1, 2) + (k−r)·C(⌊n/k⌋, 2).
pub fn least_pairs(n: u64, k: u64) -> u64 {
    if k == 0 {
        return pairs(n);
    }
    let (q, r) = (n / k, n % k);
    r * pairs(q + 1) + (k - r) * pairs(q)
}

/// The lower bound on Q for P people at T tables (one topic each, sizes
/// balanced) over R rounds, no other constraint: see [`problem_bound`].
pub fn lower_bound(people: usize, tables: usize, rounds: usize) -> u64 {
    problem_bound(&Problem::plain(people, tables, rounds))
}

/// Arithmetic of a finite ring of `size` elements numbered 0..size: the
/// integers modulo `size`, or GF(p^m) when `size` is a prime power (elements
/// as polynomials over GF(p), in base p).
#[derive(Debug, Clone)]
struct Ring {
    size: usize,
    add: Vec<usize>,
    mul: Vec<usize>,
}

impl Ring {
    fn modular(n: usize) -> Ring {
        let add = (0..n * n).map(|i| (i / n + i % n) % n).collect();
        let mul = (0..n * n).map(|i| (i / n) * (i % n) % n).collect();
        Ring { size: n, add, mul }
    }

    /// GF(p^m), or None when `n` is not a prime power with m ≥ 2.
    fn galois(n: usize) -> Option<Ring> {
        let (p, m) = prime_power_of(n).filter(|&(_, m)| m >= 2)?;
        let digits = |x: usize| -> Vec<usize> {
            let mut v = Vec::with_capacity(m);
            let mut x = x;
            for _ in 0..m {
                v.push(x % p);
                x /= p;
            }
            v
        };
        let number = |v: &[usize]| v.iter().rev().fold(0, |acc, &d| acc * p + d);
        // Product of polynomials a, b (degree < m) reduced by the monic
        // polynomial x^m + low (low has m coefficients).
        let mul_mod = |a: &[usize], b: &[usize], low: &[usize]| -> Vec<usize> {
            let mut prod = vec![0; 2 * m - 1];
            for (i, &x) in a.iter().enumerate() {
                for (j, &y) in b.iter().enumerate() {
                    prod[i + j] = (prod[i + j] + x * y) % p;
                }
            }
            for d in (m..prod.len()).rev() {
                let c = prod[d];
                if c != 0 {
                    prod[d] = 0;
                    // x^d = x^(d-m) · x^m = −x^(d-m) · low
                    for (k, &l) in low.iter().enumerate() {
                        prod[d - m + k] = (prod[d - m + k] + (p - c) * l % p) % p;
                    }
                }
            }
            prod.truncate(m);
            prod
        };
        // An irreducible x^m + low: no zero divisors among all products.
        let low = (0..n).map(digits).find(|low| {
            (1..n).all(|a| (1..n).all(|b| mul_mod(&digits(a), &digits(b), low) != vec![0; m]))
        })?;
        let add = (0..n * n)
            .map(|i| {
                let (a, b) = (digits(i / n), digits(i % n));
                let s: Vec<usize> = a.iter().zip(&b).map(|(x, y)| (x + y) % p).collect();
                number(&s)
            })
            .collect();
        let mul = (0..n * n)
            .map(|i| number(&mul_mod(&digits(i / n), &digits(i % n), &low)))
            .collect();
        Some(Ring { size: n, add, mul })
    }

    fn add(&self, a: usize, b: usize) -> usize {
        self.add[a * self.size + b]
    }

    fn mul(&self, a: usize, b: usize) -> usize {
        self.mul[a * self.size + b]
    }

    fn neg(&self, a: usize) -> usize {
        (0..self.size).find(|&x| self.add(a, x) == 0).unwrap_or(0)
    }

    fn sub(&self, a: usize, b: usize) -> usize {
        self.add(a, self.neg(b))
    }

    /// Chooses `n` multipliers so that seat (a, b) → table b + k·a never
    /// seats a pair together twice nor a person at one table twice over
    /// rounds k = 0..rounds (as ring elements 0, 1, 2… by number).
    fn multipliers(&self, n: usize, rounds: usize) -> Option<Vec<usize>> {
        if rounds > self.size {
            return None;
        }
        let deltas: Vec<usize> = (0..rounds)
            .flat_map(|k| {
                (0..rounds)
                    .filter(move |&k2| k2 != k)
                    .map(move |k2| (k, k2))
            })
            .map(|(k, k2)| self.sub(k, k2))
            .collect();
        let ok = |x: usize| deltas.iter().all(|&d| self.mul(d, x) != 0);
        let mut chosen: Vec<usize> = Vec::new();
        for a in 1..self.size {
            if chosen.len() == n {
                break;
            }
            if ok(a) && chosen.iter().all(|&c| ok(self.sub(a, c))) {
                chosen.push(a);
            }
        }
        (chosen.len() == n).then_some(chosen)
    }
}

/// A placement where no two people share a table twice and nobody sits at
/// the same table twice, when one exists by construction: n = ⌈`people` /
/// `tables`⌉ multipliers a, person (a, b) at table b + k·a in round k, over
/// the integers modulo `tables` or, when that fails, over GF(`tables`) for a
/// prime power. When `people` is not a multiple of `tables`, the last
/// multiplier seats only b < `people` mod `tables`: those people are at
/// distinct tables in every round, so every table has ⌊P/T⌋ or ⌈P/T⌉
/// people — any number of people up to T(T − 1) for a prime power T.
/// Returns `seats[round][person] = table`.
pub fn construct(people: usize, tables: usize, rounds: usize) -> Option<Vec<Vec<usize>>> {
    if tables < 2 || people == 0 {
        return None;
    }
    let n = people.div_ceil(tables);
    let ring = Ring::modular(tables);
    let (ring, mult) = match ring.multipliers(n, rounds) {
        Some(m) => (ring, m),
        None => {
            let gf = Ring::galois(tables)?;
            let m = gf.multipliers(n, rounds)?;
            (gf, m)
        }
    };
    let seats = (0..rounds)
        .map(|k| {
            (0..people)
                .map(|person| {
                    let (a, b) = (mult[person / tables], person % tables);
                    ring.add(b, ring.mul(k, a))
                })
                .collect()
        })
        .collect();
    Some(seats)
}

/// Where T is not a prime power but T + 1 is (6, 10, 12, 15, 18, 22, 24,
/// 26… tables): the construction over GF(q), q = T + 1, whose last point
/// is a table that does not exist. Person (a, b) of ⌈P/q⌉ multipliers sits
/// at b + k·a in round k when that is a real table, and is left to seat
/// (None) when it is not — at most once over the morning. Two people placed
/// by it still never meet twice, and every real table has one person per
/// multiplier; the search seats the rest. Returns `seats[round][person]`,
/// None where a seat is left open.
pub fn construct_embedded(
    people: usize,
    tables: usize,
    rounds: usize,
) -> Option<Vec<Vec<Option<usize>>>> {
    let t = tables;
    if t < 2 || people == 0 {
        return None;
    }
    // Only when one point is missing: with two or more (14 tables in
    // GF(16)) the seats left open cost more than the search saves
    // (measured on 109/14/8 and 161/14/7, BENCHMARKS.md).
    let q = t + 1;
    if prime_power(t) || !prime_power(q) || rounds > q {
        return None;
    }
    let n = people.div_ceil(q);
    if n > q - 1 {
        return None;
    }
    // GF(q), or the integers modulo q when q is prime.
    let ring = Ring::galois(q).unwrap_or_else(|| Ring::modular(q));
    Some(
        (0..rounds)
            .map(|k| {
                (0..people)
                    .map(|person| {
                        let (a, b) = (1 + person / q, person % q);
                        let table = ring.add(b, ring.mul(k, a));
                        (table < t).then_some(table)
                    })
                    .collect()
            })
            .collect(),
    )
}

/// Whether `n` is a prime or a power of one.
fn prime_power(n: usize) -> bool {
    prime_power_of(n).is_some()
}

/// (p, m) when `n` = p^m for a prime p and m ≥ 1.
fn prime_power_of(n: usize) -> Option<(usize, usize)> {
    let p = (2..=n).find(|d| n.is_multiple_of(*d))?;
    let (mut m, mut rest) = (0, n);
    while rest.is_multiple_of(p) {
        rest /= p;
        m += 1;
    }
    (rest == 1).then_some((p, m))
}

/// When tables are too few for nobody to meet twice: `people` =
/// k × T(T − 1) + n × T + m (k ≥ 1, n < T − 1, m < T, T = `tables`), over a field (T
/// prime or a prime power) with `rounds` ≤ T. Each of k families seats its
/// T(T − 1) people (a ≠ 0, b) at table π(b + r·a) in round r, and a last,
/// partial family the n × T + m people of ⌈n + m/T⌉ multipliers (the last
/// seating m people at distinct tables every round) — every person at a
/// new table each round, two people of one family together at most once.
/// Each pair of rounds then finds k or k + 1 people at every (table, other
/// table), as even as can be: Q equals the pairs-of-rounds bound. The
/// permutations π and the rounds' points σ are chosen so that as few pairs
/// as possible meet three times — none where a choice is found, which is
/// often not so when R = T (25/5/5, 45/5/5) or when the last family is
/// small (41/5/4). Returns `seats[round][person]`; None without a field of
/// order T or with fewer than T(T − 1) people.
pub fn construct_families(people: usize, tables: usize, rounds: usize) -> Option<Vec<Vec<usize>>> {
    let t = tables;
    let block = t.checked_mul(t.checked_sub(1)?)?;
    if t < 3 || rounds > t || rounds < 2 || people < block {
        return None;
    }
    // n full multipliers in the last family, and one more seating only the
    // b < P mod T: at distinct tables in every round, they put one more
    // person in some cells of each pair of rounds, never two.
    let (k, n) = (people / block, (people % block).div_ceil(t));
    // Every non-zero multiplier must keep a person off the tables they
    // had: a field does (b + r·a = b + s·a only when r = s).
    let ring = match Ring::modular(t).multipliers(t - 1, rounds) {
        Some(_) => Ring::modular(t),
        None => {
            let gf = Ring::galois(t)?;
            gf.multipliers(t - 1, rounds)?;
            gf
        }
    };
    // A family's tables: person (a, b) of each multiplier a sits at
    // π(b + σ(r)·a) in round r, σ taking the rounds to distinct points of
    // the field (each family its own σ and π).
    let tables_of = |mults: &[usize], sigma: &[usize], pi: &[usize]| -> Vec<Vec<usize>> {
        mults
            .iter()
            .flat_map(|&a| (0..t).map(move |b| (a, b)))
            .map(|(a, b)| {
                (0..rounds)
                    .map(|r| pi[ring.add(b, ring.mul(sigma[r], a))])
                    .collect()
            })
            .collect()
    };
    let all: Vec<usize> = (1..t).collect();
    let mut families: Vec<Vec<usize>> = vec![all; k];
    if n > 0 {
        families.push(ring.multipliers(n, rounds)?);
    }
    // How badly a family's people overlap those placed already: the pairs
    // that share three rounds or more (counted as Σ C(m, 3)), then the most
    // rounds two people share.
    let overlap = |placed: &[Vec<usize>], lines: &[Vec<usize>]| -> (u64, usize) {
        let mut worst = (0, 0);
        for x in placed {
            for y in lines {
                let m = (0..rounds).filter(|&r| x[r] == y[r]).count();
                worst.1 = worst.1.max(m);
                worst.0 += triples(m as u64);
            }
        }
        worst
    };
    let mut rng = rng::SplitMix(0x6661_6d69_6c79 ^ people as u64);
    let identity: Vec<usize> = (0..t).collect();
    let mut placed: Vec<Vec<usize>> = tables_of(&families[0], &identity, &identity);
    for mults in &families[1..] {
        // The last family's last multiplier may seat only some of its b.
        let wanted = people - placed.len();
        let lines = |sigma: &[usize], pi: &[usize]| {
            let mut v = tables_of(mults, sigma, pi);
            v.truncate(wanted);
            v
        };
        // A local search over (σ, π) — swap two of σ's points or two of
        // π's tables, keep it unless it makes things worse — restarted
        // from a random choice when it stalls.
        let random = |rng: &mut rng::SplitMix| {
            let (mut sigma, mut pi) = (identity.clone(), identity.clone());
            for i in (1..t).rev() {
                pi.swap(i, rng.below(i + 1));
                sigma.swap(i, rng.below(i + 1));
            }
            (sigma, pi)
        };
        let (mut sigma, mut pi) = random(&mut rng);
        let mut score = overlap(&placed, &lines(&sigma, &pi));
        let mut best = (score, sigma.clone(), pi.clone());
        let mut since = 0;
        for _ in 0..CANDIDATES {
            if best.0.0 == 0 {
                break;
            }
            if since > STALL {
                (sigma, pi) = random(&mut rng);
                score = overlap(&placed, &lines(&sigma, &pi));
                since = 0;
            }
            let (a, b) = (rng.below(t), rng.below(t));
            let which = rng.below(2) == 0;
            let v = if which { &mut sigma } else { &mut pi };
            v.swap(a, b);
            let tried = overlap(&placed, &lines(&sigma, &pi));
            if tried < score {
                since = 0;
            } else {
                since += 1;
            }
            if tried <= score {
                score = tried;
                if score < best.0 {
                    best = (score, sigma.clone(), pi.clone());
                }
            } else {
                let v = if which { &mut sigma } else { &mut pi };
                v.swap(a, b);
            }
        }
        // Where some pairs still meet three times, the plan keeps Q at the
        // bound all the same: the search starts from it and breaks those
        // pairs up (from scratch it ended far above the bound: 84/7/6 at
        // Q 697–772 against 630, 62/7/7 at 443–450 against 420).
        let (_, sigma, pi) = best;
        placed.extend(lines(&sigma, &pi));
    }
    placed.truncate(people);
    Some(
        (0..rounds)
            .map(|r| placed.iter().map(|l| l[r]).collect())
            .collect(),
    )
}

/// Where tables are too full for nobody to meet twice and people see
/// nearly every topic, a plan where nobody meets anyone three times: the
/// group PGL(2, q) of maps x ↦ (ax + b)/(cx + d) of the projective line
/// over GF(q), q = T − 1 (a prime power), is sharply 3-transitive on its
/// q + 1 = T points: two of its maps agree on two points at most. Each map
/// is a person's itinerary (table π(r) in round r, r < `rounds` ≤ T), so no
/// pair shares three rounds. A cyclic subgroup of order T moves any point
/// to any other, so each of its cosets puts one person at every table in
/// every round; ⌊P/T⌋ cosets, chosen so that as few pairs as possible
/// share two rounds, and P mod T maps of one more seat everyone.
/// 48/6/6 had pairs together three times in every plan the search found;
/// this plan has none. Returns `seats[round][person]`; None where T − 1 is
/// not a prime power, with fewer than 5 tables (any two itineraries of 4
/// topics share two at most anyway) or more than 14 (the cosets' overlaps
/// take too long to count), or with more people than the group has maps.
pub fn construct_sharply(people: usize, tables: usize, rounds: usize) -> Option<Vec<Vec<usize>>> {
    let t = tables;
    let q = t.checked_sub(1)?;
    if !(4..=13).contains(&q) || !prime_power(q) || rounds > t || rounds < 2 {
        return None;
    }
    let k = people / t;
    let ring = Ring::galois(q).unwrap_or_else(|| Ring::modular(q));
    let inv = |a: usize| (1..q).find(|&x| ring.mul(a, x) == 1);
    // Point q is ∞. Every map as the images of the T points.
    let mut maps: Vec<Vec<usize>> = Vec::new();
    for a in 0..q {
        for b in 0..q {
            for c in 0..q {
                for d in 0..q {
                    if ring.sub(ring.mul(a, d), ring.mul(b, c)) == 0 {
                        continue;
                    }
                    let image = |x: usize| -> usize {
                        let (num, den) = if x == q {
                            (a, c)
                        } else {
                            (ring.add(ring.mul(a, x), b), ring.add(ring.mul(c, x), d))
                        };
                        match inv(den) {
                            Some(i) => ring.mul(num, i),
                            None => q,
                        }
                    };
                    maps.push((0..t).map(image).collect());
                }
            }
        }
    }
    maps.sort_unstable();
    maps.dedup();
    let extra = people % t;
    if k == 0 || (k + usize::from(extra > 0)) * t > maps.len() {
        return None;
    }
    // A map that runs through all T points in one cycle, and its powers.
    let g = maps.iter().find(|g| {
        let mut x = g[0];
        let mut len = 1;
        while x != 0 {
            x = g[x];
            len += 1;
        }
        len == t
    })?;
    let mut cycle = vec![(0..t).collect::<Vec<usize>>()];
    for _ in 1..t {
        let last = cycle.last()?;
        cycle.push(last.iter().map(|&x| g[x]).collect());
    }
    // The cosets f∘H, each map in exactly one.
    let mut seen = std::collections::HashSet::new();
    let mut cosets: Vec<Vec<Vec<usize>>> = Vec::new();
    for f in &maps {
        if seen.contains(f) {
            continue;
        }
        let coset: Vec<Vec<usize>> = cycle
            .iter()
            .map(|h| h.iter().map(|&x| f[x]).collect())
            .collect();
        for m in &coset {
            seen.insert(m.clone());
        }
        cosets.push(coset);
    }
    // Pairs sharing two of the rounds between two cosets (and within one).
    let n = cosets.len();
    let shared = |x: &[usize], y: &[usize]| (0..rounds).filter(|&r| x[r] == y[r]).count();
    let mut cost = vec![0u64; n * n];
    for i in 0..n {
        for j in i..n {
            let mut c = 0;
            for (u, x) in cosets[i].iter().enumerate() {
                for (v, y) in cosets[j].iter().enumerate() {
                    if i != j || u < v {
                        c += u64::from(shared(x, y) == 2);
                    }
                }
            }
            cost[i * n + j] = c;
            cost[j * n + i] = c;
        }
    }
    // k cosets: greedy, then swaps of one chosen for one left out while
    // that lowers the total.
    let total = |chosen: &[usize]| -> u64 {
        let mut sum = 0;
        for (a, &i) in chosen.iter().enumerate() {
            sum += cost[i * n + i];
            for &j in &chosen[a + 1..] {
                sum += cost[i * n + j];
            }
        }
        sum
    };
    let mut chosen: Vec<usize> = vec![0];
    while chosen.len() < k {
        let next = (0..n).filter(|i| !chosen.contains(i)).min_by_key(|&i| {
            cost[i * n + i] + chosen.iter().map(|&j| cost[i * n + j]).sum::<u64>()
        })?;
        chosen.push(next);
    }
    let mut score = total(&chosen);
    let mut improved = true;
    while improved {
        improved = false;
        for a in 0..k {
            for i in 0..n {
                if chosen.contains(&i) {
                    continue;
                }
                let old = chosen[a];
                chosen[a] = i;
                let tried = total(&chosen);
                if tried < score {
                    score = tried;
                    improved = true;
                } else {
                    chosen[a] = old;
                }
            }
        }
    }
    let mut lines: Vec<&Vec<usize>> = chosen.iter().flat_map(|&i| &cosets[i]).collect();
    // The P mod T others: maps of one more coset, so at distinct tables in
    // every round (tables then have k or k + 1 people) and, being maps of
    // the group too, never three rounds with anyone. The coset that adds
    // the fewest pairs sharing two rounds, and its maps that add fewest.
    if extra > 0 {
        let added = |map: &Vec<usize>| -> usize {
            lines.iter().filter(|line| shared(line, map) == 2).count()
        };
        let last = (0..n)
            .filter(|i| !chosen.contains(i))
            .min_by_key(|&i| chosen.iter().map(|&j| cost[i * n + j]).sum::<u64>())?;
        let mut maps: Vec<&Vec<usize>> = cosets[last].iter().collect();
        maps.sort_by_cached_key(|map| added(map));
        lines.extend(maps.into_iter().take(extra));
    }
    Some(
        (0..rounds)
            .map(|r| lines.iter().map(|line| line[r]).collect())
            .collect(),
    )
}

/// Steps of the local search for each family's σ and π, and how many
/// without a gain before it starts again elsewhere.
const CANDIDATES: usize = 4000;
const STALL: usize = 60;

/// C(m, 3): the triples of rounds a pair meeting m times shares.
fn triples(m: u64) -> u64 {
    m * m.saturating_sub(1) * m.saturating_sub(2) / 6
}

/// A plan that seats everyone (`seats[round][person] = table`) in the
/// form the search and [`encounters`] take, where None is "absent".
pub fn seated(seats: &[Vec<usize>]) -> Vec<Vec<Option<usize>>> {
    seats
        .iter()
        .map(|round| round.iter().copied().map(Some).collect())
        .collect()
}

/// How often pairs of people meet in a seating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Encounters {
    /// Q = Σ over pairs of C(m, 2).
    pub q: u64,
    /// E = Σ over pairs of max(0, m − 1).
    pub e: u64,
    /// The largest m.
    pub max_m: u32,
}

/// Counts Q, E and the largest m from scratch for
/// `seats[round][person] = table` (None: absent that round).
pub fn encounters(seats: &[Vec<Option<usize>>], people: usize) -> Encounters {
    let mut met = vec![0u32; people * people];
    for round in seats {
        let mut at: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for (p, t) in round.iter().enumerate() {
            if let Some(t) = t {
                at.entry(*t).or_default().push(p);
            }
        }
        for group in at.values() {
            for (i, &a) in group.iter().enumerate() {
                for &b in &group[i + 1..] {
                    met[a * people + b] += 1;
                }
            }
        }
    }
    Encounters {
        q: met.iter().map(|&m| pairs(u64::from(m))).sum(),
        e: met.iter().map(|&m| u64::from(m.saturating_sub(1))).sum(),
        max_m: met.iter().copied().max().unwrap_or(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The encounters of a plan that seats everyone P/T/R.
    fn counted(seats: &[Vec<usize>], p: usize) -> Encounters {
        encounters(&seated(seats), p)
    }

    /// The families' seats for P/T/R, and their encounters.
    fn families_counted(p: usize, t: usize, r: usize) -> (Vec<Vec<usize>>, Encounters) {
        let seats = construct_families(p, t, r).unwrap_or_else(|| panic!("{p}/{t}/{r}"));
        let e = counted(&seats, p);
        (seats, e)
    }

    /// Nobody at a table twice, everyone seated in every round, every
    /// table as full as the others (within one).
    fn assert_new_tables_and_even(seats: &[Vec<usize>], p: usize, t: usize, r: usize) {
        assert_eq!(seats.len(), r);
        for x in 0..p {
            let mut seen: Vec<usize> = seats.iter().map(|round| round[x]).collect();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), r, "{p}/{t}/{r}: person {x} revisits");
        }
        for round in seats {
            assert_eq!(round.len(), p);
            for table in 0..t {
                let n = round.iter().filter(|&&x| x == table).count();
                assert!(
                    n == p / t || n == p.div_ceil(t),
                    "{p}/{t}/{r}: {n} at {table}"
                );
            }
        }
    }

    #[test]
    fn families_of_lines_reach_the_bound_past_t_minus_one_a_table() {
        // (people, tables, rounds): k families of T(T − 1), plus n × T.
        for (p, t, r) in [
            (40, 5, 4),
            (30, 5, 4),
            (84, 7, 5),
            (24, 4, 3),
            (35, 5, 4),
            (60, 5, 3),
            (126, 7, 4),
            (132, 11, 4),
            // P not a multiple of T: the last multiplier seats only some.
            (31, 5, 4),
            (46, 5, 3),
            (59, 7, 4),
            (87, 7, 5),
            (100, 9, 5),
        ] {
            let (seats, e) = families_counted(p, t, r);
            assert_eq!(e.q, lower_bound(p, t, r), "{p}/{t}/{r}");
            assert_new_tables_and_even(&seats, p, t, r);
            assert_eq!(e.max_m, 2, "{p}/{t}/{r}: no pair together three times");
        }
        // Too few people for one family, or no field: none.
        assert_eq!(construct_families(15, 5, 4), None);
        assert_eq!(construct_families(60, 6, 4), None, "no field of order 6");
        // No σ, π keeps every pair under three meetings (41/5/4: a third
        // family of one; 25/5/5: R = T): Q is still the bound, with pairs
        // together three times or more, which the search then breaks up.
        for (p, t, r) in [(41, 5, 4), (25, 5, 5), (84, 7, 6)] {
            let (_, e) = families_counted(p, t, r);
            assert_eq!(e.q, lower_bound(p, t, r), "{p}/{t}/{r}");
            assert!(e.max_m >= 3, "{p}/{t}/{r}");
        }
    }

    #[test]
    fn pgl_itineraries_keep_every_pair_under_three_meetings() {
        // T − 1 = 4 (GF(4)), 5 and 7 (primes), 8 and 9 (GF(8), GF(9));
        // R = T and R = T − 1; P a multiple of T or not (52, 150, 300).
        for (p, t, r) in [
            (25, 5, 5),
            (45, 5, 5),
            (48, 6, 6),
            (60, 6, 5),
            (52, 6, 6),
            (120, 6, 6),
            (80, 8, 8),
            (90, 9, 9),
            (100, 10, 10),
            (200, 10, 9),
            (150, 12, 11),
            (300, 14, 13),
        ] {
            let seats = construct_sharply(p, t, r).unwrap_or_else(|| panic!("{p}/{t}/{r}"));
            assert_new_tables_and_even(&seats, p, t, r);
            let e = counted(&seats, p);
            assert!(e.max_m <= 2, "{p}/{t}/{r}: a pair meets {} times", e.max_m);
            // The whole group (120/6/6): each person shares two rounds with
            // the 45 maps that differ from theirs by one fixing exactly two
            // points (15 pairs of points, q − 2 = 3 such maps each).
            if (p, t, r) == (120, 6, 6) {
                assert_eq!(e.q, 120 * 45 / 2);
            }
        }
        // T − 1 not a prime power, too few people, R > T: none.
        assert_eq!(construct_sharply(70, 7, 7), None);
        assert_eq!(construct_sharply(4, 5, 5), None);
        assert_eq!(construct_sharply(50, 5, 6), None);
    }

    #[test]
    fn bound_matches_the_worked_checks() {
        // Worked by hand from the pairs-of-rounds argument: C(R, 2) pairs of
        // rounds × T tables × f(n, T − 1).
        // 16/4/3: 3 × 4 × f(4, 3) = 3 × 4 × 1 = 12.
        // 30/5/4: 6 × 5 × f(6, 4) = 6 × 5 × 2 = 60.
        // 25/5/5: 10 × 5 × f(5, 4) = 10 × 5 × 1 = 50.
        // 40/5/4: 6 × 5 × f(8, 4) = 6 × 5 × 4 = 120.
        // 23/4/3 (6, 6, 6, 5): 3 × (3 × f(6, 3) + f(5, 3)) = 3 × (9 + 2) = 33.
        for (p, t, r, lb) in [
            (16, 4, 3, 12),
            (30, 5, 4, 60),
            (25, 5, 5, 50),
            (40, 5, 4, 120),
            (23, 4, 3, 33),
            (48, 8, 3, 0),
            (120, 20, 4, 0),
            (300, 50, 3, 0),
        ] {
            assert_eq!(lower_bound(p, t, r), lb, "{p}/{t}/{r}");
        }
        // More rounds than topics (8/2/3): revisits are allowed, T sources:
        // pairs of rounds 3 × 2 × f(4, 2) = 12; the pair count gives
        // 36 table pairs over 28 pairs of people: 8; per person, 9 people
        // met among 7: 2 each, 8 in all. The largest, 12, stands.
        assert_eq!(lower_bound(8, 2, 3), 12);
        // 6/3/2 at tables of 2: f(2, 2) = 0 and 6 pairs of 15: nothing forced.
        assert_eq!(lower_bound(6, 3, 2), 0);
        // 10/2/2: with no topic twice, each round-2 table is exactly the
        // other round-1 table, f(5, 1) = C(5, 2) = 10 pairs each: 20.
        assert_eq!(lower_bound(10, 2, 2), 20);
        assert_eq!(least_pairs(8, 4), 4);
        assert_eq!(least_pairs(5, 4), 1);
    }

    #[test]
    fn q_counts_pairs_of_rounds_and_e_counts_repeats() {
        // Two people together in 3 rounds: E = 2, Q = C(3, 2) = 3.
        let seats = vec![vec![Some(0), Some(0), Some(1)]; 3];
        let c = encounters(&seats, 3);
        assert_eq!((c.q, c.e, c.max_m), (3, 2, 3));
        // Three pairs meeting twice: E = Q = 3.
        let seats = vec![
            vec![Some(0), Some(0), Some(1), Some(1), Some(2), Some(2)],
            vec![Some(0), Some(0), Some(1), Some(1), Some(2), Some(2)],
        ];
        let c = encounters(&seats, 6);
        assert_eq!((c.q, c.e, c.max_m), (3, 3, 2));
    }

    #[test]
    fn constructions_reach_zero_without_revisits() {
        for (p, t, r) in [
            (48, 8, 3),
            (120, 20, 4),
            (300, 50, 3),
            (36, 9, 4),
            (20, 5, 3),
            // Not a multiple of T: the last multiplier seats only b < P mod
            // T, each at a different table every round.
            (238, 27, 25),
            (203, 17, 16),
            (19, 5, 4),
            (70, 13, 12),
            (5, 3, 3),
        ] {
            let seats = construct(p, t, r).unwrap_or_else(|| panic!("{p}/{t}/{r}"));
            let opt: Vec<Vec<Option<usize>>> = seats
                .iter()
                .map(|round| round.iter().map(|&t| Some(t)).collect())
                .collect();
            let c = encounters(&opt, p);
            assert_eq!((c.q, c.max_m), (0, 1), "{p}/{t}/{r}");
            for person in 0..p {
                let mut tables: Vec<usize> = seats.iter().map(|r| r[person]).collect();
                tables.sort_unstable();
                tables.dedup();
                assert_eq!(tables.len(), r, "{p}/{t}/{r}: person {person} revisits");
            }
            for round in &seats {
                let mut sizes = (0..t).map(|x| round.iter().filter(|&&y| y == x).count());
                assert!(
                    sizes.all(|s| s == p / t || s == p.div_ceil(t)),
                    "{p}/{t}/{r}"
                );
            }
        }
    }

    #[test]
    fn the_next_field_seats_all_but_its_missing_table() {
        for (p, t, r) in [(218, 26, 22), (27, 6, 6), (51, 10, 8), (60, 12, 9)] {
            let seats = construct_embedded(p, t, r).unwrap_or_else(|| panic!("{p}/{t}/{r}"));
            // Left open at most once each, never at the same table twice.
            for x in 0..p {
                let mine: Vec<usize> = seats.iter().filter_map(|round| round[x]).collect();
                assert!(mine.len() + 1 >= r, "{p}/{t}/{r}: {x} left open twice");
                let mut seen = mine.clone();
                seen.sort_unstable();
                seen.dedup();
                assert_eq!(seen.len(), mine.len(), "{p}/{t}/{r}: {x} revisits");
                assert!(mine.iter().all(|&table| table < t));
            }
            // Those it seats never meet twice.
            let c = encounters(&seats, p);
            assert_eq!(c.max_m, 1, "{p}/{t}/{r}");
        }
        // T + 1 not a prime power (14 tables), or T itself a field: none.
        assert_eq!(construct_embedded(100, 14, 5), None);
        assert_eq!(construct_embedded(60, 16, 5), None);
        assert_eq!(construct_embedded(30, 5, 4), None);
    }

    #[test]
    fn plain_modulus_fails_for_8_tables_so_gf8_is_used() {
        assert!(Ring::modular(8).multipliers(6, 3).is_none());
        let gf = Ring::galois(8).unwrap();
        assert!(gf.multipliers(6, 3).is_some());
        assert!(Ring::galois(6).is_none());
        assert!(
            Ring::galois(7).is_none(),
            "a prime: the modulus already is a field"
        );
    }
}
