//! Rotation planning: who sits at which table in each round.
//!
//! Group rotation is a cyclic Latin square over topics: groups are split into
//! one block per topic (in proportion to the topic's tables), and in round `r`
//! block `b` sits at topic `(b + r) mod K`. Inside a topic, the block's groups
//! are dealt to its tables in order. Hosts never move. With K topics and
//! R ≤ K rounds every group meets R different topics; past K, topics come
//! back in the same cyclic order (the fewest revisits possible).

use serde::Serialize;

use super::model::{Group, Rotation, Seating, Session, Table, Topic};

/// Who moves between tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Movers {
    Groups,
    People,
}

/// A complete seating plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub movers: Movers,
    /// `rounds[r][t]`: keys (groups) or names (people) at table `t`
    /// (index into `Session::tables`) during round `r + 1`.
    pub rounds: Vec<Vec<Vec<String>>>,
    /// Facts worth telling the organiser (empty tables, topic revisits…).
    pub notes: Vec<PlanNote>,
}

/// Something the organiser should know about a plan; never fatal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PlanNote {
    /// Nobody sits at this table (its host waits) during this round.
    EmptyTable { round: usize, table: String },
    /// There are more rounds than topics, so groups see topics again.
    TopicsRevisited { rounds: usize, topics: usize },
    /// Participants are listed but no individual seating exists yet.
    SeatingNotPlanned { participants: usize },
}

/// Why no plan can be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PlanError {
    /// The session has no table (or no table with a known topic).
    NoTables,
    /// Rounds are planned but there is no group to move.
    NoGroups { rounds: usize },
}

impl PlanError {}

impl Schedule {
    /// Every group key or participant name, in first-seen order.
    pub fn movers_in_order(&self) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for round in &self.rounds {
            for table in round {
                for who in table {
                    if !seen.contains(who) {
                        seen.push(who.clone());
                    }
                }
            }
        }
        seen
    }

    /// For one group or person: the table index in each round (`None` when absent).
    pub fn itinerary(&self, who: &str) -> Vec<Option<usize>> {
        self.rounds
            .iter()
            .map(|round| round.iter().position(|t| t.iter().any(|w| w == who)))
            .collect()
    }

    /// The group seated alone at `table` in round `round` (1-based), if
    /// groups move and exactly one sits there.
    pub fn group_at(&self, tables: &[Table], table: &str, round: u32) -> Option<String> {
        if self.movers != Movers::Groups {
            return None;
        }
        let t = tables.iter().position(|x| x.key == table)?;
        let seated = self.rounds.get((round as usize).checked_sub(1)?)?.get(t)?;
        (seated.len() == 1).then(|| seated[0].clone())
    }
}

/// The group seated alone at `table` in round `round` (1-based), if the
/// session moves groups and exactly one sits there: lets a post-it typed
/// with only a table and a round know its group.
pub fn group_at(session: &Session, table: &str, round: u32) -> Option<String> {
    if session.groups.is_empty() {
        return None;
    }
    schedule(session)
        .ok()?
        .group_at(&session.tables, table, round)
}

