//! `tablee mix SESSION [--rounds R] [--seed S] [--time SECS] [--people N]`:
//! plans who sits where, person by person, and writes the plan into the
//! session as an explicit per-round placement.

use crate::i18n::mix::MixSaid;
use crate::i18n::prelude::*;
use std::time::{Duration, Instant};

use super::{Out, people};
use crate::core::mix::{self, Quality, seating};
use crate::core::model::{Phase, PhaseKind, Rotation, Session};
use crate::core::validate::Severity;
use crate::i18n::Lang;
use crate::i18n::mix::{MixText, PeopleText};
use crate::store::session_file::{self, SessionFile};

/// `tablee mix SESSION`
#[derive(Debug, Clone, clap::Args)]
pub struct MixArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// Rounds to plan [default: the agenda's Round phases; added to an agenda that has none]
    #[arg(long)]
    pub rounds: Option<usize>,
    /// Same seed, same plan (when the search stops at the bound or at --iterations)
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Most seconds to search; stops earlier once the plan is provably best
    #[arg(long, default_value_t = 2.0, value_name = "SECS")]
    pub time: f64,
    /// Stop after this many search steps instead of after --time (reproducible anywhere)
    #[arg(long, value_name = "N")]
    pub iterations: Option<u64>,
    /// No names yet: seat N people called P1…PN (written into participants)
    #[arg(long, value_name = "N", conflicts_with = "participants")]
    pub people: Option<usize>,
    /// The people to seat, from a CSV file: name, role, languages,
    /// organisation, arrives, leaves, table (or nom, rôle, langues,
    /// structure, arrivée, départ, table); written into the session
    #[arg(long, value_name = "FILE.csv")]
    pub participants: Option<std::path::PathBuf>,
    /// Seat who is here (ticked in at the door, tablee here), keeping the rounds already played as they were
    #[arg(long, conflicts_with_all = ["participants", "people"])]
    pub here: bool,
    /// With --here: the first round to plan again [default: the first round the room's clock has not started]
    #[arg(long, value_name = "N", requires = "here")]
    pub from_round: Option<usize>,
    /// With --here once rounds are under way: plan the rounds to come again (people may move) instead of seating the late arrivals in the free seats
    #[arg(long, requires = "here")]
    pub replan: bool,
}

/// Minutes of a round added when the agenda has none.
const DEFAULT_ROUND_MINUTES: u32 = 20;

