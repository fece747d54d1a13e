//! Reading a corpus from disk: which files are articles, and a clear message for each one
//! that cannot be read as one. Nothing here stops the run.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::config::Config;
use super::document::Document;
use crate::article::Format;
use crate::text::{decode, looks_binary};

/// Something about one file the user should know: it was skipped, or read with repairs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub path: PathBuf,
    pub message: String,
}

/// The folder holding `attest.toml` at or above `start`, if any.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    let dir = if start.is_file() {
        start.parent()?.to_path_buf()
    } else {
        start
    };
    dir.ancestors()
        .find(|d| d.join("attest.toml").is_file())
        .map(Path::to_path_buf)
}

/// Reads `attest.toml` at `root`; a broken file gives defaults and a notice.
pub fn load_config(root: Option<&Path>, notices: &mut Vec<Notice>) -> Config {
    let Some(path) = root.map(|r| r.join("attest.toml")) else {
        return Config::default();
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            notices.push(Notice {
                path,
                message: format!("cannot read: {e}"),
            });
            return Config::default();
        }
    };
    match Config::parse(&text) {
        Ok((config, problems)) => {
            notices.extend(problems.into_iter().map(|message| Notice {
                path: path.clone(),
                message,
            }));
            config
        }
        Err(e) => {
            let message = format!("invalid settings, defaults used: {}", e.trim());
            notices.push(Notice { path, message });
            Config::default()
        }
    }
}

/// The article files under `paths`: files as given, folders walked (symbolic links
/// followed, loops reported), hidden folders and `exclude` patterns skipped.
pub fn article_paths(
    paths: &[PathBuf],
    config: &Config,
    root: Option<&Path>,
    notices: &mut Vec<Notice>,
) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_file() {
            if Format::of_path(path).is_some() {
                out.push(path.clone());
            } else {
                notices.push(Notice {
                    path: path.clone(),
                    message: "skipped: not an article (.txt or .md)".into(),
                });
            }
            continue;
        }
        if !path.exists() {
            notices.push(Notice {
                path: path.clone(),
                message: "no such file or folder".into(),
            });
            continue;
        }
        let walk = WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_file() && Format::of_path(e.path()).is_some() => {
                    let rel = relative(e.path(), root);
                    if !config.excludes(&rel) {
                        out.push(e.into_path());
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e.path().map_or_else(|| path.clone(), Path::to_path_buf);
                    let message = if e.loop_ancestor().is_some() {
                        "skipped: symbolic link loop".to_string()
                    } else {
                        format!(
                            "cannot read: {}",
                            e.io_error().map_or(e.to_string(), |io| io.to_string())
                        )
                    };
                    notices.push(Notice { path, message });
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn relative(path: &Path, root: Option<&Path>) -> String {
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let rel = root
        .and_then(|r| canonical.strip_prefix(r).ok())
        .unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

/// Reads and analyses every file, in parallel; each problem is one notice.
pub fn read_documents(paths: Vec<PathBuf>, config: &Config) -> (Vec<Document>, Vec<Notice>) {
    let results: Vec<(Option<Document>, Option<Notice>)> = paths
        .into_par_iter()
        .map(|path| read_document(path, config.max_file_size))
        .collect();
    let mut documents = Vec::new();
    let mut notices = Vec::new();
    for (d, n) in results {
        documents.extend(d);
        notices.extend(n);
    }
    (documents, notices)
}

/// Reads and analyses one file; a file that cannot be an article gives a notice instead.
pub fn read_document(path: PathBuf, max_size: u64) -> (Option<Document>, Option<Notice>) {
    let notice = |path: &Path, message: String| {
        Some(Notice {
            path: path.to_path_buf(),
            message,
        })
    };
    let size = match std::fs::metadata(&path) {
        Ok(m) => m.len(),
        Err(e) => return (None, notice(&path, format!("cannot read: {e}"))),
    };
    if size > max_size {
        let message = format!(
            "skipped: {} is over the {} limit (raise [corpus] max_file_size in attest.toml)",
            megabytes(size),
            megabytes(max_size)
        );
        return (None, notice(&path, message));
    }
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => return (None, notice(&path, format!("cannot read: {e}"))),
    };
    if looks_binary(&bytes) {
        return (None, notice(&path, "skipped: binary file, not text".into()));
    }
    let decoded = decode(&bytes);
    let format = Format::of_path(&path).unwrap_or(Format::Text);
    let n = if decoded.lossy {
        notice(
            &path,
            "not valid UTF-8: invalid bytes were replaced by \u{FFFD}".into(),
        )
    } else if decoded.text.trim().is_empty() {
        notice(&path, "empty article: nothing to check".into())
    } else {
        None
    };
    let ann = if format == Format::Text {
        read_annotations(&path)
    } else {
        None
    };
    (
        Some(Document::with_annotations(path, decoded.text, format, ann)),
        n,
    )
}

/// The `.ann` file beside a `.txt`, if there is one to read.
fn read_annotations(article: &Path) -> Option<(PathBuf, String)> {
    let path = article.with_extension("ann");
    let bytes = std::fs::read(&path).ok()?;
    Some((path, decode(&bytes).text))
}

/// `.ann` files with no `.txt` beside them, under `paths`.
pub fn orphan_annotations(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths.iter().filter(|p| p.is_dir()) {
        let walk = WalkDir::new(path).follow_links(true).into_iter().flatten();
        for e in walk.filter(|e| e.file_type().is_file()) {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "ann") && !p.with_extension("txt").exists() {
                out.push(p.to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn megabytes(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{:.1} KB", bytes as f64 / 1_000.0)
    }
}
