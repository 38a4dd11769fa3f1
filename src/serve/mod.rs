//! `tablee serve`: the tables' page, served by the facilitator's laptop to
//! the room's phones over the local network, with nothing installed on
//! them and nothing leaving the room.
//!
//! A third front end on the same core and store as the screens: the page's
//! post-its and dots are the core's operations ([`crate::core::ops`]),
//! written by this server's own journal writer through the store worker
//! (the screens' one path to the disk), and the room is followed through
//! the store's watcher. A phone hears « ✓ enregistré » only once its
//! post-it is on disk.

pub mod http;
pub mod hub;
pub mod page;
pub mod qr;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use hub::Hub;

use crate::i18n::Lang;
use crate::store::device::WriterLock;
use crate::store::journal::Writer;
use crate::store::keys::Keys;
use crate::store::workspace::Workspace;

/// Where the page listens.
#[derive(Debug, Clone)]
pub struct Options {
    /// Addresses to listen on; empty: this laptop's local-network ones.
    pub bind: Vec<IpAddr>,
    /// 0: any free port (the tests).
    pub port: u16,
    pub limits: http::Limits,
    /// Stop on Ctrl-C or SIGTERM (the command line; a screen stops it).
    pub signals: bool,
}

/// Why the page could not start.
#[derive(Debug)]
pub enum StartError {
    /// An address could not be listened on (taken, not this laptop's).
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    Keys(crate::store::keys::KeysError),
    Runtime(std::io::Error),
}

/// Default port of the page.
pub const PORT: u16 = 8080;

impl StartError {
    /// Why the page could not start, and the fix.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::serve::Said;
        match self {
            StartError::Bind { addr, source } => {
                let fix = if source.kind() == std::io::ErrorKind::AddrInUse {
                    Said::PortTaken(addr.port()).text(lang)
                } else {
                    Said::NoSuchAddress.text(lang)
                };
                format!(
                    "tablee serve: {addr}: {}; {fix}",
                    crate::i18n::store::io_message(source, lang)
                )
            }
            StartError::Keys(k) => crate::i18n::serve::keys_problem(k, lang),
            StartError::Runtime(source) => format!(
                "tablee serve: {}",
                crate::i18n::store::io_message(source, lang)
            ),
        }
    }
}

/// The page, running on its own thread.
pub struct Server {
    pub hub: Arc<Hub>,
    /// What it listens on.
    pub addrs: Vec<SocketAddr>,
    /// The addresses for the phones (loopback aside unless alone).
    pub shown: Vec<SocketAddr>,
    /// No local network was found: only this laptop can open the page.
    pub no_lan: bool,
    /// A `--bind` address that is not a local network's.
    pub public: Vec<IpAddr>,
    stop: tokio::sync::watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
    _watching: crate::store::watch::Watching,
    _lock: WriterLock,
}

/// Whether `ip` belongs to a local network (or this laptop): private
/// IPv4 ranges, link-local, IPv6 unique-local, loopback.
pub fn is_local(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_private() || v4.is_loopback() || v4.is_link_local(),
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
        }
    }
}

/// This laptop's local-network addresses (IPv4 first; link-local IPv6,
/// which needs a zone in a URL, left out), and whether any was found.
pub fn local_addresses() -> Vec<IpAddr> {
    let mut found: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback() && i.is_oper_up())
        .map(|i| i.ip())
        .filter(|ip| match ip {
            IpAddr::V4(v4) => v4.is_private() || v4.is_link_local(),
            IpAddr::V6(v6) => (v6.segments()[0] & 0xfe00) == 0xfc00,
        })
        .collect();
    found.sort_by_key(|ip| (ip.is_ipv6(), *ip));
    found.dedup();
    found
}

/// The address of a table's page.
pub fn url(addr: SocketAddr, key: &str) -> String {
    match addr {
        SocketAddr::V4(a) => format!("http://{}:{}/t/{key}", a.ip(), a.port()),
        SocketAddr::V6(a) => format!("http://[{}]:{}/t/{key}", a.ip(), a.port()),
    }
}

