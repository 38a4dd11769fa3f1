//! Which laptop is writing: the device id, and the lock that keeps a second
//! tablee from writing as the same device in the same session.
//!
//! The id lives in the user's local config folder (XDG), never in the synced
//! session folder, so two laptops can never share one by accident.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use etcetera::{AppStrategy, AppStrategyArgs};
use uuid::Uuid;

use super::atomic;

/// Namespace for ids derived from names (`--device NAME`, import ids).
pub const NAMESPACE: Uuid = Uuid::from_u128(0x7a1b_1ee0_5e55_4d1c_9a6e_7ab1_ee00_0001);

/// A writer of events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: Uuid,
    /// A human name when one was given (`--device salle-2`).
    pub name: Option<String>,
}

impl Device {
    /// A stable device for a name: the same name gives the same id on any
    /// machine (for tests and lab set-ups).
    pub fn named(name: &str) -> Device {
        Device {
            id: Uuid::new_v5(&NAMESPACE, format!("device:{name}").as_bytes()),
            name: Some(name.to_string()),
        }
    }

    /// This machine's device, created on first use in the config folder.
    pub fn local() -> std::io::Result<Device> {
        let path = folders()?.config.join("device-id");
        if let Ok(text) = std::fs::read_to_string(&path)
            && let Ok(id) = Uuid::parse_str(text.trim())
        {
            return Ok(Device { id, name: None });
        }
        let id = Uuid::new_v4();
        if let Some(dir) = path.parent() {
            atomic::create_dir_all(dir)?;
        }
        match atomic::create_new(&path, format!("{id}\n").as_bytes()) {
            Ok(()) => Ok(Device { id, name: None }),
            // Another tablee created it first: use that one.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let text = std::fs::read_to_string(&path)?;
                let id = Uuid::parse_str(text.trim())
                    .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
                Ok(Device { id, name: None })
            }
            Err(e) => Err(e),
        }
    }

    /// `--device NAME` when given, else this machine's device.
    pub fn resolve(name: Option<&str>) -> std::io::Result<Device> {
        match name {
            Some(n) => Ok(Device::named(n)),
            None => Device::local(),
        }
    }

    /// The id of this device's `n`-th writer: the device itself for the
    /// first, then an id derived from it (the same on every run, so each
    /// writer's numbering goes on where it stopped).
    pub fn writer(device: Uuid, n: usize) -> Uuid {
        if n == 0 {
            device
        } else {
            Uuid::new_v5(&NAMESPACE, format!("writer:{device}:{n}").as_bytes())
        }
    }

    /// Short form for people: the name, or the first 8 hex digits.
    pub fn short(id: Uuid) -> String {
        id.simple().to_string()[..8].to_string()
    }
}

/// tablee's local folders.
pub struct Folders {
    pub config: PathBuf,
    pub state: PathBuf,
    /// The user's data folder (`$XDG_DATA_HOME/tablee`): where sessions go
    /// when tablee runs outside a project folder.
    pub data: PathBuf,
}

/// XDG config and state folders (`$XDG_CONFIG_HOME/tablee`, `$XDG_STATE_HOME/tablee`).
pub fn folders() -> std::io::Result<Folders> {
    let strategy = etcetera::choose_app_strategy(AppStrategyArgs {
        top_level_domain: "org".into(),
        author: "tablee".into(),
        app_name: "tablee".into(),
    })
    .map_err(|e| std::io::Error::new(std::io::ErrorKind::NotFound, e.to_string()))?;
    let config = strategy.config_dir();
    let state = strategy.state_dir().unwrap_or_else(|| strategy.data_dir());
    let data = strategy.data_dir();
    Ok(Folders {
        config,
        state,
        data,
    })
}

/// How many tablee processes of one device may write one session at once.
pub const WRITERS_PER_DEVICE: usize = 16;

/// Held while a process writes as a device in a session. Dropping it (or the
/// process dying, even by SIGKILL) releases the lock.
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
    pub path: PathBuf,
}

/// Another tablee already writes as this device in this session.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("locked by process {pid:?} ({path})")]
    Held { pid: Option<u32>, path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl LockError {}

/// Takes the (session, device) lock in `lock_dir`, without waiting.
pub fn lock(lock_dir: &Path, session_dir: &Path, device: Uuid) -> Result<WriterLock, LockError> {
    let canonical = session_dir
        .canonicalize()
        .unwrap_or_else(|_| session_dir.to_path_buf());
    let key = Uuid::new_v5(&NAMESPACE, canonical.to_string_lossy().as_bytes());
    let path = lock_dir.join(format!("{}-{}.lock", key.simple(), device.simple()));
    let io = |source| LockError::Io {
        path: path.clone(),
        source,
    };
    atomic::create_dir_all(lock_dir).map_err(io)?;
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io)?;
    match file.try_lock() {
        Ok(()) => {
            // Tell a second instance who holds it.
            let _ = file.set_len(0);
            let _ = file.rewind();
            let _ = writeln!(file, "{}", std::process::id());
            Ok(WriterLock { _file: file, path })
        }
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            Err(LockError::Held {
                pid: text.trim().parse().ok(),
                path,
            })
        }
        Err(std::fs::TryLockError::Error(e)) => Err(io(e)),
    }
}
