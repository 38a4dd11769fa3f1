//! The store as a worker: one thread owns the journal writer, so no
//! keystroke ever waits for `fsync` (on a network or synced folder one
//! fsync can take seconds). Everything a room shares, the clock included,
//! is a journal event.
//!
//! A screen stamps each event itself (it shows at once, marked pending) and
//! hands it to a [`Store`]; the outcome comes back as a [`Reply`] through the
//! callback the store was given (in the terminal, the loop's channel).
//! Requests are carried out in order, so sequence numbers reach the file in
//! order. Replies are structured: the screen words them.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, Once, Weak};
use std::time::{Duration, Instant};

use super::journal::{NotSaved, Writer};
use tablee_core::event::Event;
use tablee_core::register::Person;

/// What came of a request.
#[derive(Debug)]
pub enum Reply {
    /// The event is in the journal, synced to disk.
    Written(Box<Event>),
    /// It could not be written (the event comes back with why).
    NotWritten(Box<NotSaved>),
    /// A whole file is replaced (atomically).
    Replaced { path: PathBuf },
    /// A whole file could not be replaced: the previous one is intact.
    NotReplaced {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Where the screen's writes go.
pub trait Store {
    /// Queues an event (new, or one that failed before) for the journal.
    fn write(&mut self, event: Event);
    /// The next write goes to a fresh journal file.
    fn rotate(&mut self);
    /// Adds a person to the council's register in `data_dir`, after the
    /// events queued before: the file is read again, the person added
    /// (unless there already), and the file replaced whole, so that what
    /// another laptop or the organiser added since is kept.
    fn add_person(&mut self, data_dir: PathBuf, person: Person, header: String);
    /// Requests not answered yet.
    fn in_flight(&self) -> usize;
    /// Waits up to `limit` for every queued request to be answered; true
    /// when none is left.
    fn flush(&mut self, limit: Duration) -> bool;
}

enum Request {
    Write(Box<Event>),
    Rotate,
    AddPerson {
        data_dir: PathBuf,
        person: Box<Person>,
        header: String,
    },
}

/// Counts requests not answered yet; `flush` waits on it.
#[derive(Debug, Default)]
struct InFlight {
    count: AtomicUsize,
    lock: Mutex<()>,
    done: Condvar,
}

impl InFlight {
    fn add(&self) {
        self.count.fetch_add(1, Ordering::SeqCst);
    }

    fn finish(&self) {
        let _guard = self.lock.lock().unwrap_or_else(|p| p.into_inner());
        self.count.fetch_sub(1, Ordering::SeqCst);
        self.done.notify_all();
    }

    fn get(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }

    fn wait_empty(&self, limit: Duration) -> bool {
        let end = Instant::now() + limit;
        let mut guard = self.lock.lock().unwrap_or_else(|p| p.into_inner());
        while self.get() > 0 {
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            guard = match self.done.wait_timeout(guard, left) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
        true
    }
}

/// Every live worker's queue, for the panic hook.
static LIVE: Mutex<Vec<Weak<InFlight>>> = Mutex::new(Vec::new());
static HOOK: Once = Once::new();
/// The store thread's name (its own panic must not wait on itself).
const THREAD: &str = "tablee-store";
/// How long a panic waits for the queued events to reach the disk.
const DRAIN_ON_PANIC: Duration = Duration::from_secs(5);

/// The release build aborts on panic (no unwinding, so no `Drop` runs): a
/// panic hook, installed with the first worker, waits until every live
/// worker has written out what was queued before the process ends. A
/// post-it shown as pending when the screen failed still reaches the
/// journal.
fn drain_on_panic() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(THREAD) {
                drain_all(DRAIN_ON_PANIC);
            }
            previous(info);
        }));
    });
}

/// Counts a new worker's queue among those a panic waits for.
fn watch(in_flight: &Arc<InFlight>) {
    {
        let mut live = LIVE.lock().unwrap_or_else(|p| p.into_inner());
        live.retain(|w| w.strong_count() > 0);
        live.push(Arc::downgrade(in_flight));
    }
    drain_on_panic();
}

/// Waits up to `limit` for every live worker's queue to be written; true
/// when all are empty.
fn drain_all(limit: Duration) -> bool {
    let live: Vec<Arc<InFlight>> = LIVE
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .filter_map(Weak::upgrade)
        .collect();
    let end = Instant::now() + limit;
    live.iter()
        .all(|q| q.wait_empty(end.saturating_duration_since(Instant::now())))
}

