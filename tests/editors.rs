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

/// Neovim's version, when a Neovim the plugin supports (0.7+) is installed; else a note
/// saying what to install.
fn neovim() -> Option<String> {
    let Some(version) = version_of("nvim") else {
        note(
            "skipped: nvim not found (install neovim 0.7 or later: apt-get install neovim, or editors/install-clients.sh)",
        );
        return None;
    };
    if major_minor(&version).is_none_or(|v| v < (0, 7)) {
        note(&format!(
            "skipped: {version} is older than Neovim 0.7, which editors/nvim needs"
        ));
        return None;
    }
    Some(version)
}

/// Headless Neovim with the plugin, running `script` (in tests/editors/) on `corpus`.
fn neovim_running(script: &str, corpus: &Path, scratch: &Path) -> Run {
    let mut cmd = Command::new("nvim");
    cmd.args(["--headless", "--clean", "-S"])
        .arg(manifest_dir().join("tests/editors").join(script))
        .current_dir(corpus)
        .env("ATTEST_BIN", env!("CARGO_BIN_EXE_attest"))
        .env("ATTEST_TEST_HOOKS", "1")
        .env("ATTEST_CORPUS", corpus)
        .env("ATTEST_PLUGIN", manifest_dir().join("editors/nvim"));
    xdg_dirs(&mut cmd, scratch);
    run(cmd, scratch)
}

#[test]
fn neovim_plugin_shows_diagnostics_hover_and_definition_across_articles() {
    let Some(version) = neovim() else { return };
    let corpus = seed_corpus();
    let scratch = tempfile::tempdir().unwrap();
    let run = neovim_running("nvim_test.lua", corpus.path(), scratch.path());
    assert_passed("nvim", &version, &run, "nvim: all checks passed");
}

/// Two articles naming Tokaïev on lines with « é », « ’ », non-breaking spaces and emoji
/// before the name, and a bare « Tokayev » that a rename of the full name must not touch.
const RENAME_A: &str = "Visite 🇰🇿\n\n🙂 L’élu d’Astana, à 80\u{a0}%, Kassym-Jomart Tokaïev a parlé. Tokaïev a dit « oui ».\n";
const RENAME_B: &str =
    "Réponse\n\nÀ Moscou, l’AFP 🎉 cite Kassym-Jomart Tokaïev\u{a0}: Tokayev a déclaré la paix.\n";

fn rename_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    File::create(dir.path().join("attest.toml")).unwrap();
    std::fs::write(dir.path().join("a.txt"), RENAME_A).unwrap();
    std::fs::write(dir.path().join("b.txt"), RENAME_B).unwrap();
    dir
}

/// The files read back after the editor renamed « Kassym-Jomart Tokaïev » to « Kassym-Jomart
/// Tokayev » and wrote them: that spelling changed, every other character kept.
fn assert_renamed_on_disk(editor: &str, corpus: &Path, run: &Run) {
    for (name, before) in [("a.txt", RENAME_A), ("b.txt", RENAME_B)] {
        let now = std::fs::read_to_string(corpus.join(name)).unwrap();
        assert_eq!(
            now,
            before.replace("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev"),
            "{editor}: {name} as written after the rename\n{}",
            run.report()
        );
    }
}

#[test]
fn neovim_renames_one_spelling_and_keeps_every_other_character() {
    let Some(version) = neovim() else { return };
    let corpus = rename_corpus();
    let scratch = tempfile::tempdir().unwrap();
    let run = neovim_running("nvim_rename.lua", corpus.path(), scratch.path());
    assert_passed("nvim", &version, &run, "nvim rename: all checks passed");
    assert_renamed_on_disk("nvim", corpus.path(), &run);
}

/// Emacs's version, when Emacs with eglot is installed; else a note saying what to install.
fn emacs_with_eglot() -> Option<String> {
    let Some(version) = version_of("emacs") else {
        note(
            "skipped: emacs not found (install emacs-nox, and elpa-eglot before Emacs 29: apt-get install emacs-nox elpa-eglot, or editors/install-clients.sh)",
        );
        return None;
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
        return None;
    }
    Some(version)
}

/// Emacs in batch mode loading `script` (in tests/editors/) on `corpus`.
fn emacs_running(script: &str, corpus: &Path, scratch: &Path) -> Run {
    let mut cmd = Command::new("emacs");
    cmd.arg("--batch")
        .arg("-l")
        .arg(manifest_dir().join("tests/editors").join(script))
        .current_dir(corpus)
        .env("ATTEST_BIN", env!("CARGO_BIN_EXE_attest"))
        .env("ATTEST_TEST_HOOKS", "1")
        .env("ATTEST_CORPUS", corpus);
    run(cmd, scratch)
}

#[test]
fn emacs_eglot_shows_diagnostics_hover_and_definition_across_articles() {
    let Some(version) = emacs_with_eglot() else {
        return;
    };
    let corpus = seed_corpus();
    let scratch = tempfile::tempdir().unwrap();
    let run = emacs_running("eglot_test.el", corpus.path(), scratch.path());
    assert_passed("emacs eglot", &version, &run, "eglot: all checks passed");
}

#[test]
fn emacs_eglot_renames_one_word_and_keeps_every_other_character() {
    let Some(version) = emacs_with_eglot() else {
        return;
    };
    let corpus = rename_corpus();
    let scratch = tempfile::tempdir().unwrap();
    let run = emacs_running("eglot_rename.el", corpus.path(), scratch.path());
    assert_passed(
        "emacs eglot",
        &version,
        &run,
        "eglot rename: all checks passed",
    );
    assert_renamed_on_disk("emacs eglot", corpus.path(), &run);
}
