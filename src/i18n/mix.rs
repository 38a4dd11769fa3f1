//! What `tablee mix`, the plan and the facilitator's seating page say about
//! a plan's quality. One exhaustive `match` per message and language: a
//! missing translation does not compile.

use super::Lang;
use crate::core::mix::Quality;

/// A sentence about a seating plan.
#[derive(Debug, Clone, Copy)]
pub enum MixText<'a> {
    /// `Q = 60 (bound 60, optimal) · max repeats 2 · fewest people met 16 ·
    /// revisits 0`: the figures, for whoever compares plans.
    Figures(&'a Quality),
    /// The same in plain words, for the facilitator and the cards.
    Plain(&'a Quality),
    /// More revisits than the rounds and topics force.
    RevisitsAvoidable {
        revisits: u64,
        least: u64,
    },
    /// More rounds than topics: revisits, the fewest possible.
    RevisitsForced {
        revisits: u64,
    },
    ApartBroken(u64),
    TogetherBroken(u64),
    /// Tables (× rounds) without a shared language.
    LanguageBroken(u64),
    /// Rounds × roles spread unevenly although…
    RolesUneven(u64),
    /// "Roles at each table, round by round:"
    RolesHeading,
    /// "Round 2" in the composition block.
    Round(usize),
    /// "3 habitants, 1 élu, 2 agents" — one part.
    RoleCount {
        role: &'a str,
        count: usize,
    },
    /// People with no role in their profile.
    NoRole(usize),
    /// "with Ana Lopes, Bob Martin" on a card.
    With(&'a str),
    /// "every table" (a large café's roles, round by round).
    EveryTable,
    /// "2–3 élus": a role's range over the tables (None: no role).
    RoleRange {
        role: Option<&'a str>,
        lo: usize,
        hi: usize,
    },
}

/// What `tablee mix --participants` says.
#[derive(Debug, Clone, Copy)]
pub enum PeopleText<'a> {
    /// "Read 30 people from people.csv (4 roles)."
    Read {
        people: usize,
        file: &'a str,
        roles: usize,
    },
    /// After the list of a file's problems.
    NothingChanged,
}

impl PeopleText<'_> {
    pub fn text(self, lang: Lang) -> String {
        use PeopleText as P;
        match (self, lang) {
            (
                P::Read {
                    people,
                    file,
                    roles: 0,
                },
                Lang::En,
            ) => format!("Read {people} people from {file}."),
            (
                P::Read {
                    people,
                    file,
                    roles: 0,
                },
                Lang::Fr,
            ) => format!("{people} personnes lues dans {file}."),
            (
                P::Read {
                    people,
                    file,
                    roles,
                },
                Lang::En,
            ) => format!("Read {people} people from {file} ({roles} roles, mixed at every table)."),
            (
                P::Read {
                    people,
                    file,
                    roles,
                },
                Lang::Fr,
            ) => format!(
                "{people} personnes lues dans {file} ({roles} rôles, mêlés à chaque table)."
            ),
            (P::NothingChanged, Lang::En) => {
                "Nothing was changed: fix these lines and run the command again.".into()
            }
            (P::NothingChanged, Lang::Fr) => {
                "Rien n'a été modifié\u{a0}: corrigez ces lignes et relancez la commande.".into()
            }
        }
    }
}

/// A role's name in the plural when there is more than one, the simple way
/// French and English share (habitant → habitants, élu → élus); names that
/// already end in s, x or z stay.
fn plural(word: &str, count: usize) -> String {
    if count > 1 && !word.ends_with(['s', 'x', 'z']) && !word.contains(' ') {
        format!("{word}s")
    } else {
        word.to_string()
    }
}