/// The journal writer, on its own thread.
pub struct Worker {
    tx: Option<Sender<Request>>,
    in_flight: Arc<InFlight>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Worker {
    /// Starts the thread. `reply` is called on it once per request, in order.
    pub fn spawn(mut writer: Writer, reply: impl Fn(Reply) + Send + 'static) -> Worker {
        let (tx, rx): (Sender<Request>, Receiver<Request>) = channel();
        let in_flight = Arc::new(InFlight::default());
        let counter = in_flight.clone();
        watch(&in_flight);
        let thread = std::thread::Builder::new()
            .name(THREAD.into())
            .spawn(move || {
                // Whatever queued while the disk was busy goes in one
                // batch, synced once (group commit): forty phones posting
                // at once wait for a few syncs, not forty.
                while let Ok(first) = rx.recv() {
                    let mut queue = vec![first];
                    while let Ok(more) = rx.try_recv() {
                        queue.push(more);
                    }
                    let mut batch: Vec<Event> = Vec::new();
                    for req in queue {
                        match req {
                            Request::Write(event) => batch.push(*event),
                            Request::Rotate => {
                                write_out(&mut writer, &mut batch, &reply, &counter);
                                writer.rotate();
                                counter.finish();
                            }
                            Request::AddPerson {
                                data_dir,
                                person,
                                header,
                            } => {
                                write_out(&mut writer, &mut batch, &reply, &counter);
                                reply(add_person(&data_dir, writer.device(), *person, &header));
                                counter.finish();
                            }
                        }
                    }
                    write_out(&mut writer, &mut batch, &reply, &counter);
                }
            })
            .expect("a thread can be started");
        Worker {
            tx: Some(tx),
            in_flight,
            thread: Some(thread),
        }
    }

    fn send(&mut self, req: Request) {
        self.in_flight.add();
        let sent = self.tx.as_ref().is_some_and(|tx| tx.send(req).is_ok());
        if !sent {
            // The thread is gone (it cannot panic on a write, but be sure):
            // nothing will answer this one.
            self.in_flight.finish();
        }
    }
}

/// [`super::register::add_person`], answered.
fn add_person(
    data_dir: &std::path::Path,
    device: uuid::Uuid,
    person: Person,
    header: &str,
) -> Reply {
    let path = super::register::walk_ins_path(data_dir, device);
    match super::register::add_person(data_dir, device, person, header) {
        Ok(()) => Reply::Replaced { path },
        Err(source) => Reply::NotReplaced { path, source },
    }
}

/// Writes `batch` (emptied) and answers each of its events, in order.
fn write_out(
    writer: &mut Writer,
    batch: &mut Vec<Event>,
    reply: &impl Fn(Reply),
    counter: &InFlight,
) {
    if batch.is_empty() {
        return;
    }
    let events = std::mem::take(batch);
    match writer.write_batch(&events) {
        Ok(()) => {
            for e in events {
                reply(Reply::Written(Box::new(e)));
                counter.finish();
            }
        }
        Err(failed) => {
            for f in failed {
                reply(Reply::NotWritten(Box::new(f)));
                counter.finish();
            }
        }
    }
}

impl Store for Worker {
    fn write(&mut self, event: Event) {
        self.send(Request::Write(Box::new(event)));
    }

    fn rotate(&mut self) {
        self.send(Request::Rotate);
    }

    fn add_person(&mut self, data_dir: PathBuf, person: Person, header: String) {
        self.send(Request::AddPerson {
            data_dir,
            person: Box::new(person),
            header,
        });
    }

    fn in_flight(&self) -> usize {
        self.in_flight.get()
    }

