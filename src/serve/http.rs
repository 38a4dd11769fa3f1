//! The page's HTTP side: axum's router for the routes, hyper (through
//! hyper-util) for the connections, so that a client that never finishes
//! its headers is cut after [`HEADERS_WITHIN`] (axum's own `serve` sets no
//! timer) and the open connections are counted and capped.
//!
//! Routes, all under a table's access key (anything else is a 403 that
//! says nothing about the session):
//! - `GET /t/{key}`: the table's page;
//! - `POST /t/{key}/note`: a post-it (form: id, column, text);
//! - `POST /t/{key}/vote`: a dot given or taken back (form: note, delta);
//! - `GET /t/{key}/live`: server-sent events, the board and the clock
//!   again on every change of the room (nothing while nothing changes);
//! - `GET /s/table.css`, `/s/table.js`: the page's style and script.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use futures_util::stream;
use serde::Deserialize;
use uuid::Uuid;

use super::hub::{Hub, Refused, Saved};
use super::page::{self, TableView};
use crate::core::model::Column;
use crate::i18n::Lang;
use crate::i18n::prelude::*;
use crate::i18n::serve::words;

/// Limits of the page, for a room and against a neighbour on its network.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest request body (a post-it is at most 1,000 characters).
    pub body_bytes: usize,
    /// Open connections, all clients together.
    pub connections: usize,
    /// Open connections from one address (a phone has a handful).
    pub connections_per_address: usize,
    /// Requests per second from one address, sustained, and the burst.
    pub per_second: f64,
    pub burst: f64,
    /// A request's whole time (the live connection aside).
    pub request_within: Duration,
    /// How long a post-it may wait for the disk before the phone is told
    /// to send it again.
    pub disk_within: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            body_bytes: 16 * 1024,
            connections: 1024,
            connections_per_address: 512,
            per_second: 50.0,
            burst: 400.0,
            request_within: Duration::from_secs(15),
            disk_within: Duration::from_secs(20),
        }
    }
}

/// A client that has not sent its headers within this is cut.
pub const HEADERS_WITHIN: Duration = Duration::from_secs(10);
/// A comment on each live connection this often: a phone whose Wi-Fi
/// left is found out (its connection then closes). Rare, so that an idle
/// room does not wake the laptop (BENCHMARKS.md, "The tables' page").
const KEEP_ALIVE: Duration = Duration::from_secs(300);

const CSS: &str = include_str!("assets/table.css");
const JS: &str = include_str!("assets/table.js");

