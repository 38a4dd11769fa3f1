//! What the merge of the room's clock says when it set an action aside:
//! one sentence per overridden action, for the screens' banner, `status`
//! and `check`. One exhaustive `match` per language.

use uuid::Uuid;

use super::{Lang, Words};
use crate::core::clock::{ClockOp, Overridden};

/// Who pressed a key: this screen's device, or another (its short id).
pub(crate) fn who(device: Uuid, me: Option<Uuid>, lang: Lang) -> String {
    let short = &device.simple().to_string()[..4];
    match (me == Some(device), lang) {
        (true, Lang::Fr) => "cet écran".to_string(),
        (true, Lang::En) => "this screen".to_string(),
        (false, Lang::Fr) => format!("l'écran {short}"),
        (false, Lang::En) => format!("screen {short}"),
    }
}

/// « L'écran 3f2a est revenu à « Tour 1 » pendant que cet écran passait à
/// « Tour 3 » : la salle reste à « Tour 3 » ». `titles` are the agenda's
/// phase titles; `me` this screen's device (none for a command).
pub fn overridden(o: &Overridden, titles: &[String], me: Option<Uuid>, lang: Lang) -> String {
    let title = |i: usize| {
        let t = titles.get(i).map_or("?", String::as_str);
        lang.quote(t)
    };
    let lost = who(o.device, me, lang);
    let kept = who(o.kept_device, me, lang);
    let (here, went, room) = (title(o.phase), title(o.kept_to), title(o.room));
    let forward = o.kept_to > o.phase;
    let did = match (o.op, lang) {
        (ClockOp::Back, Lang::Fr) => format!("est revenu à {}", title(o.phase.saturating_sub(1))),
        (ClockOp::Back, Lang::En) => format!("went back to {}", title(o.phase.saturating_sub(1))),
        (ClockOp::Next, Lang::Fr) => format!("est passé à {}", title(o.phase + 1)),
        (ClockOp::Next, Lang::En) => format!("moved on to {}", title(o.phase + 1)),
        (ClockOp::Start, Lang::Fr) => format!("a lancé {here}"),
        (ClockOp::Start, Lang::En) => format!("started {here}"),
        (ClockOp::Pause, Lang::Fr) => format!("a mis en pause {here}"),
        (ClockOp::Pause, Lang::En) => format!("paused {here}"),
        (ClockOp::Minutes(m), Lang::Fr) if m >= 0 => format!("a ajouté {m} min à {here}"),
        (ClockOp::Minutes(m), Lang::En) if m >= 0 => format!("added {m} min to {here}"),
        (ClockOp::Minutes(m), Lang::Fr) => format!("a retiré {} min à {here}", -m),
        (ClockOp::Minutes(m), Lang::En) => format!("took {} min off {here}", -m),
        (ClockOp::Mute(_), Lang::Fr) => "a coupé le son".to_string(),
        (ClockOp::Mute(_), Lang::En) => "muted the sound".to_string(),
    };
    let text = match (forward, lang) {
        (true, Lang::Fr) => {
            format!("{lost} {did} pendant que {kept} passait à {went} : la salle reste à {room}")
        }
        (false, Lang::Fr) => {
            format!("{lost} {did} pendant que {kept} revenait à {went} : la salle reste à {room}")
        }
        (true, Lang::En) => {
            format!("{lost} {did} while {kept} moved on to {went}: the room stays in {room}")
        }
        (false, Lang::En) => {
            format!("{lost} {did} while {kept} went back to {went}: the room stays in {room}")
        }
    };
    lang.typeset(crate::core::text::capitalised(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_back_set_aside_is_said_with_both_screens_and_the_phases() {
        let me = Uuid::from_u128(0xA);
        let o = Overridden {
            op: ClockOp::Back,
            device: Uuid::from_u128(0x3f2a_0000_0000_0000_0000_0000_0000_0000),
            phase: 1,
            at: jiff::Timestamp::UNIX_EPOCH,
            kept_device: me,
            kept_to: 2,
            room: 2,
        };
        let titles: Vec<String> = ["Accueil", "Tour 1", "Tour 2"].map(String::from).to_vec();
        assert_eq!(
            overridden(&o, &titles, Some(me), Lang::Fr),
            "L'écran 3f2a est revenu à «\u{a0}Accueil\u{a0}» pendant que cet écran passait à «\u{a0}Tour 2\u{a0}»\u{a0}: la salle reste à «\u{a0}Tour 2\u{a0}»"
        );
        assert_eq!(
            overridden(&o, &titles, None, Lang::En),
            "Screen 3f2a went back to “Accueil” while screen 0000 moved on to “Tour 2”: the room stays in “Tour 2”"
        );
    }
}