    fn flush(&mut self, limit: Duration) -> bool {
        self.in_flight.wait_empty(limit)
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing the channel ends the thread once the queue is written.
        self.tx = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A store in memory, for tests and benches: the same thread and replies as
/// [`Worker`], with writes that can be held back (a slow network folder),
/// delayed, or made to fail (a full disk).
pub struct Memory {
    worker: Worker,
    state: Arc<MemoryState>,
}

/// What a [`Memory`] store holds and how it behaves; shared with its thread.
#[derive(Debug, Default)]
pub struct MemoryState {
    /// Every event written, in order.
    pub events: Mutex<Vec<Event>>,
    /// While true, writes wait (as on a folder that takes seconds to sync).
    held: Mutex<bool>,
    release: Condvar,
    /// Each write takes this long.
    pub delay: Mutex<Duration>,
    /// When set, writes fail with this error kind.
    pub failing: Mutex<Option<std::io::ErrorKind>>,
    /// How many times the journal file was started afresh.
    pub rotations: Mutex<usize>,
    /// People added to the register, in order.
    pub people: Mutex<Vec<Person>>,
}

impl MemoryState {
    pub fn hold(&self, on: bool) {
        *self.held.lock().unwrap() = on;
        self.release.notify_all();
    }

    fn wait_released(&self) {
        let mut held = self.held.lock().unwrap();
        while *held {
            held = self.release.wait(held).unwrap();
        }
    }

    pub fn events(&self) -> Vec<Event> {
        self.events.lock().unwrap().clone()
    }
}

impl Memory {
    pub fn spawn(reply: impl Fn(Reply) + Send + 'static) -> Memory {
        let state = Arc::new(MemoryState::default());
        let (tx, rx): (Sender<Request>, Receiver<Request>) = channel();
        let in_flight = Arc::new(InFlight::default());
        watch(&in_flight);
        let counter = in_flight.clone();
        let st = state.clone();
        let thread = std::thread::spawn(move || {
            for req in rx {
                st.wait_released();
                let delay = *st.delay.lock().unwrap();
                if !delay.is_zero() {
                    std::thread::sleep(delay);
                }
                let failing = *st.failing.lock().unwrap();
                match (req, failing) {
                    (Request::Write(event), Some(kind)) => {
                        reply(Reply::NotWritten(Box::new(NotSaved {
                            event,
                            path: PathBuf::from("memory"),
                            source: std::io::Error::from(kind),
                        })))
                    }
                    (Request::Write(event), None) => {
                        st.events.lock().unwrap().push((*event).clone());
                        reply(Reply::Written(event))
                    }
                    (Request::Rotate, _) => *st.rotations.lock().unwrap() += 1,
                    (Request::AddPerson { data_dir, .. }, Some(kind)) => {
                        reply(Reply::NotReplaced {
                            path: super::register::path(&data_dir),
                            source: std::io::Error::from(kind),
                        })
                    }
                    (
                        Request::AddPerson {
                            data_dir, person, ..
                        },
                        None,
                    ) => {
                        st.people.lock().unwrap().push(*person);
                        reply(Reply::Replaced {
                            path: super::register::path(&data_dir),
                        })
                    }
                }
                counter.finish();
            }
        });
        Memory {
            worker: Worker {
                tx: Some(tx),
                in_flight,
                thread: Some(thread),
            },
            state,
        }
    }

    /// The shared state, to inspect or to steer (hold, delay, fail).
    pub fn state(&self) -> Arc<MemoryState> {
        self.state.clone()
    }
}

impl Store for Memory {
    fn write(&mut self, event: Event) {
        self.worker.write(event)
    }

    fn rotate(&mut self) {
        self.worker.rotate()
    }

    fn add_person(&mut self, data_dir: PathBuf, person: Person, header: String) {
        self.worker.add_person(data_dir, person, header)
    }

    fn in_flight(&self) -> usize {
        self.worker.in_flight()
    }

    fn flush(&mut self, limit: Duration) -> bool {
        self.worker.flush(limit)
    }
}

impl Drop for Memory {
    fn drop(&mut self) {
        // A held store must not keep its thread (and the test) waiting.
        self.state.hold(false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tablee_core::event::{Body, Stamper};
    use uuid::Uuid;

    /// A panic on the screen's thread waits, in the panic hook, until what
    /// the store had queued is written: with `panic = "abort"` (the
    /// release build) no `Drop` runs, so this wait is what keeps a pending
    /// post-it.
    #[test]
    fn a_panic_waits_for_the_queued_events() {
        let mut store = Memory::spawn(|_| {});
        let state = store.state();
        state.hold(true);
        let mut stamper = Stamper::new(Uuid::from_u128(7), 0, 0);
        for n in 0..3 {
            let body = Body::Edit {
                note: Uuid::from_u128(1),
                text: format!("post-it {n}"),
            };
            store.write(stamper.stamp(Uuid::new_v4(), body, jiff::Timestamp::UNIX_EPOCH));
        }
        let releaser = {
            let state = state.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(300));
                state.hold(false);
            })
        };
        let screen = std::thread::spawn(|| panic!("the screen fails"));
        assert!(screen.join().is_err());
        // Nothing flushed or dropped the store: the hook waited.
        assert_eq!(state.events().len(), 3);
        releaser.join().unwrap();
        drop(store);
    }

    fn edit(stamper: &mut Stamper, n: usize) -> Event {
        let body = Body::Edit {
            note: Uuid::from_u128(1),
            text: format!("post-it {n}"),
        };
        stamper.stamp(Uuid::new_v4(), body, jiff::Timestamp::UNIX_EPOCH)
    }

    /// A burst reaches the journal whole and in order, each event answered
    /// once (written in batches, synced once per batch).
    #[test]
    fn a_burst_is_written_in_order_and_each_event_answered() {
        let dir = tempfile::tempdir().unwrap();
        let device = Uuid::from_u128(9);
        let writer = Writer::open(dir.path(), device, 0, 0);
        let (tx, rx) = channel();
        let mut worker = Worker::spawn(writer, move |r| {
            let _ = tx.send(r);
        });
        let mut stamper = Stamper::new(device, 0, 0);
        let sent: Vec<Event> = (0..200).map(|n| edit(&mut stamper, n)).collect();
        for e in &sent {
            worker.write(e.clone());
        }
        assert!(worker.flush(Duration::from_secs(30)));
        let answered: Vec<Uuid> = rx
            .try_iter()
            .map(|r| match r {
                Reply::Written(e) => e.id,
                other => panic!("not written: {other:?}"),
            })
            .collect();
        assert_eq!(answered, sent.iter().map(|e| e.id).collect::<Vec<_>>());
        let loaded = crate::journal::load(dir.path());
        let seqs: Vec<u64> = loaded.events.iter().map(|e| e.seq).collect();
        assert_eq!(seqs, (1..=200).collect::<Vec<_>>());
    }

    /// A batch the disk refuses comes back whole: every event of it is
    /// said not saved, none is said saved.
    #[test]
    fn a_refused_batch_comes_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let device = Uuid::from_u128(9);
        // The device folder cannot be made: a file stands in its way.
        std::fs::write(dir.path().join(crate::journal::DEVICES), b"not a folder").unwrap();
        let mut writer = Writer::open(dir.path(), device, 0, 0);
        let mut stamper = Stamper::new(device, 0, 0);
        let batch: Vec<Event> = (0..3).map(|n| edit(&mut stamper, n)).collect();
        let failed = writer.write_batch(&batch).unwrap_err();
        let ids: Vec<Uuid> = failed.iter().map(|n| n.event.id).collect();
        assert_eq!(ids, batch.iter().map(|e| e.id).collect::<Vec<_>>());
    }

