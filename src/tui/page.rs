//! The tables' page started from the facilitator's screen: the same
//! server as `tablee serve` ([`crate::serve::Server`]), in this tablee,
//! with a journal writer of its own (another writer of this laptop), on
//! the default port or the next free one. It stops with the screen.

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::i18n::serve::words;
use crate::serve::{Options, Server, StartError, http::Limits};
use crate::store::device::Device;
use crate::store::keys::Keys;
use crate::store::workspace::Workspace;

use super::msg::{PageAsk, PageShown, PageTable};
use super::runtime::PageServer;

/// Ports tried after the default one when it is taken.
const PORTS_TRIED: u16 = 10;

/// The page of the session at `session`, written as `device`.
pub struct LivePage {
    pub session: PathBuf,
    pub device: Device,
    server: Option<Server>,
}

impl LivePage {
    pub fn new(session: PathBuf, device: Device) -> LivePage {
        LivePage {
            session,
            device,
            server: None,
        }
    }

    fn shown(&self) -> PageShown {
        let Some(server) = &self.server else {
            return PageShown::default();
        };
        let (first, others) = server
            .shown
            .split_first()
            .expect("a server listens somewhere");
        PageShown {
            serving: true,
            tables: server
                .tables()
                .into_iter()
                .map(|(table, topic, key)| PageTable {
                    table,
                    topic,
                    url: crate::serve::url(*first, &key),
                    others: others.iter().map(|a| crate::serve::url(*a, &key)).collect(),
                })
                .collect(),
            no_lan: server.no_lan,
            problem: None,
        }
    }

    fn start(&mut self, lang: Lang) -> Result<(), String> {
        use crate::i18n::prelude::*;
        let mut port = crate::serve::PORT;
        loop {
            // Opened afresh for each try: the server keeps what it is given.
            let (ws, _) = Workspace::open(&self.session)
                .map_err(|d| d.first().map(|d| d.line(lang)).unwrap_or_default())?;
            let writer = ws.writer(&self.device).map_err(|e| e.message(lang))?;
            let options = Options {
                bind: Vec::new(),
                port,
                limits: Limits::default(),
                signals: false,
            };
            match Server::start(ws, writer, options, lang) {
                Ok(s) => {
                    self.server = Some(s);
                    return Ok(());
                }
                Err(StartError::Bind { source, .. })
                    if source.kind() == std::io::ErrorKind::AddrInUse
                        && port < crate::serve::PORT + PORTS_TRIED =>
                {
                    port += 1;
                }
                Err(e) => return Err(e.message(lang)),
            }
        }
    }
}

impl PageServer for LivePage {
    fn ask(&mut self, ask: PageAsk, lang: Lang) -> PageShown {
        let problem = match ask {
            PageAsk::Start if self.server.is_none() => self.start(lang).err(),
            PageAsk::Start => None,
            PageAsk::Stop => {
                if let Some(s) = self.server.take() {
                    s.stop();
                }
                None
            }
            PageAsk::RenewKeys => {
                let renewed = Workspace::open(&self.session)
                    .map_err(|_| words(lang).no_page.to_string())
                    .and_then(|(ws, _)| {
                        Keys::renew(&ws.dir, &ws.file.session.table_keys())
                            .map_err(|e| crate::i18n::serve::keys_problem(&e, lang))
                    });
                match renewed {
                    Ok(keys) => {
                        if let Some(s) = &self.server {
                            s.hub.set_keys(keys);
                        }
                        None
                    }
                    Err(why) => Some(why),
                }
            }
        };
        PageShown {
            problem,
            ..self.shown()
        }
    }
}

impl Drop for LivePage {
    fn drop(&mut self) {
        if let Some(s) = self.server.take() {
            s.stop();
        }
    }
}
