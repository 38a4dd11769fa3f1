//! Append-only journals: `devices/<device>/NNNNNN.ronl`, one event per line.
//!
//! A line is the event in RON followed by a RON comment holding the CRC-32
//! of the event text, so a line is still readable (and parseable) RON:
//!
//! ```text
//! (id:"…",device:"…",seq:1,lamport:1,at:"2026-11-23T09:41:00Z",body:Add(…)) // crc32:1a2b3c4d
//! ```
//!
//! Only the device a folder is named after writes in it, so folder sync tools
//! never see two writers. An event is reported saved only after `write_all`
//! and `sync_data` succeed. After any write error the segment is never
//! appended to again; the next event goes into a fresh segment. Nothing is
//! ever truncated or rewritten.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::atomic;
use super::locate::Pos;
use super::said::Said;
use super::session_file::Diagnostic;
use tablee_core::event::{Body, Event};
use tablee_core::validate::Severity;

/// Past this size a segment is closed and a new one started.
const SEGMENT_LIMIT: u64 = 1 << 20;

/// The folder that holds the device folders.
pub const DEVICES: &str = "devices";

const CRC_MARK: &str = " // crc32:";

/// The line for an event, newline included.
fn encode(event: &Event) -> String {
    let body = ron::to_string(event).expect("an event always serialises");
    debug_assert!(!body.contains('\n'));
    format!("{body}{CRC_MARK}{:08x}\n", crc32fast::hash(body.as_bytes()))
}

/// Why a line could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineError {
    /// No checksum, or one that does not match: the line was cut or altered.
    Checksum,
    /// The checksum matches but the RON does not parse (a newer tablee?).
    Parse { col: usize, message: String },
}

/// Decodes one line (without its newline).
pub fn decode(line: &str) -> Result<Event, LineError> {
    let (body, crc) = line.rsplit_once(CRC_MARK).ok_or(LineError::Checksum)?;
    let expected = u32::from_str_radix(crc.trim(), 16).map_err(|_| LineError::Checksum)?;
    if crc32fast::hash(body.as_bytes()) != expected {
        return Err(LineError::Checksum);
    }
    ron::from_str::<Event>(body).map_err(|e| LineError::Parse {
        col: e.span.start.col,
        message: e.code.to_string(),
    })
}

/// What kind of journal file a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `000001-1a2b3c4d.ronl` (number, then the writing process's own
    /// instance id: two processes never write one file, even under one
    /// device name), or `000001.ronl` as older versions named them.
    Segment(u32),
    /// A copy left by a sync tool (Syncthing, Nextcloud, Dropbox…).
    ConflictCopy,
    /// Anything else: temp files of sync tools, editor backups…
    Other,
}

/// Classifies a file name inside a device folder.
pub fn classify(name: &str) -> FileKind {
    if let Some(stem) = name.strip_suffix(".ronl") {
        let (number, instance) = stem.split_at_checked(6).unwrap_or((stem, ""));
        let instance_ok = instance.is_empty()
            || (instance.len() == 9
                && instance.starts_with('-')
                && instance[1..].bytes().all(|b| b.is_ascii_hexdigit()));
        if number.len() == 6 && number.bytes().all(|b| b.is_ascii_digit()) && instance_ok {
            return FileKind::Segment(number.parse().unwrap_or(0));
        }
    }
    let lower = name.to_lowercase();
    let temp = lower.starts_with(".syncthing.")
        || lower.ends_with(".tmp")
        || lower.ends_with(".part")
        || lower.starts_with('~')
        || lower.starts_with(".~");
    // Syncthing's `.sync-conflict-…`, Nextcloud's and Dropbox's
    // `(conflicted copy …)` and the like all say "conflict".
    if lower.contains("conflict") && !temp && lower.contains(".ronl") {
        FileKind::ConflictCopy
    } else {
        FileKind::Other
    }
}