    /// A walk-in added at the door: the worker reads the register again
    /// first, so a person another laptop (or the organiser) added since
    /// the screen opened is kept; the same person twice is added once; a
    /// register that cannot be read is never written over.
    #[test]
    fn a_walk_in_is_added_to_the_register_as_it_is_on_disk() {
        use tablee_core::register::{Person, Register};
        let dir = tempfile::tempdir().unwrap();
        let journal = tempfile::tempdir().unwrap();
        let writer = Writer::open(journal.path(), Uuid::from_u128(1), 0, 0);
        let (tx, rx) = channel();
        let mut worker = Worker::spawn(writer, move |r| {
            let _ = tx.send(r);
        });
        let mut r = Register::new();
        r.add(Person::named(Uuid::from_u128(7), "Added Elsewhere"))
            .unwrap();
        crate::register::save(dir.path(), &r, "").unwrap();
        for _ in 0..2 {
            worker.add_person(
                dir.path().to_path_buf(),
                Person::named(Uuid::from_u128(8), "Zoé Roy"),
                "// people\n".into(),
            );
        }
        assert!(worker.flush(Duration::from_secs(30)));
        assert!(rx.try_iter().all(|r| matches!(r, Reply::Replaced { .. })));
        let names: Vec<String> = crate::register::load(dir.path())
            .unwrap()
            .people
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Added Elsewhere", "Zoé Roy"]);
        // Damaged by hand: refused, left as it is.
        std::fs::write(crate::register::path(dir.path()), "(people: [").unwrap();
        worker.add_person(
            dir.path().to_path_buf(),
            Person::named(Uuid::from_u128(9), "Karim"),
            String::new(),
        );
        assert!(worker.flush(Duration::from_secs(30)));
        let r = rx.try_iter().next().unwrap();
        assert!(matches!(r, Reply::NotReplaced { .. }), "{r:?}");
        assert_eq!(
            std::fs::read_to_string(crate::register::path(dir.path())).unwrap(),
            "(people: ["
        );
    }
}
