//! The one install without Rust: the Debian package, built the way a
//! release builds it (`.ci/package-deb`, cargo-deb, from Cargo.toml's
//! `[package.metadata.deb]`; here from the tests' own build), installed
//! with `dpkg -i` into a root of its own on this machine (no root rights
//! needed, nothing left on the system), then run: `tablee --version`, the
//! manual pages, and the demo in tmux.

#![cfg(target_os = "linux")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn have(cmd: &str, arg: &str) -> bool {
    Command::new(cmd)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The package, built; None when cargo-deb or dpkg is missing (SKIPPED
/// outside CI, a failure under CI: `.ci/run` installs cargo-deb).
fn package() -> Option<PathBuf> {
    if !have("cargo-deb", "--version") || !have("dpkg", "--version") {
        if std::env::var_os("CI").is_some() {
            panic!(
                "cargo-deb and dpkg are needed: cargo install cargo-deb --version 3.8.0 --locked"
            );
        }
        eprintln!(
            "SKIPPED: cargo-deb or dpkg missing (cargo install cargo-deb --version 3.8.0 --locked)"
        );
        return None;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = Command::new(root.join(".ci/package-deb"))
        .arg("dev")
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let deb = std::fs::read_dir(root.join("target/debian"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "deb"))
        .expect("a .deb in target/debian");
    Some(deb)
}

#[test]
fn the_debian_package_installs_with_dpkg_and_runs_the_demo() {
    let Some(deb) = package() else { return };
    // A dpkg database of its own: `dpkg -i` as on an organiser's laptop,
    // into this folder instead of /.
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    for d in ["var/lib/dpkg/info", "var/lib/dpkg/updates"] {
        std::fs::create_dir_all(root.join(d)).unwrap();
    }
    std::fs::write(root.join("var/lib/dpkg/status"), "").unwrap();
    let o = Command::new("dpkg")
        .arg(format!("--root={}", root.display()))
        // The system's libc is not in this empty database.
        .args(["--force-not-root", "--force-depends", "-i"])
        .arg(&deb)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let info = Command::new("dpkg-deb")
        .arg("-I")
        .arg(&deb)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains("Package: tablee") && info.contains("Depends: libc6"),
        "{info}"
    );

    let bin = root.join("usr/bin/tablee");
    let o = Command::new(&bin).arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("tablee "));
    for page in [
        "usr/share/man/man1/tablee.1.gz",
        "usr/share/man/fr/man1/tablee.1.gz",
    ] {
        let o = Command::new("zcat").arg(root.join(page)).output().unwrap();
        assert!(
            String::from_utf8_lossy(&o.stdout).contains(".TH TABLEE"),
            "{page}"
        );
    }
    assert!(
        root.join("usr/share/bash-completion/completions/tablee")
            .is_file()
    );
    assert!(
        root.join("usr/share/doc/tablee/examples/roubaix-2024-world-cafe.ron")
            .is_file()
    );

    // The demo, as the organiser first sees it.
    if common::tmux::Tmux::missing("the_debian_package_installs_with_dpkg_and_runs_the_demo") {
        return;
    }
    let tmux = common::tmux::Tmux::new("deb");
    let home = tmp.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let script = format!(
        "cd '{h}' && exec env XDG_STATE_HOME='{h}/state' XDG_CONFIG_HOME='{h}/config' XDG_DATA_HOME='{h}/data' '{bin}' --lang fr",
        h = home.display(),
        bin = bin.display()
    );
    let o = tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "demo",
        "-x",
        "80",
        "-y",
        "24",
        &script,
    ]);
    assert!(o.status.success());
    let screen = tmux.wait_on("demo", "DÉMO");
    assert!(screen.contains("Phase 1/"), "{screen}");
    tmux.keys("demo", &["q"]);
}
