//! Individual mixing: every hard constraint holds on randomised instances,
//! the reported quality is the plan's real quality, and the CLI writes a
//! valid per-round placement.

use std::collections::BTreeSet;

mod common;

use proptest::prelude::*;
use tablee::core::mix::{self, Problem, TableSpec};

/// A random instance that has a solution: R ≤ T (so no topic may be seen
/// twice), and keep-apart pairs, keep-together pairs, absences and fixed
/// seats all drawn from a hidden witness plan that satisfies them (person x
/// sits at table (π(x) + r) mod T in round r, π a random shuffle).
fn instance() -> impl Strategy<Value = Problem> {
    (2usize..=5, 2usize..=4, any::<u64>())
        .prop_flat_map(|(t, per_table, salt)| {
            let p = t * per_table + (salt % t as u64) as usize;
            (Just(t), Just(p), 1..=t, Just(salt))
        })
        .prop_map(|(t, p, r, salt)| {
            let mut x = salt | 1;
            let mut next = move |n: usize| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % n.max(1) as u64) as usize
            };
            let mut perm: Vec<usize> = (0..p).collect();
            for i in (1..p).rev() {
                perm.swap(i, next(i + 1));
            }
            let seat = |who: usize, round: usize| (perm[who] + round) % t;
            // Absences that keep every round's witness sizes within one.
            let mut absent: Vec<(usize, usize)> = Vec::new();
            for _ in 0..p / 5 {
                let cand = (next(p), next(r));
                if absent.contains(&cand) {
                    continue;
                }
                absent.push(cand);
                let sizes: Vec<usize> = (0..t)
                    .map(|k| {
                        (0..p)
                            .filter(|&w| !absent.contains(&(w, cand.1)) && seat(w, cand.1) == k)
                            .count()
                    })
                    .collect();
                if sizes.iter().max().unwrap() - sizes.iter().min().unwrap() > 1 {
                    absent.pop();
                }
            }
            let present = |w: usize, round: usize| !absent.contains(&(w, round));
            let mut apart = Vec::new();
            let mut together = Vec::new();
            for _ in 0..p / 3 {
                let (a, b) = (next(p), next(p));
                if a == b
                    || apart.contains(&(a.min(b), a.max(b)))
                    || together.contains(&(a.min(b), a.max(b)))
                {
                    continue;
                }
                let both: Vec<usize> = (0..r).filter(|&k| present(a, k) && present(b, k)).collect();
                if both.iter().all(|&k| seat(a, k) != seat(b, k)) {
                    apart.push((a.min(b), a.max(b)));
                } else if both.iter().all(|&k| seat(a, k) == seat(b, k)) && together.len() < 2 {
                    together.push((a.min(b), a.max(b)));
                }
            }
            let mut fixed = Vec::new();
            for _ in 0..r {
                let (who, round) = (next(p), next(r));
                if present(who, round) && !fixed.iter().any(|&(w, k, _)| (w, k) == (who, round)) {
                    fixed.push((who, round, seat(who, round)));
                }
            }
            Problem {
                people: p,
                tables: (0..t)
                    .map(|topic| TableSpec {
                        topic,
                        capacity: None,
                    })
                    .collect(),
                rounds: r,
                apart,
                together,
                fixed,
                absent,
                ..Problem::default()
            }
        })
}

