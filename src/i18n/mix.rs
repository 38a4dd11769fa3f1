//! What `tablee mix`, the plan and the facilitator's seating page say about
//! a plan's quality. One exhaustive `match` per message and language: a
//! missing translation does not compile.

use super::Lang;
use crate::core::mix::{MixError, Quality};
use crate::i18n::prelude::*;

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
        lang.typeset(self.text_untypeset(lang))
    }

    fn text_untypeset(self, lang: Lang) -> String {
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
        lang.typeset(self.text_untypeset(lang))
    }

    fn text_untypeset(self, lang: Lang) -> String {
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
                    m if m <= q.least_max && q.revisits == 0 => format!(
                        "some people share a table {m} times, which no plan can avoid (more people than ways to visit {m} different topics)"
                    ),
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
                    m if m <= q.least_max && q.revisits == 0 => format!(
                        "certaines personnes partagent {m} fois une table, ce qu'aucun plan ne peut éviter (plus de personnes que de façons de voir {m} thèmes différents)"
                    ),
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

/// Why `tablee mix` could not seat people.
pub fn mix_error(e: &MixError, session: &crate::core::model::Session, lang: Lang) -> String {
    let table = |t: usize| {
        session
            .tables
            .get(t)
            .map(|t| t.key.clone())
            .unwrap_or_default()
    };
    let who = |x: usize| session.participants.get(x).cloned().unwrap_or_default();
    match e {
        MixError::NoTables => lang.pick("no tables: add tables: [(key: \"A\", topic: \"…\")]".into(), "aucune table : ajoutez tables: [(key: \"A\", topic: \"…\")]".into()),
        MixError::NoRounds => lang.pick("no rounds to plan".into(), "aucun tour à planifier".into()),
        MixError::NoPeople => lang.pick("no participants to seat".into(), "aucun·e participant·e à placer".into()),
        MixError::NotEnoughSeats { round, people, seats } => lang.pick(
            format!("round {}: {people} people for {seats} seats: add seats or tables", round + 1),
            format!("tour {} : {people} personnes pour {seats} places : ajoutez des places ou des tables", round + 1),
        ),
        MixError::FixedOverCapacity { round, table: t, fixed } => lang.pick(
            format!("round {}: {fixed} people fixed at table {:?}, more than its seats: move some in mixing.fixed", round + 1, table(*t)),
            format!("tour {} : {fixed} personnes imposées à la table « {} », plus que ses places : déplacez-en dans mixing.fixed", round + 1, table(*t)),
        ),
        MixError::OutOfRange => lang.pick("mixing refers to a person, round or table that does not exist: run 'tablee check'".into(), "mixing cite une personne, un tour ou une table qui n'existe pas : lancez 'tablee check'".into()),
        MixError::FixedConflict { person, round } => lang.pick(
            format!("round {}: {:?} has two fixed seats or is fixed while absent: keep one", round + 1, who(*person)),
            format!("tour {} : « {} » a deux places imposées ou est imposé·e en étant absent·e : n'en gardez qu'une", round + 1, who(*person)),
        ),
    }
}

/// A sentence of `tablee mix` around the plan.
#[derive(Debug, Clone, Copy)]
pub enum MixSaid<'a> {
    MovesGroups,
    NoParticipants,
    PeopleMismatch {
        people: usize,
        listed: usize,
    },
    ZeroRounds,
    RoundsMismatch {
        rounds: usize,
        agenda: usize,
    },
    NoRoundPhase,
    Kept {
        path: &'a str,
    },
    NotKept {
        path: &'a str,
        reason: &'a str,
    },
    Done {
        people: usize,
        tables: usize,
        rounds: usize,
        seed: u64,
        seconds: f64,
        path: &'a str,
        session: &'a str,
    },
}

impl MixSaid<'_> {
    pub fn text(&self, lang: Lang) -> String {
        lang.typeset(self.text_untypeset(lang))
    }

    fn text_untypeset(&self, lang: Lang) -> String {
        use MixSaid::*;
        match (*self, lang) {
            (MovesGroups, Lang::En) => "this session moves groups (groups: […]): 'tablee mix' seats participants one by one. To mix people, remove the groups first: 'tablee setup' on this session, Groups section, Delete on each, then Ctrl-S (or delete them from the file); 'tablee plan' shows the groups' rotation as it is".into(),
            (MovesGroups, Lang::Fr) => "cette séance fait tourner des groupes (groups: […]) : 'tablee mix' place les participant·es une à une. Pour brasser les personnes, retirez d'abord les groupes : 'tablee setup' sur cette séance, section Groupes, Suppr sur chacun puis Ctrl-S (ou retirez-les du fichier) ; 'tablee plan' montre la rotation des groupes telle qu'elle est".into(),
            (NoParticipants, Lang::En) => "no participants to seat: list their names in participants: [\"Ana\", …] or pass --people N".into(),
            (NoParticipants, Lang::Fr) => "aucun·e participant·e à placer : listez les noms dans participants: [\"Ana\", …] ou passez --people N".into(),
            (PeopleMismatch { people, listed }, Lang::En) => format!("--people {people} but the session already lists {listed} participants: drop --people to seat them"),
            (PeopleMismatch { people, listed }, Lang::Fr) => format!("--people {people} mais la séance liste déjà {listed} participant·es : retirez --people pour les placer"),
            (ZeroRounds, Lang::En) => "--rounds must be at least 1".into(),
            (ZeroRounds, Lang::Fr) => "--rounds doit valoir au moins 1".into(),
            (RoundsMismatch { rounds, agenda }, Lang::En) => format!("--rounds {rounds} but the agenda has {agenda} Round phase(s): change the agenda, or drop --rounds"),
            (RoundsMismatch { rounds, agenda }, Lang::Fr) => format!("--rounds {rounds} mais l'ordre du jour compte {agenda} phase(s) Round : modifiez l'ordre du jour, ou retirez --rounds"),
            (NoRoundPhase, Lang::En) => "the agenda has no Round phase: add (kind: Round, title: \"Round 1\", minutes: 20) phases, or pass --rounds R".into(),
            (NoRoundPhase, Lang::Fr) => "l'ordre du jour n'a aucune phase Round : ajoutez des phases (kind: Round, title: \"Tour 1\", minutes: 20), ou passez --rounds R".into(),
            (Kept { path }, Lang::En) => format!("The previous plan is kept in {path}"),
            (Kept { path }, Lang::Fr) => format!("Le plan précédent est conservé dans {path}"),
            (NotKept { path, reason }, Lang::En) => format!("could not keep the previous plan in {path} ({reason}); nothing was changed"),
            (NotKept { path, reason }, Lang::Fr) => format!("impossible de conserver le plan précédent dans {path} ({reason}) ; rien n'a été modifié"),
            (Done { people, tables, rounds, seed, seconds, path, session }, Lang::En) => format!(
                "{people} people, {tables} tables, {rounds} rounds · seed {seed} · {seconds:.2} s\nWritten to {path} · 'tablee plan {session}' shows it, '--format html' prints one card per person"
            ),
            (Done { people, tables, rounds, seed, seconds, path, session }, Lang::Fr) => format!(
                "{people} personnes, {tables} tables, {rounds} tours · graine {seed} · {seconds:.2} s\nÉcrit dans {path} · 'tablee plan {session}' l'affiche, '--format html' imprime une carte par personne"
            ),
        }
    }
}
