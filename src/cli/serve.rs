//! `tablee serve SESSION`: the tables' page for the room's phones, in the
//! foreground until Ctrl-C; `--print` writes the sheets to put on the
//! tables instead.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use super::{Failure, Out};
use crate::i18n::prelude::*;
use crate::i18n::serve::words;
use crate::serve::{Options, PORT, Server, StartError, http::Limits, qr};
use crate::store::device::Device;
use crate::store::keys::{Keys, KeysError};
use crate::store::session_file;
use crate::store::workspace::Workspace;

/// `tablee serve SESSION`
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// Listen on this address (repeatable); default: this laptop's local-network addresses and 127.0.0.1
    #[arg(long = "bind", value_name = "ADDR")]
    pub bind: Vec<IpAddr>,
    /// The port (0: any free one)
    #[arg(long, default_value_t = PORT)]
    pub port: u16,
    /// Write the sheets to put on the tables (an A4 page each: QR code, address, key) instead of serving
    #[arg(long)]
    pub print: bool,
    /// Where --print writes (default: standard output)
    #[arg(short = 'o', long, value_name = "FILE", requires = "print")]
    pub output: Option<PathBuf>,
    /// New keys for every table first: the old sheets and links stop working
    #[arg(long)]
    pub renew_keys: bool,
}

pub fn run(out: &Out, args: &ServeArgs, device: Option<&str>) -> super::Done {
    let lang = out.lang;
    let w = words(lang);
    let path = session_file::resolve(&args.at.session, &args.at.data.dir);
    let (ws, _warnings) =
        Workspace::open(&path).map_err(|diags| Failure::diagnostics(&diags, lang))?;
    let tables = ws.file.session.table_keys();
    if args.renew_keys {
        Keys::renew(&ws.dir, &tables).map_err(|e| keys_failure(&e, lang))?;
    }
    if args.print {
        return print(out, &ws, args, &tables);
    }
    let device = Device::resolve(device)
        .map_err(|e| Failure::line(crate::i18n::store::io_message(&e, lang)))?;
    let writer = super::open_writer(out, &ws, &device)?;
    let title = ws.file.session.title.clone();
    let options = Options {
        bind: args.bind.clone(),
        port: args.port,
        limits: Limits::default(),
        signals: true,
    };
    // A browser asking for neither French nor English gets the workshop's.
    let page_lang = ws.file.session.lang;
    let server =
        Server::start(ws, writer, options, page_lang).map_err(|e| start_failure(&e, lang))?;
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout())
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut text = format!("{} — {title}\n\n", w.serving);
    let (first, others) = server.shown.split_first().expect("at least one address");
    for (table, topic, key) in server.tables() {
        let url = crate::serve::url(*first, &key);
        text.push_str(&format!("{} {table} · {topic}\n{url}\n", w.table));
        for o in others {
            text.push_str(&format!("  {}\n", crate::serve::url(*o, &key)));
        }
        text.push_str(&qr::terminal(&url, ansi));
        text.push('\n');
    }
    if server.no_lan {
        text.push_str(&format!("{}\n", w.no_lan));
    }
    for ip in &server.public {
        text.push_str(&format!("{ip}: {}\n", w.public_bind));
    }
    text.push_str(&format!("{}\n", w.stop_hint));
    out.print(&lang.typeset(text));
    let flushed = server.wait();
    if flushed {
        out.print(&format!("{}\n", w.stopped));
        Ok(())
    } else {
        Err(Failure::line(
            crate::i18n::cli::Said::Lost { n: 1 }.text(lang),
        ))
    }
}

/// The sheets for the tables, with the address the page would have now.
fn print(out: &Out, ws: &Workspace, args: &ServeArgs, tables: &[String]) -> super::Done {
    let lang = out.lang;
    let keys = Keys::for_tables(&ws.dir, tables).map_err(|e| keys_failure(&e, lang))?;
    let ip = args
        .bind
        .first()
        .copied()
        .or_else(|| crate::serve::local_addresses().first().copied())
        .unwrap_or(IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
    let port = if args.port == 0 { PORT } else { args.port };
    let addr = SocketAddr::new(ip, port);
    let session = &ws.file.session;
    let urls: Vec<(String, String, String, String)> = session
        .tables
        .iter()
        .filter_map(|t| {
            let key = keys.tables.get(&t.key)?;
            let topic = session
                .topic(&t.topic)
                .map(|x| x.title.clone())
                .unwrap_or_default();
            Some((
                t.key.clone(),
                topic,
                crate::serve::url(addr, key),
                key.clone(),
            ))
        })
        .collect();
    let w = words(lang);
    let sheets: Vec<crate::serve::page::Sheet> = urls
        .iter()
        .map(|(table, topic, url, key)| crate::serve::page::Sheet {
            table,
            topic,
            url,
            key,
            qr: qr::svg(url, &format!("{} {table}: {url}", w.table)),
        })
        .collect();
    let html = crate::serve::page::sheets(&session.title, lang, &sheets).into_string();
    match &args.output {
        None => out.print(&html),
        Some(file) => {
            crate::store::atomic::replace(file, html.as_bytes()).map_err(|e| {
                Failure::line(format!(
                    "tablee serve: {}: {}",
                    file.display(),
                    crate::i18n::store::io_message(&e, lang)
                ))
            })?;
            out.eprint(&format!(
                "{}{}{}\n",
                w.sheets_written,
                lang.colon(),
                file.display()
            ));
        }
    }
    if !args.bind.iter().any(|ip| !ip.is_loopback()) && crate::serve::local_addresses().is_empty() {
        out.eprint(&format!("{}\n", lang.typeset(w.no_lan.to_string())));
    }
    Ok(())
}

fn keys_failure(e: &KeysError, lang: Lang) -> Failure {
    Failure::line(crate::i18n::serve::keys_problem(e, lang))
}

fn start_failure(e: &StartError, lang: Lang) -> Failure {
    Failure::line(e.message(lang))
}