/// A plain instance whose people have roles. An even spread always exists
/// with no topic seen twice: deal the first round's seats role by role
/// round-robin, then every table's people move on together to the next
/// table each round, so every round keeps the first one's spread.
fn with_roles() -> impl Strategy<Value = Problem> {
    (2usize..=5, 2usize..=5, 0usize..6, 1usize..=4, any::<u64>()).prop_map(
        |(t, per_table, extra, nroles, salt)| {
            let p = t * per_table + extra % t;
            let r = 2 + (salt % (t as u64 - 1).max(1)) as usize;
            let mut pb = Problem::plain(p, t, r.min(t));
            let mut x = salt | 1;
            pb.roles = (0..p)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    // One in five has no role.
                    let k = (x % (nroles as u64 + 1)) as usize;
                    (k < nroles || nroles == 1).then_some(k.min(nroles - 1))
                })
                .collect();
            pb
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn hard_constraints_hold(pb in instance(), seed in 0u64..1000) {
        let plan = mix::solve(&pb, seed, &mut |it| it >= 3000).unwrap();
        let seats = &plan.seats;
        let t = pb.tables.len();
        prop_assert_eq!(seats.len(), pb.rounds);
        for (r, round) in seats.iter().enumerate() {
            prop_assert_eq!(round.len(), pb.people);
            // Absent people have no seat; everyone else has one.
            for (x, seat) in round.iter().enumerate() {
                prop_assert_eq!(seat.is_none(), pb.absent.contains(&(x, r)), "person {} round {}", x, r);
                prop_assert!(seat.is_none_or(|s| s < t));
            }
            // Balanced: sizes differ by at most one.
            let sizes: Vec<usize> = (0..t).map(|k| round.iter().filter(|s| **s == Some(k)).count()).collect();
            let (lo, hi) = (sizes.iter().min().unwrap(), sizes.iter().max().unwrap());
            prop_assert!(hi - lo <= 1, "round {}: sizes {:?}", r, sizes);
            for &(a, b) in &pb.apart {
                prop_assert!(round[a].is_none() || round[a] != round[b], "apart {} {} round {}", a, b, r);
            }
            for &(a, b) in &pb.together {
                if round[a].is_some() && round[b].is_some() {
                    prop_assert_eq!(round[a], round[b], "together {} {} round {}", a, b, r);
                }
            }
        }
        for &(x, r, table) in &pb.fixed {
            prop_assert_eq!(seats[r][x], Some(table));
        }
        // No topic twice (one table per topic here, and R ≤ T).
        for x in 0..pb.people {
            let visited: Vec<usize> = seats.iter().filter_map(|round| round[x]).collect();
            let distinct: BTreeSet<usize> = visited.iter().copied().collect();
            prop_assert_eq!(distinct.len(), visited.len(), "person {} revisits: {:?}", x, visited);
        }
        // The quality line tells the truth.
        let c = mix::encounters(seats, pb.people);
        let q = &plan.quality;
        prop_assert_eq!((q.q, q.e, q.max_m), (c.q, c.e, c.max_m));
        prop_assert_eq!((q.revisits, q.apart_broken, q.together_broken), (0, 0, 0));
        prop_assert!(q.bound <= q.q, "bound {} above Q {}", q.bound, q.q);
        prop_assert!(q.e <= q.q, "E {} above Q {}", q.e, q.q);
        prop_assert_eq!(q.e == q.q, q.max_m <= 2, "Q = E exactly when no pair meets three times");
    }

}

proptest! {
    // Each case runs 2,500 search steps in a debug build.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn roles_spread_within_one_of_even(pb in with_roles(), seed in 0u64..1000) {
        let plan = mix::solve(&pb, seed, &mut |it| it >= 2500).unwrap();
        let t = pb.tables.len();
        let nroles = pb.roles.iter().flatten().max().map_or(0, |k| k + 1);
        for (r, round) in plan.seats.iter().enumerate() {
            for k in 0..nroles {
                let counts: Vec<usize> = (0..t)
                    .map(|table| {
                        (0..pb.people)
                            .filter(|&x| round[x] == Some(table) && pb.roles[x] == Some(k))
                            .count()
                    })
                    .collect();
                let (lo, hi) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
                prop_assert!(hi - lo <= 1, "round {} role {}: {:?}", r, k, counts);
            }
        }
        let q = &plan.quality;
        prop_assert_eq!((q.roles_uneven, q.revisits), (0, 0));
        let c = mix::encounters(&plan.seats, pb.people);
        prop_assert_eq!((q.q, q.e, q.max_m), (c.q, c.e, c.max_m));
        prop_assert!(q.bound <= q.q);
    }
}

mod cli {
    use super::common::tablee;
    use tablee::core::model::Rotation;
    use tablee::store::session_file::SessionFile;

    /// The session as every command reads it: the file with the set-up's
    /// events (`mix` writes its plan as set-up events).
    fn session_of(file: &std::path::Path) -> tablee::core::model::Session {
        tablee::store::workspace::Workspace::read(file)
            .unwrap()
            .0
            .file
            .session
    }

