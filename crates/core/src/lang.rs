//! The languages tablee speaks, as a plain value of the core: a session
//! records its language, and everything above the core (the words in the
//! application's `i18n`) renders in it. Nothing here is a sentence.

use serde::{Deserialize, Serialize};

/// A language tablee speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    #[default]
    En,
}

impl Lang {
    /// All languages, for tests and help listings.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// Parses `fr`, `en`, `fr_FR.UTF-8`, `en-GB`, `French`… (case-insensitive).
    pub fn parse(s: &str) -> Option<Lang> {
        let lower = s.trim().to_ascii_lowercase();
        if lower.starts_with("fr") {
            Some(Lang::Fr)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language from any source of environment variables: `LC_ALL`,
    /// then `LC_MESSAGES`, then `LANG` (the POSIX order); English when
    /// none names French or English. The caller reads the environment.
    pub fn from_env_values(get: impl Fn(&str) -> Option<String>) -> Lang {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = get(key).filter(|v| !v.is_empty()) {
                // The first variable that is set decides, as in POSIX.
                return Lang::parse(&v).unwrap_or(Lang::En);
            }
        }
        Lang::En
    }

    /// The language the locale names, if it names French or English (not
    /// for `C`, `POSIX` or another language).
    pub fn from_env_values_known(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|key| get(key).filter(|v| !v.is_empty()))
            .and_then(|v| Lang::parse(&v))
    }

    /// The ISO 639-1 code: `fr`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}