/// Plans a group rotation over `rounds` rounds. See the module docs.
pub fn plan_groups(
    topics: &[Topic],
    tables: &[Table],
    groups: &[Group],
    rounds: usize,
) -> Result<Schedule, PlanError> {
    // Topics that have at least one table, in the order the session lists them,
    // each with the indices of its tables.
    let stations: Vec<Vec<usize>> = topics
        .iter()
        .map(|topic| {
            tables
                .iter()
                .enumerate()
                // The whole room's table is outside the rotation.
                .filter(|(_, t)| t.topic == topic.key && !t.whole_room)
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
        .filter(|v| !v.is_empty())
        .collect();
    if stations.is_empty() {
        return Err(PlanError::NoTables);
    }
    if rounds == 0 {
        return Ok(Schedule {
            movers: Movers::Groups,
            rounds: Vec::new(),
            notes: Vec::new(),
        });
    }
    if groups.is_empty() {
        return Err(PlanError::NoGroups { rounds });
    }
    let k = stations.len();
    let sizes: Vec<usize> = stations.iter().map(Vec::len).collect();
    let blocks = proportional_split(groups.len(), &sizes);

    // Consecutive groups form the blocks: block b starts at topic b.
    let mut block_members: Vec<Vec<&Group>> = Vec::with_capacity(k);
    let mut it = groups.iter();
    for &n in &blocks {
        block_members.push(it.by_ref().take(n).collect());
    }

    let mut plan = Vec::with_capacity(rounds);
    let mut notes = Vec::new();
    for r in 0..rounds {
        let mut seating = vec![Vec::new(); tables.len()];
        for (b, members) in block_members.iter().enumerate() {
            let topic_tables = &stations[(b + r) % k];
            for (j, g) in members.iter().enumerate() {
                seating[topic_tables[j % topic_tables.len()]].push(g.key.clone());
            }
        }
        for (t, who) in seating.iter().enumerate() {
            let has_topic = stations.iter().any(|s| s.contains(&t));
            if who.is_empty() && has_topic {
                notes.push(PlanNote::EmptyTable {
                    round: r + 1,
                    table: tables[t].key.clone(),
                });
            }
        }
        plan.push(seating);
    }
    if rounds > k {
        notes.push(PlanNote::TopicsRevisited { rounds, topics: k });
    }
    Ok(Schedule {
        movers: Movers::Groups,
        rounds: plan,
        notes,
    })
}

/// Splits `n` items into parts proportional to `weights` (largest remainder,
/// ties to the earlier part). The parts sum to `n` when any weight is positive.
pub fn proportional_split(n: usize, weights: &[usize]) -> Vec<usize> {
    let total: usize = weights.iter().sum();
    if total == 0 {
        return vec![0; weights.len()];
    }
    let mut parts: Vec<usize> = weights.iter().map(|w| n * w / total).collect();
    let mut rest = n - parts.iter().sum::<usize>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    // Larger remainder first; stable sort keeps earlier parts first on ties.
    order.sort_by_key(|&i| std::cmp::Reverse((n * weights[i]) % total));
    for i in order {
        if rest == 0 {
            break;
        }
        parts[i] += 1;
        rest -= 1;
    }
    parts
}

/// The schedule a session describes: planned (`Auto`) or as written.
pub fn schedule(session: &Session) -> Result<Schedule, PlanError> {
    match &session.rotation {
        Rotation::Auto => {
            if session.groups.is_empty() && !session.participants.is_empty() {
                if session.tables.is_empty() {
                    return Err(PlanError::NoTables);
                }
                return Ok(Schedule {
                    movers: Movers::People,
                    rounds: Vec::new(),
                    notes: vec![PlanNote::SeatingNotPlanned {
                        participants: session.participants.len(),
                    }],
                });
            }
            plan_groups(
                &session.topics,
                &session.tables,
                &session.groups,
                session.round_phases(),
            )
        }
        Rotation::Groups(rounds) => Ok(from_seatings(session, rounds, Movers::Groups)),
        Rotation::People(rounds) => Ok(from_seatings(session, rounds, Movers::People)),
    }
}

/// Converts hand-written seatings; unknown tables are left out (validation
/// reports them).
fn from_seatings(session: &Session, rounds: &[Seating], movers: Movers) -> Schedule {
    let plan = rounds
        .iter()
        .map(|seating| {
            session
                .tables
                .iter()
                .map(|t| seating.get(&t.key).cloned().unwrap_or_default())
                .collect()
        })
        .collect();
    Schedule {
        movers,
        rounds: plan,
        notes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proportional_split_sums() {
        assert_eq!(proportional_split(4, &[2, 2]), vec![2, 2]);
        assert_eq!(proportional_split(3, &[2, 1]), vec![2, 1]);
        assert_eq!(proportional_split(2, &[1, 1, 1]), vec![1, 1, 0]);
        assert_eq!(proportional_split(7, &[1, 1, 1]), vec![3, 2, 2]);
        assert_eq!(proportional_split(5, &[0, 0]), vec![0, 0]);
    }
}