    const CLASSIC: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/world-cafe-classic.ron"
    );

    fn text(b: &[u8]) -> String {
        String::from_utf8(b.to_vec()).unwrap()
    }

    #[test]
    fn mix_writes_an_optimal_plan_and_keeps_the_comments() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("cafe.ron");
        std::fs::copy(CLASSIC, &file).unwrap();
        let before = std::fs::read_to_string(&file).unwrap();
        // A count of iterations, not a time budget: the same plan on a busy machine.
        let o = tablee(
            dir.path(),
            &["mix", "cafe.ron", "--seed", "3", "--iterations", "20000"],
        );
        assert!(o.status.success(), "{}", text(&o.stderr));
        let out = text(&o.stdout);
        assert!(
            out.starts_with("Q = 60 (bound 60, optimal) · max repeats 2 · "),
            "{out}"
        );
        assert!(out.contains("revisits 0"), "{out}");
        let after = std::fs::read_to_string(&file).unwrap();
        // Every comment of the organiser survives; only the rotation changed.
        for line in before.lines().filter(|l| l.trim_start().starts_with("//")) {
            assert!(after.contains(line), "lost comment {line:?}");
        }
        let session = session_of(&file);
        let Rotation::People(rounds) = &session.rotation else {
            panic!("expected a per-person rotation")
        };
        assert_eq!(rounds.len(), 4);
        for round in rounds {
            let seated: usize = round.values().map(Vec::len).sum();
            assert_eq!(seated, 30);
            assert!(round.values().all(|who| who.len() == 6));
        }
        let check = tablee(dir.path(), &["check", "cafe.ron"]);
        assert!(check.status.success(), "{}", text(&check.stdout));
        // Same seed, same plan.
        let first = session_of(&file);
        // A count of iterations, not a time budget: the same plan on a busy machine.
        let o = tablee(
            dir.path(),
            &["mix", "cafe.ron", "--seed", "3", "--iterations", "20000"],
        );
        assert!(o.status.success());
        assert_eq!(session_of(&file), first);
        // The plan is in the journal: the file is as the organiser wrote it.
        assert_eq!(std::fs::read_to_string(&file).unwrap(), before);

        // Another seed replaces the plan; the previous file is kept aside.
        let o = tablee(dir.path(), &["mix", "cafe.ron", "--seed", "4"]);
        assert!(o.status.success());
        assert!(
            text(&o.stdout).contains("previous plan is kept in"),
            "{}",
            text(&o.stdout)
        );
        let kept = dir.path().join("cafe.tablee/session-before-mix.ron");
        let kept = SessionFile::read(&kept).unwrap().session;
        assert_eq!(kept.rotation, first.rotation);
        assert_ne!(session_of(&file).rotation, first.rotation);

        // A constraint added after mixing that the plan breaks: check warns.
        let session = session_of(&file);
        let Rotation::People(rounds) = &session.rotation else {
            panic!()
        };
        let mates = rounds[0].values().find(|w| w.len() >= 2).unwrap();
        let src = std::fs::read_to_string(&file).unwrap().replace(
            "    agenda: [",
            &format!(
                "    mixing: (apart: [({:?}, {:?})]),\n    agenda: [",
                mates[0], mates[1]
            ),
        );
        std::fs::write(&file, src).unwrap();
        let check = tablee(dir.path(), &["check", "cafe.ron"]);
        let out = text(&check.stdout) + &text(&check.stderr);
        assert!(
            out.contains("round 1: the seating breaks mixing (apart:"),
            "{out}"
        );
    }

    const PEOPLE: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/world-cafe-classic-people.csv"
    );

    #[test]
    fn people_from_a_spreadsheet_are_seated_with_roles_mixed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("cafe.ron");
        std::fs::copy(CLASSIC, &file).unwrap();
        let before = std::fs::read_to_string(&file).unwrap();
        let o = tablee(
            dir.path(),
            &[
                "mix",
                "cafe.ron",
                "--participants",
                PEOPLE,
                "--iterations",
                "3000",
            ],
        );
        assert!(o.status.success(), "{}", text(&o.stderr));
        let out = text(&o.stdout);
        assert!(out.starts_with("Read 30 people from "), "{out}");
        assert!(out.contains("(4 roles, mixed at every table)"), "{out}");
        assert!(
            out.contains("Roles at each table:\n  Round 1 — A: "),
            "{out}"
        );
        let after = std::fs::read_to_string(&file).unwrap();
        for line in before.lines().filter(|l| l.trim_start().starts_with("//")) {
            assert!(after.contains(line), "lost comment {line:?}");
        }
        let session = session_of(&file);
        assert_eq!(session.participants.len(), 30);
        let m = &session.mixing;
        assert_eq!(m.role_of("Élodie Fontaine"), Some("élu"));
        assert_eq!(m.profiles["Mehdi Amrani"].languages, ["fr", "ar"]);
        assert!(m.is_absent("Thi Tran", 1) && !m.is_absent("Thi Tran", 2));
        assert!(m.is_absent("Jeanne Lambert", 4) && !m.is_absent("Jeanne Lambert", 3));
        let Rotation::People(rounds) = &session.rotation else {
            panic!("expected a per-person rotation")
        };
        // Every round: each role's count per table within one of even.
        for (r, round) in rounds.iter().enumerate() {
            for role in ["habitant", "agent", "association", "élu"] {
                let counts: Vec<usize> = round
                    .values()
                    .map(|who| who.iter().filter(|w| m.role_of(w) == Some(role)).count())
                    .collect();
                let (lo, hi) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
                assert!(hi - lo <= 1, "round {} {role}: {counts:?}", r + 1);
            }
        }
        let check = tablee(dir.path(), &["check", "cafe.ron"]);
        assert!(check.status.success(), "{}", text(&check.stdout));
        // The printed plan says how well it mixes.
        let o = tablee(dir.path(), &["plan", "cafe.ron", "--lang", "en"]);
        assert!(
            text(&o.stdout).contains("Mixing: nobody shares a table with the same person"),
            "{}",
            text(&o.stdout)
        );
        // Cards keep who else sits there private unless the session asks.
        assert!(!text(&o.stdout).contains(" · with "));

        // Organisations apart: the five people of the city never share a
        // table. Written by hand in the file (the people read from the
        // spreadsheet are in the journal: the flag joins them).
        let src = std::fs::read_to_string(&file).unwrap().replace(
            "    agenda: [",
            "    mixing: (\n        organisations_apart: true,\n    ),\n    agenda: [",
        );
        std::fs::write(&file, src).unwrap();
        let o = tablee(dir.path(), &["mix", "cafe.ron", "--iterations", "3000"]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        assert!(!text(&o.stdout).contains("Warning"), "{}", text(&o.stdout));
        let session = session_of(&file);
        let Rotation::People(rounds) = &session.rotation else {
            panic!()
        };
        let org = |w: &str| session.mixing.profiles.get(w)?.organisation.clone();
        for round in rounds {
            for who in round.values() {
                let orgs: Vec<String> = who.iter().filter_map(|w| org(w)).collect();
                let mut distinct = orgs.clone();
                distinct.sort();
                distinct.dedup();
                assert_eq!(distinct.len(), orgs.len(), "{who:?}");
            }
        }
        let src = std::fs::read_to_string(&file).unwrap().replace(
            "    mixing: (\n",
            "    mixing: (\n        cards_show_tablemates: true,\n",
        );
        std::fs::write(&file, src).unwrap();
        let o = tablee(dir.path(), &["plan", "cafe.ron", "--lang", "fr"]);
        let cards = text(&o.stdout);
        let round = &rounds[1];
        let (table, who) = round.iter().next().unwrap();
        let line = format!(
            "Tour 2 → table {} · {}",
            table,
            session
                .tables
                .iter()
                .find(|t| &t.key == table)
                .unwrap()
                .host
        );
        // Cards wrap: compare with the whitespace folded.
        let cards = cards.split_whitespace().collect::<Vec<_>>().join(" ");
        let topic_key = &session.table(table).unwrap().topic;
        let topic = &session
            .topics
            .iter()
            .find(|t| &t.key == topic_key)
            .unwrap()
            .title;
        let with = format!("{line} · {topic} · avec ");
        let at = cards
            .find(&with)
            .unwrap_or_else(|| panic!("{with:?} in {cards}"));
        let rest = &cards[at + with.len()..];
        let mates = &rest[..rest.find(" Tour ").unwrap_or(rest.len())];
        assert!(
            who.iter().filter(|w| mates.contains(w.as_str())).count() == who.len() - 1,
            "{mates} vs {who:?}"
        );
    }

    #[test]
    fn every_table_shares_a_language_with_interpreters_alongside() {
        let dir = tempfile::tempdir().unwrap();
        let src = std::fs::read_to_string(CLASSIC).unwrap();
        // Three people speak only Arabic, each with an interpreter kept
        // alongside; two speak only English; everyone else French.
        let mixing = r#"(
        together: [("Mehdi Amrani", "Rachida Bouzid"), ("Yasmine Saidi", "Ibrahim Koné"), ("Fatou Diallo", "Amadou Sow")],
        profiles: {
            "Mehdi Amrani": (languages: ["ar"]), "Rachida Bouzid": (languages: ["ar", "fr"]),
            "Yasmine Saidi": (languages: ["ar"]), "Ibrahim Koné": (languages: ["fr", "ar"]),
            "Fatou Diallo": (languages: ["ar"]), "Amadou Sow": (languages: ["ar", "fr"]),
            "William Robin": (languages: ["en"]), "Léa Girard": (languages: ["en", "fr"]),
            "Chloé Petit": (languages: ["fr", "en"]), "Kevin Bonnet": (languages: ["fr"]),
        },
        common_language: true,
    )"#;
        let file = dir.path().join("c.ron");
        std::fs::write(
            &file,
            src.replace(
                "    agenda: [",
                &format!("    mixing: {mixing},\n    agenda: ["),
            ),
        )
        .unwrap();
        let o = tablee(dir.path(), &["mix", "c.ron", "--iterations", "3000"]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        assert!(!text(&o.stdout).contains("Warning"), "{}", text(&o.stdout));
        let session = session_of(&file);
        let Rotation::People(rounds) = &session.rotation else {
            panic!()
        };
        let speaks = |who: &str, lang: &str| {
            session
                .mixing
                .profiles
                .get(who)
                .is_none_or(|p| p.languages.iter().any(|l| l == lang))
        };
        let interpreter = |who: &str| {
            session.mixing.together.iter().find_map(|(a, b)| {
                (a == who)
                    .then_some(b.as_str())
                    .or((b == who).then_some(a.as_str()))
            })
        };
        for (r, round) in rounds.iter().enumerate() {
            for (table, who) in round {
                let shared = ["fr", "en", "ar"].iter().any(|lang| {
                    who.iter()
                        .all(|w| speaks(w, lang) || interpreter(w).is_some_and(|i| speaks(i, lang)))
                });
                assert!(shared, "round {} table {table}: {who:?}", r + 1);
            }
        }
    }

    #[test]
    fn a_bad_spreadsheet_changes_nothing_and_names_its_lines() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("cafe.ron");
        std::fs::copy(CLASSIC, &file).unwrap();
        let before = std::fs::read(&file).unwrap();
        std::fs::write(
            dir.path().join("people.csv"),
            "nom,rôle,arrivée,table\nAna,élue,9,A\n,agent,,\nAna,agent,,Z\nBob,,2,\n",
        )
        .unwrap();
        let o = tablee(
            dir.path(),
            &[
                "mix",
                "cafe.ron",
                "--participants",
                "people.csv",
                "--lang",
                "fr",
            ],
        );
        assert!(!o.status.success());
        let err = text(&o.stderr);
        for expected in [
            "people.csv:2: arrivée «\u{a0}9\u{a0}» n'est pas un tour\u{a0}: écrivez un nombre de 1 à 4",
            "people.csv:3: pas de nom sur cette ligne",
            "people.csv:4: «\u{a0}Ana\u{a0}» figure déjà ligne 2",
            "Rien n'a été modifié",
        ] {
            assert!(err.contains(expected), "{expected:?} in {err}");
        }
        assert_eq!(std::fs::read(&file).unwrap(), before);
        // No name column at all.
        std::fs::write(dir.path().join("people.csv"), "who,role\nAna,x\n").unwrap();
        let o = tablee(
            dir.path(),
            &["mix", "cafe.ron", "--participants", "people.csv"],
        );
        assert!(
            text(&o.stderr).contains("people.csv:1: the header has no \"name\" column"),
            "{}",
            text(&o.stderr)
        );
        assert_eq!(std::fs::read(&file).unwrap(), before);
    }

    #[test]
    fn group_sessions_are_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("roubaix.ron");
        let src = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/roubaix-2024-world-cafe.ron"
        );
        std::fs::copy(src, &file).unwrap();
        let before = std::fs::read(&file).unwrap();
        let o = tablee(dir.path(), &["mix", "roubaix.ron"]);
        assert!(!o.status.success());
        // What to do, without editing the file by hand.
        let said = text(&o.stderr);
        assert!(
            said.contains("moves groups") && said.contains("'tablee setup'"),
            "{said}"
        );
        assert_eq!(std::fs::read(&file).unwrap(), before);
    }

    #[test]
    fn people_are_generated_when_no_names_are_given() {
        let dir = tempfile::tempdir().unwrap();
        let src = std::fs::read_to_string(CLASSIC).unwrap();
        let start = src.find("    participants: [").unwrap();
        let end = start + src[start..].find("],\n").unwrap() + 3;
        let file = dir.path().join("anon.ron");
        std::fs::write(&file, format!("{}{}", &src[..start], &src[end..])).unwrap();
        let o = tablee(dir.path(), &["mix", "anon.ron"]);
        assert!(!o.status.success());
        assert!(
            text(&o.stderr).contains("--people N"),
            "{}",
            text(&o.stderr)
        );
        let o = tablee(
            dir.path(),
            &["mix", "anon.ron", "--people", "16", "--lang", "fr"],
        );
        assert!(o.status.success(), "{}", text(&o.stderr));
        assert!(text(&o.stdout).contains("borne"), "{}", text(&o.stdout));
        let session = session_of(&file);
        assert_eq!(session.participants.len(), 16);
        assert_eq!(session.participants[15], "P16");
        // Their cards come in the order people read: P2 before P10.
        let o = tablee(dir.path(), &["plan", "anon.ron", "--lang", "en"]);
        let out = text(&o.stdout);
        let card = |who: &str| {
            out.find(&format!("\n{who}\n"))
                .unwrap_or_else(|| panic!("{who}"))
        };
        assert!(card("P1") < card("P2") && card("P2") < card("P10"), "{out}");
    }

    #[test]
    fn pairs_together_every_round_are_said_to_be_unavoidable_when_they_are() {
        // 36 people, 4 tables, 3 rounds: only 4 × 3 × 2 = 24 ways to see
        // three different topics, so some pairs share all three tables in
        // any plan, and the facilitator is told so rather than left to
        // think the tool did badly.
        let dir = tempfile::tempdir().unwrap();
        let new = [
            "new",
            "Quatre tables",
            "--template",
            "classic",
            "--topic",
            "a=A",
            "--topic",
            "b=B",
            "--topic",
            "c=C",
            "--topic",
            "d=D",
            "--rounds",
            "3",
            "--dir",
            ".",
        ];
        let o = tablee(dir.path(), &new);
        assert!(o.status.success(), "{}", text(&o.stderr));
        let folder = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.join("session.ron").exists())
            .unwrap();
        let folder = folder.to_str().unwrap();
        let mix = |lang| {
            let args = [
                "mix",
                folder,
                "--people",
                "36",
                "--iterations",
                "50",
                "--lang",
                lang,
            ];
            let o = tablee(dir.path(), &args);
            assert!(o.status.success(), "{}", text(&o.stderr));
            text(&o.stdout)
        };
        let en = mix("en");
        assert!(en.contains("max repeats 3"), "{en}");
        assert!(
            en.contains("some people share a table 3 times, which no plan can avoid"),
            "{en}"
        );
        let fr = mix("fr");
        assert!(fr.contains("ce qu'aucun plan ne peut éviter"), "{fr}");
        // Where it can be avoided, nothing of the kind is said.
        let o = tablee(
            dir.path(),
            &[
                "mix",
                folder,
                "--people",
                "20",
                "--iterations",
                "50",
                "--lang",
                "en",
            ],
        );
        assert!(!text(&o.stdout).contains("no plan can avoid"));
    }

    #[test]
    fn constraints_are_honoured_and_bad_names_located() {
        let dir = tempfile::tempdir().unwrap();
        let src = std::fs::read_to_string(CLASSIC).unwrap();
        let with = |mixing: &str| {
            src.replace(
                "    agenda: [",
                &format!("    mixing: {mixing},\n    agenda: ["),
            )
        };
        let file = dir.path().join("c.ron");
        std::fs::write(
            &file,
            with(
                r#"(apart: [("Ana Lopes", "Baptiste Moreau")], together: [("Zoé Clément", "Amadou Sow")], fixed: [(who: "Léa Girard", round: 2, table: "C")], absent: [(who: "Thi Tran", rounds: [1])])"#,
            ),
        )
        .unwrap();
        let o = tablee(dir.path(), &["mix", "c.ron"]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        let session = session_of(&file);
        let Rotation::People(rounds) = &session.rotation else {
            panic!()
        };
        let table_of = |r: usize, who: &str| {
            rounds[r]
                .iter()
                .find(|(_, names)| names.iter().any(|n| n == who))
                .map(|(k, _)| k.clone())
        };
        assert_eq!(table_of(0, "Thi Tran"), None);
        assert!(table_of(1, "Thi Tran").is_some());
        assert_eq!(table_of(1, "Léa Girard").as_deref(), Some("C"));
        for r in 0..4 {
            assert_ne!(table_of(r, "Ana Lopes"), table_of(r, "Baptiste Moreau"));
            assert_eq!(table_of(r, "Zoé Clément"), table_of(r, "Amadou Sow"));
        }
        assert!(tablee(dir.path(), &["check", "c.ron"]).status.success());

        // A misspelt name: refused with its line and column, file untouched.
        std::fs::write(
            &file,
            with(r#"(apart: [("Ana Lopes", "Baptiste Moreaux")])"#),
        )
        .unwrap();
        let before = std::fs::read(&file).unwrap();
        let o = tablee(dir.path(), &["mix", "c.ron"]);
        assert!(!o.status.success());
        let err = text(&o.stderr);
        assert!(
            err.contains("c.ron:37:36:")
                && err.contains("\"Baptiste Moreaux\" is not in participants"),
            "{err}"
        );
        assert_eq!(std::fs::read(&file).unwrap(), before);
    }

    #[test]
    fn cards_say_which_workshop_and_sort_by_family_name() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("cafe.ron");
        std::fs::copy(CLASSIC, &file).unwrap();
        let o = tablee(
            dir.path(),
            &["mix", "cafe.ron", "--seed", "3", "--iterations", "20000"],
        );
        assert!(o.status.success(), "{}", text(&o.stderr));
        let names = |args: &[&str]| -> Vec<String> {
            let o = tablee(dir.path(), args);
            assert!(o.status.success(), "{}", text(&o.stderr));
            let out = text(&o.stdout);
            let lines: Vec<&str> = out.lines().collect();
            let mut names = Vec::new();
            for (i, l) in lines.iter().enumerate() {
                if l.starts_with('✂') && i + 2 < lines.len() {
                    // Every card names its workshop, date and place.
                    assert_eq!(
                        lines[i + 1],
                        "World Café — Numérique en commun(s) · 2022-09-29 · Lens"
                    );
                    names.push(lines[i + 2].to_string());
                }
            }
            names
        };
        let by_family = names(&["plan", "cafe.ron"]);
        assert_eq!(by_family.len(), 30);
        let family = |n: &String| tablee::core::text::fold(n.split_whitespace().last().unwrap());
        assert!(
            by_family.windows(2).all(|w| family(&w[0]) <= family(&w[1])),
            "{by_family:?}"
        );
        let by_given = names(&["plan", "cafe.ron", "--sort", "given"]);
        let given = |n: &String| tablee::core::text::fold(n.split_whitespace().next().unwrap());
        assert!(
            by_given.windows(2).all(|w| given(&w[0]) <= given(&w[1])),
            "{by_given:?}"
        );
        // The printed page: the same line on each card, and a header over
        // the count column.
        let o = tablee(
            dir.path(),
            &["plan", "cafe.ron", "--format", "html", "-o", "-"],
        );
        let html = text(&o.stdout);
        assert_eq!(
            html.matches(
                "<p class=\"event\">World Café — Numérique en commun(s) · 2022-09-29 · Lens</p>"
            )
            .count(),
            30
        );
        assert!(
            html.contains("<th>How many</th>") || html.contains("<th>Nombre</th>"),
            "{html}"
        );
    }
}