impl Server {
    /// Starts the page for `ws`, writing with `writer` (whose lock is held
    /// while it serves); `lang` for a browser that asks for neither French
    /// nor English.
    pub fn start(
        ws: Workspace,
        (writer, lock): (Writer, WriterLock),
        options: Options,
        lang: Lang,
    ) -> Result<Server, StartError> {
        let tables = ws.file.session.table_keys();
        let keys = Keys::for_tables(&ws.dir, &tables).map_err(StartError::Keys)?;

        // The addresses: those asked for, else the local network's and
        // this laptop's own (the facilitator's browser).
        let (ips, no_lan) = if options.bind.is_empty() {
            let lan = local_addresses();
            let none = lan.is_empty();
            let mut ips = lan;
            ips.push(IpAddr::V4(Ipv4Addr::LOCALHOST));
            (ips, none)
        } else {
            (options.bind.clone(), false)
        };
        let public: Vec<IpAddr> = ips
            .iter()
            .copied()
            .filter(|ip| !is_local(*ip) && !ip.is_unspecified())
            .collect();
        let mut listeners = Vec::new();
        let mut port = options.port;
        for ip in &ips {
            let addr = SocketAddr::new(*ip, port);
            let l = std::net::TcpListener::bind(addr)
                .and_then(|l| l.set_nonblocking(true).map(|()| l))
                .map_err(|source| StartError::Bind { addr, source })?;
            // Port 0: the first listener's port for every address.
            port = l.local_addr().map(|a| a.port()).unwrap_or(port);
            listeners.push(l);
        }
        let addrs: Vec<SocketAddr> = listeners
            .iter()
            .filter_map(|l| l.local_addr().ok())
            .collect();
        let shown: Vec<SocketAddr> = {
            let out: Vec<SocketAddr> = addrs
                .iter()
                .copied()
                .filter(|a| !a.ip().is_loopback())
                .collect();
            if out.is_empty() { addrs.clone() } else { out }
        };

        let (base_clock, _problem) =
            crate::store::clock_file::load(&ws.dir, ws.file.session.agenda.len());
        let hub = Hub::new(
            (ws.base.clone(), ws.file.session.clone()),
            base_clock,
            ws.loaded.events.clone(),
            writer.stamper(),
            keys,
            ws.dir.clone(),
        );
        let me = (writer.device(), writer.instance().to_string());
        let replies = hub.clone();
        let worker = crate::store::worker::Worker::spawn(writer, move |r| replies.reply(r));
        hub.attach(Box::new(worker));
        let seen = hub.clone();
        let watching = crate::store::watch::spawn(
            ws.dir.clone(),
            ws.file.path.clone(),
            me,
            ws.replicas.clone(),
            move |s| {
                use crate::store::watch::Seen;
                match s {
                    Seen::Events(events) => seen.synced(events),
                    Seen::Session(base) => seen.session_changed(*base),
                    // Said by the screens and `check`; the page goes on.
                    Seen::SessionUnreadable(_)
                    | Seen::SharedDevice
                    | Seen::OwnJournal(_)
                    | Seen::Register(_)
                    | Seen::RegisterUnreadable(_) => {}
                }
                true
            },
        );
        // Notify alone, as the facilitator's clock screen: no periodic
        // rescan, so an idle room costs the laptop no wake-up (measured in
        // BENCHMARKS.md, "The tables' page"). The folder is this laptop's
        // own disk when the room runs from one laptop; on a network share
        // whose remote writes notify misses, another laptop's post-its
        // reach the page with the next change seen here.
        watching.set_boards_shown(false);

        let (stop, stopped) = tokio::sync::watch::channel(false);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(StartError::Runtime)?;
        let app = http::App::new(hub.clone(), options.limits, lang);
        let router = http::router(app);
        let closing = hub.clone();
        let signals = options.signals;
        let stop_tx = stop.clone();
        let thread = std::thread::Builder::new()
            .name("tablee-serve".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let mut tasks = Vec::new();
                    for l in listeners {
                        let Ok(l) = tokio::net::TcpListener::from_std(l) else {
                            continue;
                        };
                        tasks.push(tokio::spawn(http::serve(
                            l,
                            router.clone(),
                            options.limits,
                            stopped.clone(),
                        )));
                    }
                    let mut stopped = stopped;
                    if signals {
                        tokio::select! {
                            _ = stopped.wait_for(|s| *s) => {}
                            _ = signal() => {}
                        }
                    } else {
                        let _ = stopped.wait_for(|s| *s).await;
                    }
                    // The live connections end, then the listeners stop.
                    closing.close();
                    let _ = stop_tx.send(true);
                    for t in tasks {
                        let _ = t.await;
                    }
                });
            })
            .map_err(StartError::Runtime)?;
        Ok(Server {
            hub,
            addrs,
            shown,
            no_lan,
            public,
            stop,
            thread: Some(thread),
            _watching: watching,
            _lock: lock,
        })
    }

    /// Each table (key, topic's title) with its access key.
    pub fn tables(&self) -> Vec<(String, String, String)> {
        let room = self.hub.lock();
        room.session
            .tables
            .iter()
            .filter_map(|t| {
                let key = room.keys.tables.get(&t.key)?.clone();
                let topic = room
                    .session
                    .topic(&t.topic)
                    .map(|x| x.title.clone())
                    .unwrap_or_default();
                Some((t.key.clone(), topic, key))
            })
            .collect()
    }

    /// Stops the page: no new post-it is taken, the live connections end,
    /// and every post-it already taken reaches the disk. True when all did.
    pub fn stop(mut self) -> bool {
        let _ = self.stop.send(true);
        self.wait_inner()
    }

    /// Serves until Ctrl-C or SIGTERM (with [`Options::signals`]), then
    /// stops as [`Server::stop`] does.
    pub fn wait(mut self) -> bool {
        self.wait_inner()
    }

    fn wait_inner(&mut self) -> bool {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        self.hub.close();
        self.hub.flush(std::time::Duration::from_secs(10))
    }
}

/// Ctrl-C, or SIGTERM where there is one.
async fn signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