/// Everything read from a session's journals.
#[derive(Debug, Default)]
pub struct Loaded {
    pub events: Vec<Event>,
    /// Problems found, each with `path:line:column`.
    pub diagnostics: Vec<Diagnostic>,
    /// Sync-conflict copies read as extra input (never deleted).
    pub conflict_copies: Vec<PathBuf>,
    /// Segment files read.
    pub segments: usize,
    /// Device folders written by two programs under one device name.
    pub shared_devices: Vec<PathBuf>,
    /// Missing ranges of sequence numbers: (device folder, first, last).
    pub gaps: Vec<(PathBuf, u64, u64)>,
    /// Folders and files that could not be read (permissions, a share
    /// gone): whatever they hold is missing from `events`.
    pub unreadable: Vec<PathBuf>,
}

/// Reads every journal of a session folder. A missing `devices/` folder is
/// an empty session, not an error.
pub fn load(session_dir: &Path) -> Loaded {
    let mut out = Loaded::default();
    let devices = session_dir.join(DEVICES);
    let entries = match std::fs::read_dir(&devices) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return out,
        Err(e) => {
            out.diagnostics.push(io_diag(&devices, &e));
            out.unreadable.push(devices);
            return out;
        }
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let files = match std::fs::read_dir(&dir) {
            Ok(f) => f,
            Err(e) => {
                out.diagnostics.push(io_diag(&dir, &e));
                out.unreadable.push(dir);
                continue;
            }
        };
        let mut files: Vec<(PathBuf, FileKind)> = files
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                match classify(&name) {
                    FileKind::Other => None,
                    kind => Some((e.path(), kind)),
                }
            })
            .collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut seen: std::collections::BTreeMap<u64, (Uuid, PathBuf)> = Default::default();
        let mut shared: Option<(u64, u64, PathBuf, PathBuf)> = None;
        for (path, kind) in files {
            let start = out.events.len();
            if kind == FileKind::ConflictCopy {
                out.diagnostics.push(Diagnostic {
                    path: path.clone(),
                    pos: None,
                    severity: Severity::Warning,
                    said: Said::ConflictCopy,
                });
                out.conflict_copies.push(path.clone());
            } else {
                out.segments += 1;
            }
            read_file(&path, &mut out);
            // Two events with one number from one device: two programs
            // wrote under the same device name (nothing is lost: both are
            // read), which must be said.
            for e in &out.events[start..] {
                match seen.get(&e.seq) {
                    Some((id, first)) if *id != e.id && kind != FileKind::ConflictCopy => {
                        let s = shared.get_or_insert((e.seq, e.seq, first.clone(), path.clone()));
                        s.0 = s.0.min(e.seq);
                        s.1 = s.1.max(e.seq);
                    }
                    Some(_) => {}
                    None => {
                        seen.insert(e.seq, (e.id, path.clone()));
                    }
                }
            }
        }
        if let Some((from, to, a, b)) = shared {
            out.shared_devices.push(dir.clone());
            out.diagnostics.push(Diagnostic {
                path: dir.clone(),
                pos: None,
                severity: Severity::Warning,
                said: Said::SharedDevice {
                    a: file_name(&a),
                    b: file_name(&b),
                    from,
                    to,
                },
            });
        }
        if let Some(&max) = seen.keys().next_back() {
            for (from, to) in gaps(seen.keys().copied(), max) {
                out.gaps.push((dir.clone(), from, to));
                out.diagnostics.push(Diagnostic {
                    path: dir.clone(),
                    pos: None,
                    severity: Severity::Warning,
                    said: Said::Gap { from, to },
                });
            }
        }
    }
    out
}

/// The missing ranges of 1..=max among `seqs` (sorted).
fn gaps(seqs: impl Iterator<Item = u64>, max: u64) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    let mut next = 1;
    for s in seqs.chain(std::iter::once(max + 1)) {
        if s > next {
            out.push((next, s - 1));
        }
        next = next.max(s + 1);
    }
    out
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// The ids of every event in one device's folder (segments and sync
/// copies alike).
pub fn device_ids(session_dir: &Path, device: Uuid) -> std::collections::HashSet<Uuid> {
    device_events(session_dir, device)
        .into_iter()
        .map(|e| e.id)
        .collect()
}