pub fn run(out: &Out, args: &MixArgs, device: Option<&str>) -> super::Done {
    let lang = out.lang;
    let path = session_file::resolve(&args.at.session, &args.at.data.dir);
    // The session as the room sees it (the set-up's events included); the
    // plan is written the same way, as set-up events.
    let (ws, _) = crate::store::workspace::Workspace::read(&path)
        .map_err(|diags| super::Failure::diagnostics(&diags, out.lang))?;
    let file = &ws.file;
    let fail = |msg: String| super::Failure::line(format!("{}: {msg}", path.display()));
    let mut session = file.session.clone();
    if !session.groups.is_empty() {
        return Err(fail(MixSaid::MovesGroups.text(lang)));
    }
    // The council's register: who the seats by id are (their roles,
    // languages and organisations for the planner, their names for the
    // messages). Needed when the session seats or invites from it.
    let register = super::register_for(&path, &session, args.here, lang)?;
    let named = |s: &Session| crate::i18n::register::shown(s, &register, lang);
    let mut here_note = String::new();
    if args.here {
        let from_round = args
            .from_round
            .unwrap_or_else(|| crate::core::reseat::first_round_to_plan(&session, &ws.clock().0));
        // Once rounds are under way, late arrivals take the free seats
        // and nobody moves (their cards stay right), unless --replan.
        if from_round > 1 && matches!(session.rotation, Rotation::People(_)) && !args.replan {
            let (late, quality) = crate::core::reseat::reseat(
                &session,
                &register,
                &ws.board.arrivals,
                from_round,
                false,
                &mut |_| 1.0,
            )
            .map_err(|e| {
                fail(match e {
                    crate::core::reseat::Reseat::NobodyHere => {
                        crate::i18n::register::Said::NobodyHere.text(lang)
                    }
                    crate::core::reseat::Reseat::NoPlan => {
                        crate::i18n::register::Said::NoPlan.text(lang)
                    }
                    crate::core::reseat::Reseat::Mix(e) => {
                        crate::i18n::mix::mix_error(&e, &named(&session), lang)
                    }
                })
            })?;
            super::write_setup(out, &ws, device, &late, &fail)?;
            out.print(&format!(
                "{}\n{}",
                crate::i18n::register::Said::LateSeated {
                    people: late.participants.len(),
                    from_round,
                }
                .text(lang),
                quality_lines(&quality, lang)
            ));
            return Ok(());
        }
        session = crate::core::reseat::seat_who_is_here(
            &session,
            &register,
            &ws.board.arrivals,
            from_round,
        )
        .ok_or_else(|| fail(crate::i18n::register::Said::NobodyHere.text(lang)))?;
        here_note = format!(
            "{}\n",
            crate::i18n::register::Said::Reseated {
                people: session.participants.len(),
                from_round,
            }
            .text(lang)
        );
    }

    // Who: the listed names, or P1…PN (a file of people is read below,
    // once the rounds are known).
    match (
        session.participants.is_empty() && args.participants.is_none(),
        args.people,
    ) {
        (true, Some(n)) if n > 0 => {
            session.participants = (1..=n).map(|i| format!("P{i}")).collect();
        }
        // Who is invited from the register, by id.
        (true, None) if !session.invited.is_empty() => {
            session.participants = session
                .invited
                .iter()
                .filter(|id| !register.forgotten.contains(id))
                .map(|id| crate::core::seats::seat(*id))
                .collect();
        }
        (true, _) => {
            return Err(fail(MixSaid::NoParticipants.text(lang)));
        }
        (false, Some(n)) if args.participants.is_none() && n != session.participants.len() => {
            return Err(fail(
                MixSaid::PeopleMismatch {
                    people: n,
                    listed: session.participants.len(),
                }
                .text(lang),
            ));
        }
        _ => {}
    }

    // How many rounds: the agenda's, or --rounds when the agenda has none.
    let agenda_rounds = session.round_phases();
    let rounds = match (args.rounds, agenda_rounds) {
        (Some(0), _) => {
            return Err(fail(MixSaid::ZeroRounds.text(lang)));
        }
        (Some(r), 0) => {
            for i in 1..=r {
                session.agenda.push(Phase::new(
                    PhaseKind::Round,
                    format!("{} {i}", lang.s().round),
                    DEFAULT_ROUND_MINUTES,
                ));
            }
            r
        }
        (Some(r), a) if r != a => {
            return Err(fail(
                MixSaid::RoundsMismatch {
                    rounds: r,
                    agenda: a,
                }
                .text(lang),
            ));
        }
        (_, 0) => {
            return Err(fail(MixSaid::NoRoundPhase.text(lang)));
        }
        (_, a) => a,
    };

    // People from a file: every line checked, then written in with the rest.
    let mut read_note = String::new();
    if let Some(csv) = args.participants.as_deref() {
        match people::read(csv, &session, rounds, lang) {
            Ok(list) => {
                people::apply(&mut session, &list, rounds);
                // People of the council's register are seated by id
                // (their names stay in the register).
                session = crate::core::seats::by_id(&session, &register);
                read_note = PeopleText::Read {
                    people: list.len(),
                    file: &csv.display().to_string(),
                    roles: seating::role_names(&session).len(),
                }
                .text(lang)
                    + "\n";
            }
            Err(lines) => {
                let mut msg = String::new();
                for line in lines {
                    msg.push_str(&line);
                    msg.push('\n');
                }
                msg.push_str(&PeopleText::NothingChanged.text(lang));
                msg.push('\n');
                return Err(super::Failure::line(msg));
            }
        }
    }

    // Everything but the old rotation must be sound before planning.
    session.rotation = Rotation::Auto;
    let probe = SessionFile {
        path: file.path.clone(),
        source: file.source.clone(),
        session: session.clone(),
    };
    let errors: Vec<_> = probe
        .diagnostics()
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        return Err(super::Failure::diagnostics(&errors, out.lang));
    }

    // The register's roles, languages and organisations are the
    // planner's; the session keeps only the seats.
    let known = crate::core::seats::with_profiles(&session, &register);
    let problem = seating::problem(&known, rounds);
    let start = Instant::now();
    let budget = Duration::from_secs_f64(args.time.clamp(0.0, 3600.0));
    // The share of the budget used: steps with --iterations (the same plan
    // on any machine), else wall-clock time.
    let mut used = |it: u64| match args.iterations {
        Some(0) => 1.0,
        Some(n) => it as f64 / n as f64,
        None if budget.is_zero() => 1.0,
        None => start.elapsed().as_secs_f64() / budget.as_secs_f64(),
    };
    let plan = match mix::solve_within(&problem, args.seed, &mut used) {
        Ok(p) => p,
        Err(e) => {
            return Err(fail(crate::i18n::mix::mix_error(
                &e,
                &named(&session),
                lang,
            )));
        }
    };
    let elapsed = start.elapsed();
    session.rotation = seating::rotation(&known, &plan);

    // A plan already written (perhaps adjusted by hand) is kept aside, as
    // the whole session then read (the journal keeps it too).
    let mut text = String::new();
    if matches!(file.session.rotation, Rotation::People(_))
        && file.session.rotation != session.rotation
    {
        let keep = crate::store::workspace::data_dir(&path).join("session-before-mix.ron");
        let before = session_file::to_ron(
            &file.session,
            &crate::i18n::store::file_words(file.session.lang),
        );
        match super::write_file(&keep, before.as_bytes()) {
            Ok(()) => {
                text.push_str(
                    &MixSaid::Kept {
                        path: &keep.display().to_string(),
                    }
                    .text(lang),
                );
                text.push('\n');
            }
            Err(e) => {
                return Err(fail(
                    MixSaid::NotKept {
                        path: &keep.display().to_string(),
                        reason: &crate::i18n::store::io_message(&e, lang),
                    }
                    .text(lang),
                ));
            }
        }
    }
    super::write_setup(out, &ws, device, &session, &fail)?;
    text.insert_str(0, &quality_lines(&plan.quality, lang));
    text.insert_str(0, &read_note);
    text.insert_str(0, &here_note);
    text.push_str(&composition_lines(&known, &plan, lang));
    text.push_str(
        &MixSaid::Done {
            people: session.participants.len(),
            tables: session.tables.len(),
            rounds,
            seed: args.seed,
            seconds: elapsed.as_secs_f64(),
            path: &path.display().to_string(),
            session: &args.at.session.display().to_string(),
        }
        .text(lang),
    );
    text.push('\n');
    out.print(&text);
    Ok(())
}