/// What every request sees.
#[derive(Clone)]
pub struct App {
    pub hub: Arc<Hub>,
    pub limits: Limits,
    rates: Arc<Mutex<HashMap<IpAddr, Bucket>>>,
    /// Live connections open on this server (against `limits.connections`).
    live: Arc<AtomicUsize>,
    /// The session's language: a browser that asks for neither French nor
    /// English gets it.
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl App {
    pub fn new(hub: Arc<Hub>, limits: Limits, lang: Lang) -> App {
        App {
            hub,
            limits,
            rates: Arc::new(Mutex::new(HashMap::new())),
            live: Arc::new(AtomicUsize::new(0)),
            lang,
        }
    }

    /// One request from `ip`: false when it is over its rate.
    fn allow(&self, ip: IpAddr) -> bool {
        let mut rates = self.rates.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if rates.len() > 10_000 {
            // Forget the quiet ones (a network scan leaves many).
            rates.retain(|_, b| now.duration_since(b.at) < Duration::from_secs(60));
        }
        let b = rates.entry(ip).or_insert(Bucket {
            tokens: self.limits.burst,
            at: now,
        });
        let refill = now.duration_since(b.at).as_secs_f64() * self.limits.per_second;
        b.tokens = (b.tokens + refill).min(self.limits.burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// The table an access key opens (a table still in the session).
    fn table_of(&self, key: &str) -> Option<String> {
        let room = self.hub.lock();
        let table = room.keys.table_of(key)?;
        room.session.table(table).map(|t| t.key.clone())
    }
}

/// The router, with the page's headers and limits.
pub fn router(app: App) -> Router {
    Router::new()
        .route("/t/{key}", get(page_route))
        .route("/t/{key}/note", post(note_route))
        .route("/t/{key}/vote", post(vote_route))
        .route("/t/{key}/share", post(share_route))
        .route("/t/{key}/live", get(live_route))
        .route("/s/table.css", get(css_route))
        .route("/s/table.js", get(js_route))
        .fallback(forbidden_route)
        .layer(DefaultBodyLimit::max(app.limits.body_bytes))
        .layer(middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app)
}

/// Every response: the rate per address, the time limit, and headers that
/// keep the page to itself (no outside source, no referrer carrying the
/// key, no caching of a table's page).
async fn guard(State(app): State<App>, req: Request, next: Next) -> Response {
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let lang = lang_of(req.headers(), app.lang);
    if let Some(ip) = ip
        && !app.allow(ip)
    {
        let mut r = (StatusCode::TOO_MANY_REQUESTS, words(lang).slow_down).into_response();
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        return secure(r);
    }
    let live = req.uri().path().ends_with("/live");
    let response = if live {
        next.run(req).await
    } else {
        match tokio::time::timeout(app.limits.request_within, next.run(req)).await {
            Ok(r) => r,
            Err(_) => StatusCode::REQUEST_TIMEOUT.into_response(),
        }
    };
    secure(response)
}

fn secure(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    r
}

/// French or English, from the browser's `Accept-Language` (the highest
/// weight among the two), else `fallback`.
pub fn lang_of(headers: &HeaderMap, fallback: Lang) -> Lang {
    let Some(v) = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
    else {
        return fallback;
    };
    let mut best: Option<(f32, Lang)> = None;
    for part in v.split(',') {
        let mut bits = part.trim().split(';');
        let tag = bits.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = bits
            .find_map(|b| {
                b.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
            })
            .unwrap_or(1.0);
        let lang = match tag.split('-').next() {
            Some("fr") => Lang::Fr,
            Some("en") => Lang::En,
            _ => continue,
        };
        if best.is_none_or(|(b, _)| q > b) {
            best = Some((q, lang));
        }
    }
    best.map_or(fallback, |(_, l)| l)
}

fn html(markup: maud::Markup) -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        markup.into_string(),
    )
        .into_response()
}

async fn forbidden_route(State(app): State<App>, headers: HeaderMap) -> Response {
    forbidden(&app, &headers)
}

fn forbidden(app: &App, headers: &HeaderMap) -> Response {
    let lang = lang_of(headers, app.lang);
    (StatusCode::FORBIDDEN, html(page::forbidden(lang))).into_response()
}

#[derive(Debug, Deserialize)]
struct PageQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn page_route(
    State(app): State<App>,
    Path(key): Path<String>,
    Query(q): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let Some(table) = app.table_of(&key) else {
        return forbidden(&app, &headers);
    };
    let lang = lang_of(&headers, app.lang);
    let room = app.hub.lock();
    let view = TableView {
        room: &room,
        table: &table,
        key: &key,
        lang,
        now: jiff::Timestamp::now(),
        phone: None,
    };
    html(view.page(Uuid::new_v4(), q.saved.is_some()))
}

#[derive(Debug, Deserialize)]
struct NoteForm {
    id: String,
    #[serde(default)]
    column: Option<String>,
    text: String,
    /// The phone's id (the page's script sends it): in time alone, the
    /// post-it stays private to it until shared.
    #[serde(default)]
    phone: Option<String>,
}

/// A phone's id, if well formed.
fn phone_of(raw: Option<&str>) -> Option<Uuid> {
    raw.and_then(|p| Uuid::parse_str(p.trim()).ok())
}

/// A form body, refused (400) unless every field is UTF-8 once decoded:
/// a browser never sends anything else, and a text is never patched up
/// with replacement signs.
fn form_of<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Response> {
    let bad = || (StatusCode::BAD_REQUEST, "form").into_response();
    let plus: Vec<u8> = body
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    if percent_encoding::percent_decode(&plus)
        .decode_utf8()
        .is_err()
    {
        return Err(bad());
    }
    serde_urlencoded::from_bytes(body).map_err(|_| bad())
}

/// A form posted to a table's address: the table, the form and the
/// language to answer in; or the answer already (403 without a table's
/// key, 400 for a form that does not read).
fn posted<T: serde::de::DeserializeOwned>(
    app: &App,
    key: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(String, T, Lang), Response> {
    let Some(table) = app.table_of(key) else {
        return Err(forbidden(app, headers));
    };
    let form = form_of(body)?;
    Ok((table, form, lang_of(headers, app.lang)))
}

/// Whether the page's script sent it (it wants a status, not a page).
fn scripted(headers: &HeaderMap) -> bool {
    headers.contains_key("x-tablee")
}

async fn note_route(
    State(app): State<App>,
    Path(key): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (table, form, lang): (_, NoteForm, _) = match posted(&app, &key, &headers, &body) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let Ok(id) = Uuid::parse_str(form.id.trim()) else {
        return (StatusCode::BAD_REQUEST, "id").into_response();
    };
    let columns = app.hub.lock().session.board_at(&table).columns().len();
    let column = match form.column.as_deref().map(str::trim) {
        None | Some("") => Column::S,
        Some(c) => match c.parse::<usize>().ok().and_then(Column::at) {
            Some(c) if c.index() < columns => c,
            _ => return (StatusCode::UNPROCESSABLE_ENTITY, words(lang).refused).into_response(),
        },
    };
    let phone = phone_of(form.phone.as_deref());
    let asked = app.hub.add(
        (&table, phone),
        id,
        column,
        &form.text,
        jiff::Timestamp::now(),
    );
    answer(&app, asked, lang, &headers, &key).await
}

#[derive(Debug, Deserialize)]
struct VoteForm {
    note: String,
    delta: i32,
}

async fn vote_route(
    State(app): State<App>,
    Path(key): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (table, form, lang): (_, VoteForm, _) = match posted(&app, &key, &headers, &body) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let (Ok(note), 1 | -1) = (Uuid::parse_str(form.note.trim()), form.delta) else {
        return (StatusCode::BAD_REQUEST, "form").into_response();
    };
    let asked = app
        .hub
        .vote(&table, note, form.delta, jiff::Timestamp::now());
    answer(&app, asked, lang, &headers, &key).await
}

#[derive(Debug, Deserialize)]
struct ShareForm {
    phone: String,
}

async fn share_route(
    State(app): State<App>,
    Path(key): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (_, form, lang): (_, ShareForm, _) = match posted(&app, &key, &headers, &body) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let Some(phone) = phone_of(Some(&form.phone)) else {
        return (StatusCode::BAD_REQUEST, "form").into_response();
    };
    let asked = app.hub.share(phone, jiff::Timestamp::now());
    answer(&app, asked, lang, &headers, &key).await
}

/// Waits for the disk, then answers: 200 (the script), or back to the
/// page (without the script); 422 with the reason when refused; 503 when
/// the disk did not take it (the phone keeps it and sends it again).
async fn answer(
    app: &App,
    asked: Result<tokio::sync::oneshot::Receiver<Saved>, Refused>,
    lang: Lang,
    headers: &HeaderMap,
    key: &str,
) -> Response {
    let w = words(lang);
    let rx = match asked {
        Ok(rx) => rx,
        Err(Refused::Closing) => {
            return (StatusCode::SERVICE_UNAVAILABLE, w.unavailable).into_response();
        }
        Err(Refused::Op(problems)) => {
            let why: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
            let text = format!("{}{}{}", w.refused, lang.colon(), why.join(" · "));
            return (StatusCode::UNPROCESSABLE_ENTITY, text).into_response();
        }
    };
    match tokio::time::timeout(app.limits.disk_within, rx).await {
        Ok(Ok(Saved::Written)) if scripted(headers) => (StatusCode::OK, w.saved).into_response(),
        Ok(Ok(Saved::Written)) => Redirect::to(&format!("/t/{key}?saved=1")).into_response(),
        _ => (StatusCode::SERVICE_UNAVAILABLE, w.unavailable).into_response(),
    }
}

/// Counts a live connection while it is open.
struct Live(Arc<AtomicUsize>);

impl Drop for Live {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

#[derive(Debug, Deserialize)]
struct LiveQuery {
    #[serde(default)]
    phone: Option<String>,
}

async fn live_route(
    State(app): State<App>,
    Path(key): Path<String>,
    Query(q): Query<LiveQuery>,
    headers: HeaderMap,
) -> Response {
    let phone = phone_of(q.phone.as_deref());
    let Some(table) = app.table_of(&key) else {
        return forbidden(&app, &headers);
    };
    let lang = lang_of(&headers, app.lang);
    let count = app.live.clone();
    if count.fetch_add(1, Ordering::SeqCst) >= app.limits.connections {
        count.fetch_sub(1, Ordering::SeqCst);
        return (StatusCode::SERVICE_UNAVAILABLE, words(lang).unavailable).into_response();
    }
    let guard = Live(count);
    let changes = app.hub.subscribe();
    let state = (app, (table, phone), key, lang, changes, guard, true);
    let events = stream::unfold(
        state,
        |(app, (table, phone), key, lang, mut changes, guard, first)| async move {
            if !first && changes.changed().await.is_err() {
                return None;
            }
            changes.borrow_and_update();
            let (board, clock) = {
                let room = app.hub.lock();
                if room.closing || room.keys.table_of(&key) != Some(table.as_str()) {
                    // Stopped, or the keys were renewed: the page is closed.
                    return None;
                }
                let view = TableView {
                    room: &room,
                    table: &table,
                    key: &key,
                    lang,
                    now: jiff::Timestamp::now(),
                    phone,
                };
                (view.board().into_string(), view.clock().into_string())
            };
            let batch = vec![
                Ok::<_, std::convert::Infallible>(SseEvent::default().event("clock").data(clock)),
                Ok(SseEvent::default().event("board").data(board)),
            ];
            Some((
                stream::iter(batch),
                (app, (table, phone), key, lang, changes, guard, false),
            ))
        },
    );
    use futures_util::StreamExt;
    Sse::new(events.flatten())
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
        .into_response()
}

async fn css_route() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        CSS,
    )
        .into_response()
}

async fn js_route() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        JS,
    )
        .into_response()
}