impl MixText<'_> {
    pub fn text(self, lang: Lang) -> String {
        use MixText as M;
        let pct = |q: &Quality| {
            q.gap_percent()
                .map_or(String::new(), |p| format!(" = {p:.0}\u{a0}%"))
        };
        match (self, lang) {
            (M::Figures(q), Lang::En) => {
                let verdict = if q.optimal() {
                    format!("bound {}, optimal", q.bound)
                } else {
                    format!("bound {}, gap {}{}", q.bound, q.gap(), pct(q))
                };
                format!(
                    "Q = {} ({verdict}) · max repeats {} · fewest people met {} · revisits {}",
                    q.q, q.max_m, q.min_met, q.revisits
                )
            }
            (M::Figures(q), Lang::Fr) => {
                let verdict = if q.optimal() {
                    format!("borne {}, optimal", q.bound)
                } else {
                    format!("borne {}, écart {}{}", q.bound, q.gap(), pct(q))
                };
                format!(
                    "Q = {} ({verdict}) · rencontres max {} · personnes rencontrées au moins {} · thèmes revus {}",
                    q.q, q.max_m, q.min_met, q.revisits
                )
            }
            (M::Plain(q), Lang::En) => {
                let pairs = match q.max_m {
                    0 | 1 => "nobody shares a table with the same person twice".to_string(),
                    2 => "nobody shares a table with the same person more than twice".to_string(),
                    m => format!("some people share a table {m} times"),
                };
                let best = match q.gap_percent() {
                    _ if q.optimal() => "No plan can have fewer repeated meetings.".to_string(),
                    Some(p) => format!(
                        "Repeated meetings: {p:.0} % above the fewest that can be proved possible."
                    ),
                    None => format!(
                        "Repeated meetings: {} above the fewest that can be proved possible.",
                        q.gap()
                    ),
                };
                format!(
                    "Mixing: {pairs}; everyone meets at least {} other people. {best}",
                    q.min_met
                )
            }
            (M::Plain(q), Lang::Fr) => {
                let pairs = match q.max_m {
                    0 | 1 => {
                        "personne ne partage deux fois une table avec la même personne".to_string()
                    }
                    2 => "personne ne partage plus de deux fois une table avec la même personne"
                        .to_string(),
                    m => format!("certaines personnes partagent {m} fois une table"),
                };
                let best = match q.gap_percent() {
                    _ if q.optimal() => {
                        "Aucun plan ne peut avoir moins de rencontres répétées.".to_string()
                    }
                    Some(p) => format!(
                        "Rencontres répétées\u{a0}: {p:.0}\u{a0}% au-dessus du minimum démontré."
                    ),
                    None => format!(
                        "Rencontres répétées\u{a0}: {} au-dessus du minimum démontré.",
                        q.gap()
                    ),
                };
                format!(
                    "Brassage\u{a0}: {pairs}\u{a0}; chacun·e rencontre au moins {} autres personnes. {best}",
                    q.min_met
                )
            }
            (M::RevisitsAvoidable { revisits, least }, Lang::En) => format!(
                "Warning: {revisits} topic revisits where {least} were unavoidable: try another --seed or a longer --time"
            ),
            (M::RevisitsAvoidable { revisits, least }, Lang::Fr) => format!(
                "Attention\u{a0}: {revisits} retours sur un thème là où {least} étaient inévitables\u{a0}: essayez une autre --seed ou un --time plus long"
            ),
            (M::RevisitsForced { revisits }, Lang::En) => format!(
                "Note: {revisits} topic revisit(s), the fewest possible (more rounds than topics, or seats fixed at one table)"
            ),
            (M::RevisitsForced { revisits }, Lang::Fr) => format!(
                "Remarque\u{a0}: {revisits} retour(s) sur un thème, le minimum possible (plus de tours que de thèmes, ou places imposées à une table)"
            ),
            (M::ApartBroken(n), Lang::En) => format!(
                "Warning: keep-apart pairs share a table {n} time(s): loosen mixing.apart (or organisations_apart) or try another --seed"
            ),
            (M::ApartBroken(n), Lang::Fr) => format!(
                "Attention\u{a0}: des personnes à séparer partagent une table {n} fois\u{a0}: allégez mixing.apart (ou organisations_apart) ou essayez une autre --seed"
            ),
            (M::TogetherBroken(n), Lang::En) => format!(
                "Warning: keep-together pairs are split {n} time(s): check mixing.together and the tables' seats"
            ),
            (M::TogetherBroken(n), Lang::Fr) => format!(
                "Attention\u{a0}: des personnes à réunir sont séparées {n} fois\u{a0}: vérifiez mixing.together et les places des tables"
            ),
            (M::LanguageBroken(n), Lang::En) => format!(
                "Warning: {n} table(s) over the rounds share no language: add languages to the profiles, pair an interpreter with mixing.together, or set common_language: false"
            ),
            (M::LanguageBroken(n), Lang::Fr) => format!(
                "Attention\u{a0}: {n} table(s) sur l'ensemble des tours n'ont aucune langue commune\u{a0}: complétez les langues des profils, associez un·e interprète avec mixing.together, ou mettez common_language: false"
            ),
            (M::RolesUneven(n), Lang::En) => format!(
                "Warning: in {n} case(s) a table has two more people of a role than another (fixed seats, absences or other constraints leave no better way)"
            ),
            (M::RolesUneven(n), Lang::Fr) => format!(
                "Attention\u{a0}: dans {n} cas une table compte deux personnes de plus d'un rôle qu'une autre (places imposées, absences ou autres contraintes ne laissent pas mieux)"
            ),
            (M::RolesHeading, Lang::En) => "Roles at each table:".into(),
            (M::RolesHeading, Lang::Fr) => "Rôles à chaque table\u{a0}:".into(),
            (M::Round(r), Lang::En) => format!("Round {r}"),
            (M::Round(r), Lang::Fr) => format!("Tour {r}"),
            (M::RoleCount { role, count }, _) => format!("{count} {}", plural(role, count)),
            (M::NoRole(n), Lang::En) => format!("{n} without a role"),
            (M::NoRole(n), Lang::Fr) => format!("{n} sans rôle"),
            (M::EveryTable, Lang::En) => "every table".into(),
            (M::EveryTable, Lang::Fr) => "chaque table".into(),
            (
                M::RoleRange {
                    role: Some(role),
                    lo,
                    hi,
                },
                _,
            ) => {
                format!("{lo}–{hi} {}", plural(role, hi))
            }
            (M::RoleRange { role: None, lo, hi }, Lang::En) => format!("{lo}–{hi} without a role"),
            (M::RoleRange { role: None, lo, hi }, Lang::Fr) => format!("{lo}–{hi} sans rôle"),
            (M::With(names), Lang::En) => format!("with {names}"),
            (M::With(names), Lang::Fr) => format!("avec {names}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_take_a_plural_when_more_than_one() {
        assert_eq!(plural("habitant", 3), "habitants");
        assert_eq!(plural("élu", 1), "élu");
        assert_eq!(plural("élus", 2), "élus");
        assert_eq!(plural("agent municipal", 2), "agent municipal");
    }
}
