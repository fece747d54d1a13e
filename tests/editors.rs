//! `attest lsp` in real editors: headless Neovim with the plugin in editors/nvim, and Emacs
//! eglot in batch mode, each driven by a script in tests/editors/ on a copy of the seeds.
//! An editor that is not installed is skipped with a message saying what to install
//! (`editors/install-clients.sh` installs both), so `cargo test` passes without them.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Past this the editor is killed: a hang must not stall CI. The scripts give up at 50 s.
const HARD_LIMIT: Duration = Duration::from_secs(60);

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Straight to standard error, past the test harness's capture, so that a skip shows in a
/// plain `cargo test`.
fn note(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// The first line of `program --version`, or None when it does not run.
fn version_of(program: &str) -> Option<String> {
    let out = Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    Some(text.lines().next().unwrap_or_default().trim().to_string())
}

/// "NVIM v0.7.2" → (0, 7).
fn major_minor(version: &str) -> Option<(u32, u32)> {
    let v = version.split_whitespace().find_map(|w| {
        let w = w.trim_start_matches('v');
        w.starts_with(|c: char| c.is_ascii_digit()).then_some(w)
    })?;
    let mut parts = v.split('.').map(|p| p.parse::<u32>().ok());
    Some((parts.next()??, parts.next()??))
}

/// A corpus folder with the five seeds and an empty attest.toml.
fn seed_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(manifest_dir().join("seeds")).unwrap() {
        let e = e.unwrap();
        // Read and written, not copied: the seeds are read-only, the copies are for editing.
        std::fs::write(
            dir.path().join(e.file_name()),
            std::fs::read(e.path()).unwrap(),
        )
        .unwrap();
    }
    File::create(dir.path().join("attest.toml")).unwrap();
    dir
}

struct Run {
    status: Option<ExitStatus>,
    stdout: String,
    stderr: String,
    took: Duration,
}

impl Run {
    fn report(&self) -> String {
        format!(
            "status: {}\n--- stdout\n{}\n--- stderr\n{}",
            self.status
                .map_or("killed after the hard limit".to_string(), |s| s.to_string()),
            self.stdout,
            self.stderr
        )
    }

    fn passes(&self) -> usize {
        self.stdout
            .lines()
            .filter(|l| l.starts_with("PASS "))
            .count()
    }
}

/// Runs the editor to the end, or kills it at the hard limit; its output goes through
/// files in `scratch` so that a full pipe cannot block it.
fn run(mut cmd: Command, scratch: &Path) -> Run {
    let out = scratch.join("editor.stdout");
    let err = scratch.join("editor.stderr");
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(File::create(&out).unwrap())
        .stderr(File::create(&err).unwrap())
        .spawn()
        .expect("the editor starts");
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if start.elapsed() > HARD_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let read =
        |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
    Run {
        status,
        stdout: read(&out),
        stderr: read(&err),
        took: start.elapsed(),
    }
}

fn assert_passed(editor: &str, version: &str, run: &Run, last_line: &str) {
    assert!(
        run.status.is_some_and(|s| s.success()) && run.stdout.contains(last_line),
        "{editor} ({version}) against attest lsp failed\n{}",
        run.report()
    );
    note(&format!(
        "{editor} ({version}): {} checks passed in {:.1} s",
        run.passes(),
        run.took.as_secs_f64()
    ));
}

/// Where the editor writes its state and logs, away from the user's.
fn xdg_dirs(cmd: &mut Command, scratch: &Path) {
    for (var, sub) in [
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ] {
        let dir: PathBuf = scratch.join(sub);
        std::fs::create_dir_all(&dir).unwrap();
        cmd.env(var, dir);
    }
}

#[test]
fn neovim_plugin_shows_diagnostics_hover_and_definition_across_articles() {
    let Some(version) = version_of("nvim") else {
        note(
            "skipped: nvim not found (install neovim 0.7 or later: apt-get install neovim, or editors/install-clients.sh)",
        );
        return;
    };
    if major_minor(&version).is_none_or(|v| v < (0, 7)) {
        note(&format!(
            "skipped: {version} is older than Neovim 0.7, which editors/nvim needs"
        ));
        return;
    }
    let corpus = seed_corpus();
    let scratch = tempfile::tempdir().unwrap();
    let mut cmd = Command::new("nvim");
    cmd.args(["--headless", "--clean", "-S"])
        .arg(manifest_dir().join("tests/editors/nvim_test.lua"))
        .current_dir(corpus.path())
        .env("ATTEST_BIN", env!("CARGO_BIN_EXE_attest"))
        .env("ATTEST_TEST_HOOKS", "1")
        .env("ATTEST_CORPUS", corpus.path())
        .env("ATTEST_PLUGIN", manifest_dir().join("editors/nvim"));
    xdg_dirs(&mut cmd, scratch.path());
    let run = run(cmd, scratch.path());
    assert_passed("nvim", &version, &run, "nvim: all checks passed");
}

#[test]
fn emacs_eglot_shows_diagnostics_hover_and_definition_across_articles() {
    let Some(version) = version_of("emacs") else {
        note(
            "skipped: emacs not found (install emacs-nox, and elpa-eglot before Emacs 29: apt-get install emacs-nox elpa-eglot, or editors/install-clients.sh)",
        );
        return;
    };
    let has_eglot = Command::new("emacs")
        .args([
            "--batch",
            "--eval",
            "(progn (require 'package) (package-initialize) (kill-emacs (if (require 'eglot nil t) 0 3)))",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_eglot {
        note(&format!(
            "skipped: eglot not found for {version} (install elpa-eglot, or Emacs 29+ where it is built in)"
        ));
        return;
    }
    let corpus = seed_corpus();
    let scratch = tempfile::tempdir().unwrap();
    let mut cmd = Command::new("emacs");
    cmd.arg("--batch")
        .arg("-l")
        .arg(manifest_dir().join("tests/editors/eglot_test.el"))
        .current_dir(corpus.path())
        .env("ATTEST_BIN", env!("CARGO_BIN_EXE_attest"))
        .env("ATTEST_TEST_HOOKS", "1")
        .env("ATTEST_CORPUS", corpus.path());
    let run = run(cmd, scratch.path());
    assert_passed("emacs eglot", &version, &run, "eglot: all checks passed");
}