/// The highest sequence number and Lamport time written in one device's
/// folder, as it is on disk now: a writer that takes its lock after the
/// session was read goes on from there, even when another process of the
/// same device wrote in between.
pub fn device_high_water(session_dir: &Path, device: Uuid) -> (u64, u64) {
    device_events(session_dir, device)
        .iter()
        .fold((0, 0), |(s, l), e| (s.max(e.seq), l.max(e.lamport)))
}

fn device_events(session_dir: &Path, device: Uuid) -> Vec<Event> {
    let dir = session_dir.join(DEVICES).join(device.to_string());
    let mut out = Loaded::default();
    if let Ok(files) = std::fs::read_dir(&dir) {
        for f in files.filter_map(Result::ok) {
            if classify(&f.file_name().to_string_lossy()) != FileKind::Other {
                read_file(&f.path(), &mut out);
            }
        }
    }
    out.events
}

/// Reads one journal file into `out`.
pub fn read_file(path: &Path, out: &mut Loaded) {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            out.diagnostics.push(io_diag(path, &e));
            out.unreadable.push(path.to_path_buf());
            return;
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let complete = text.ends_with('\n');
    let lines: Vec<&str> = text.split_terminator('\n').collect();
    let n = lines.len();
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let last = i + 1 == n;
        let torn_tail = last && !complete;
        match decode(line) {
            Ok(event) if !torn_tail => out.events.push(event),
            result => {
                let (col, cause) = match result {
                    Ok(_) => (line.chars().count() + 1, None),
                    Err(LineError::Checksum) => (1, None),
                    Err(LineError::Parse { col, message }) => (col, Some(message)),
                };
                let (severity, said) = if last && (torn_tail || cause.is_none()) {
                    (Severity::Warning, Said::TornLastLine)
                } else {
                    (Severity::Error, Said::UnreadableEvent { detail: cause })
                };
                out.diagnostics.push(Diagnostic {
                    path: path.to_path_buf(),
                    pos: Some(Pos { line: i + 1, col }),
                    severity,
                    said,
                });
            }
        }
    }
}

fn io_diag(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic {
        path: path.to_path_buf(),
        pos: None,
        severity: Severity::Error,
        said: Said::Io(e.into()),
    }
}

/// An event that could not be made durable. The caller keeps it (and shows
/// it as NOT SAVED) and may [`Writer::write`] it again later.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct NotSaved {
    pub event: Box<Event>,
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// The only writer of one device folder.
#[derive(Debug)]
pub struct Writer {
    dir: PathBuf,
    device: Uuid,
    /// The segment being appended to, with its number and size.
    current: Option<(File, u32, u64)>,
    /// Highest segment number that exists (or was attempted).
    last_segment: u32,
    stamper: tablee_core::event::Stamper,
    /// This writing process's own part of every segment name.
    instance: String,
}