/// The figures line, the plain sentence, then one line per broken or
/// forced constraint.
pub fn quality_lines(q: &Quality, lang: Lang) -> String {
    let mut lines = vec![MixText::Figures(q).text(lang), MixText::Plain(q).text(lang)];
    if q.revisits > q.least_revisits {
        lines.push(
            MixText::RevisitsAvoidable {
                revisits: q.revisits,
                least: q.least_revisits,
            }
            .text(lang),
        );
    } else if q.least_revisits > 0 {
        lines.push(
            MixText::RevisitsForced {
                revisits: q.revisits,
            }
            .text(lang),
        );
    }
    for (n, text) in [
        (q.apart_broken, MixText::ApartBroken(q.apart_broken)),
        (
            q.together_broken,
            MixText::TogetherBroken(q.together_broken),
        ),
        (
            q.language_broken,
            MixText::LanguageBroken(q.language_broken),
        ),
        (q.roles_uneven, MixText::RolesUneven(q.roles_uneven)),
    ] {
        if n > 0 {
            lines.push(text.text(lang));
        }
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// Tables up to which the roles are listed table by table; past that,
/// each round gives every role's range over its tables.
const ROLES_BY_TABLE_UP_TO: usize = 8;

/// Who sits at each table by role, one line per round:
/// `Round 2 — A: 3 habitants, 1 élu · B: …`, or for a large café
/// `Round 2 — every table: 2–3 agents, 8 habitants, 1–2 élus`. Empty when
/// nobody has a role.
pub fn composition_lines(session: &Session, plan: &mix::Plan, lang: Lang) -> String {
    let names = seating::role_names(session);
    if names.is_empty() {
        return String::new();
    }
    let count = |role: &Option<String>, n: usize| match role {
        Some(role) => MixText::RoleCount { role, count: n }.text(lang),
        None => MixText::NoRole(n).text(lang),
    };
    let mut out = MixText::RolesHeading.text(lang) + "\n";
    for (r, tables) in seating::composition(session, plan).iter().enumerate() {
        let line = if tables.len() <= ROLES_BY_TABLE_UP_TO {
            let cells: Vec<String> = tables
                .iter()
                .enumerate()
                .map(|(t, counts)| {
                    let parts: Vec<String> =
                        counts.iter().map(|(role, n)| count(role, *n)).collect();
                    format!(
                        "{}{}{}",
                        session.tables[t].key,
                        lang.colon(),
                        parts.join(", ")
                    )
                })
                .collect();
            cells.join(" · ")
        } else {
            let roles = names.iter().cloned().map(Some).chain([None]);
            let parts: Vec<String> = roles
                .filter_map(|role| {
                    let per_table = tables.iter().map(|counts| {
                        counts
                            .iter()
                            .find(|(r, _)| *r == role)
                            .map_or(0, |(_, n)| *n)
                    });
                    let (lo, hi) =
                        per_table.fold((usize::MAX, 0), |(lo, hi), n| (lo.min(n), hi.max(n)));
                    (hi > 0).then(|| {
                        if lo == hi {
                            count(&role, hi)
                        } else {
                            MixText::RoleRange {
                                role: role.as_deref(),
                                lo,
                                hi,
                            }
                            .text(lang)
                        }
                    })
                })
                .collect();
            format!(
                "{}{}{}",
                MixText::EveryTable.text(lang),
                lang.colon(),
                parts.join(", ")
            )
        };
        out.push_str(&format!(
            "  {} — {line}\n",
            MixText::Round(r + 1).text(lang)
        ));
    }
    out
}