/// Open connections, all and per address.
#[derive(Default)]
pub struct Connections {
    all: AtomicUsize,
    per: Mutex<HashMap<IpAddr, usize>>,
}

/// One open connection, counted until dropped.
pub struct Open {
    conns: Arc<Connections>,
    ip: IpAddr,
}

impl Drop for Open {
    fn drop(&mut self) {
        self.conns.all.fetch_sub(1, Ordering::SeqCst);
        let mut per = self.conns.per.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = per.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                per.remove(&self.ip);
            }
        }
    }
}

impl Connections {
    /// Counts a new connection from `ip`, or None when over the limits.
    pub fn open(self: &Arc<Self>, ip: IpAddr, limits: &Limits) -> Option<Open> {
        let mut per = self.per.lock().unwrap_or_else(|p| p.into_inner());
        let n = per.entry(ip).or_insert(0);
        if *n >= limits.connections_per_address
            || self.all.load(Ordering::SeqCst) >= limits.connections + 64
        {
            if *n == 0 {
                per.remove(&ip);
            }
            return None;
        }
        *n += 1;
        self.all.fetch_add(1, Ordering::SeqCst);
        Some(Open {
            conns: self.clone(),
            ip,
        })
    }
}

/// Serves `router` on `listener` until `stop` is true; then lets the open
/// requests finish (the live connections end by themselves: the hub is
/// closed first).
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    limits: Limits,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let conns = Arc::new(Connections::default());
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = stop.wait_for(|s| *s) => break,
        };
        let Ok((stream, peer)) = accepted else {
            // Out of file descriptors and the like: breathe, go on.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let Some(open) = conns.open(peer.ip(), &limits) else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let app = router.clone();
        let service =
            hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                // The router as a tower service (axum's `Router` is one).
                tower::ServiceExt::oneshot(app.clone(), req.map(axum::body::Body::new))
            });
        let conn = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADERS_WITHIN)
            .serve_connection(TokioIo::new(stream), service);
        let watched = graceful.watch(conn);
        tokio::spawn(async move {
            let _ = watched.await;
            drop(open);
        });
    }
    let _ = tokio::time::timeout(Duration::from_secs(5), graceful.shutdown()).await;
}