impl Writer {
    /// Opens the device folder for appending. `max_seq` (this device's) and
    /// `max_lamport` (everyone's) come from the loaded journals, so that the
    /// numbers continue. A new segment is started on the first write.
    pub fn open(session_dir: &Path, device: Uuid, max_seq: u64, max_lamport: u64) -> Writer {
        let dir = session_dir.join(DEVICES).join(device.to_string());
        let last_segment = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| match classify(&e.file_name().to_string_lossy()) {
                        FileKind::Segment(n) => Some(n),
                        _ => None,
                    })
                    .max()
                    .unwrap_or(0)
            })
            .unwrap_or(0);
        Writer {
            dir,
            device,
            current: None,
            last_segment,
            stamper: tablee_core::event::Stamper::new(device, max_seq, max_lamport),
            instance: format!("{:08x}", Uuid::new_v4().as_u128() as u32),
        }
    }

    pub fn device(&self) -> Uuid {
        self.device
    }

    /// This process's own mark in its segments' names
    /// (`NNNNNN-<instance>.ronl`): another file in the same folder is
    /// another program's (a laptop writing under the same device name).
    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// The numbers the next event continues from.
    pub fn stamper(&self) -> tablee_core::event::Stamper {
        self.stamper
    }

    /// Takes note of events seen from other devices (Lamport clock).
    pub fn observe(&mut self, lamport: u64) {
        self.stamper.observe(lamport);
    }

    /// The next write starts a fresh segment (the current one was replaced
    /// or removed underneath this writer).
    pub fn rotate(&mut self) {
        self.current = None;
    }

    /// Makes a new event and writes it durably.
    pub fn append(&mut self, body: Body, now: jiff::Timestamp) -> Result<Event, NotSaved> {
        self.append_with_id(Uuid::new_v4(), body, now)
    }

    /// Like [`Writer::append`] with a chosen id (deterministic imports).
    pub fn append_with_id(
        &mut self,
        id: Uuid,
        body: Body,
        now: jiff::Timestamp,
    ) -> Result<Event, NotSaved> {
        let event = self.stamper.stamp(id, body, now);
        self.write(&event)?;
        Ok(event)
    }

    /// Writes an event (new, or one that failed before) and syncs it.
    pub fn write(&mut self, event: &Event) -> Result<(), NotSaved> {
        self.write_batch(std::slice::from_ref(event))
            .map_err(|mut n| n.remove(0))
    }

    /// Writes events in order and syncs them once: a burst (the phones of
    /// a room, a change of several events) costs one `sync_data`, not one
    /// each. All or none is said saved: on a failure every event of the
    /// batch comes back, in order (lines of it may have reached the disk;
    /// written again, the same ids count once in every merge).
    pub fn write_batch(&mut self, events: &[Event]) -> Result<(), Vec<NotSaved>> {
        let mut run = || -> Result<(), (PathBuf, std::io::Error)> {
            for event in events {
                self.write_unsynced(encode(event).as_bytes())?;
            }
            self.sync()
        };
        run().map_err(|(path, source)| {
            // Never append to that segment again: the next write starts a
            // fresh one and any torn tail stays the last line of this one.
            self.current = None;
            events
                .iter()
                .map(|event| NotSaved {
                    event: Box::new(event.clone()),
                    path: path.clone(),
                    source: std::io::Error::new(source.kind(), source.to_string()),
                })
                .collect()
        })
    }

    /// Appends a line; a segment that reaches its limit is synced and
    /// closed (the next line starts a new one).
    fn write_unsynced(&mut self, bytes: &[u8]) -> Result<(), (PathBuf, std::io::Error)> {
        if self.current.is_none() {
            self.start_segment()?;
        }
        let (file, number, size) = self.current.as_mut().expect("segment just opened");
        let path = self.dir.join(segment_name(*number, &self.instance));
        file.write_all(bytes).map_err(|e| (path.clone(), e))?;
        *size += bytes.len() as u64;
        if *size >= SEGMENT_LIMIT {
            file.sync_data().map_err(|e| (path.clone(), e))?;
            self.current = None;
        }
        Ok(())
    }

    /// Syncs the segment being appended to.
    fn sync(&mut self) -> Result<(), (PathBuf, std::io::Error)> {
        if let Some((file, number, _)) = self.current.as_mut() {
            let path = self.dir.join(segment_name(*number, &self.instance));
            file.sync_data().map_err(|e| (path, e))?;
        }
        Ok(())
    }

    fn start_segment(&mut self) -> Result<(), (PathBuf, std::io::Error)> {
        atomic::create_dir_all(&self.dir).map_err(|e| (self.dir.clone(), e))?;
        self.last_segment += 1;
        let number = self.last_segment;
        let path = self.dir.join(segment_name(number, &self.instance));
        let file = OpenOptions::new()
            .append(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| (path.clone(), e))?;
        atomic::sync_dir(&self.dir).map_err(|e| (self.dir.clone(), e))?;
        self.current = Some((file, number, 0));
        Ok(())
    }
}

fn segment_name(n: u32, instance: &str) -> String {
    format!("{n:06}-{instance}.ronl")
}
