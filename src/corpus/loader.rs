//! Reading a corpus from disk: which files are articles, and a clear message for each one
//! that cannot be read as one. Nothing here stops the run.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::config::Config;
use super::document::Document;
use super::name_keys::NameKeys;
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
/// followed while they stay inside the corpus, loops reported), hidden folders and
/// `exclude` patterns skipped. Beyond `max_documents`, the rest in path order is left out
/// with one notice.
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
        for file in corpus_files(path, root, notices) {
            if is_listed(&file, config, root) {
                out.push(file);
            }
        }
    }
    out.sort();
    out.dedup();
    if out.len() > config.max_documents {
        let message = format!(
            "{} articles found, over the limit of {}: only the first {} in path order are checked, from {} on they are not (raise [corpus] max_documents in attest.toml)",
            out.len(),
            config.max_documents,
            config.max_documents,
            out[config.max_documents].display()
        );
        let path = root.or(paths.first().map(PathBuf::as_path));
        notices.push(Notice {
            path: path.map_or_else(PathBuf::new, Path::to_path_buf),
            message,
        });
        out.truncate(config.max_documents);
    }
    out
}

/// The files under `folder`, in name order, hidden folders skipped. A symbolic link is
/// followed only when its target is inside the corpus (`root`, else `folder`): each one
/// leading out is one notice, and nothing behind it is read.
pub fn corpus_files(folder: &Path, root: Option<&Path>, notices: &mut Vec<Notice>) -> Vec<PathBuf> {
    let canonical = folder
        .canonicalize()
        .unwrap_or_else(|_| folder.to_path_buf());
    let boundary = root
        .filter(|r| canonical.starts_with(r))
        .map_or(canonical.clone(), Path::to_path_buf);
    let mut out = Vec::new();
    let mut walk = WalkDir::new(folder)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    while let Some(entry) = walk.next() {
        match entry {
            Ok(e) if e.path_is_symlink() && e.depth() > 0 && !inside(e.path(), &boundary) => {
                let target = e.path().canonicalize().unwrap_or_default();
                notices.push(Notice {
                    path: e.path().to_path_buf(),
                    message: format!(
                        "skipped: symbolic link to {}, outside the corpus folder {}: Attest reads only what is inside the corpus",
                        target.display(),
                        boundary.display()
                    ),
                });
                if e.file_type().is_dir() {
                    walk.skip_current_dir();
                }
            }
            Ok(e) if e.file_type().is_file() => out.push(e.into_path()),
            Ok(_) => {}
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| folder.to_path_buf(), Path::to_path_buf);
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
    out
}

/// Whether `path`, links resolved, is inside `boundary` (itself resolved). A path that
/// does not exist yet counts by its folder.
pub fn inside(path: &Path, boundary: &Path) -> bool {
    let resolved = path.canonicalize().or_else(|_| {
        let parent = path.parent().unwrap_or(Path::new("")).canonicalize()?;
        Ok::<_, std::io::Error>(parent.join(path.file_name().unwrap_or_default()))
    });
    let boundary = boundary
        .canonicalize()
        .unwrap_or_else(|_| boundary.to_path_buf());
    resolved.is_ok_and(|p| p.starts_with(&boundary))
}

/// Whether a file in a corpus folder is one of its articles: a `.txt` or `.md` that no
/// `exclude` pattern of `attest.toml` matches.
pub fn is_listed(path: &Path, config: &Config, root: Option<&Path>) -> bool {
    Format::of_path(path).is_some() && !config.excludes(&relative(path, root))
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
    let keys = NameKeys::default();
    let results: Vec<(Option<Document>, Option<Notice>)> = paths
        .into_par_iter()
        .map(|path| {
            let (mut d, n) = read_document(path, config.max_file_size);
            if let Some(d) = &mut d {
                keys.share(&mut d.analysis.mentions);
            }
            (d, n)
        })
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
        // Reading a named pipe would wait for a writer forever; a folder is no article.
        Ok(m) if !m.is_file() => {
            let message = "skipped: not a regular file (a folder, a named pipe or a device)";
            return (None, notice(&path, message.into()));
        }
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
    let decoded = decode(bytes);
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
pub fn read_annotations(article: &Path) -> Option<(PathBuf, String)> {
    let path = article.with_extension("ann");
    let bytes = std::fs::read(&path).ok()?;
    Some((path, decode(bytes).text))
}

/// `.ann` files with no `.txt` beside them, under `paths` (inside the corpus).
pub fn orphan_annotations(paths: &[PathBuf], root: Option<&Path>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths.iter().filter(|p| p.is_dir()) {
        // The walk's notices were given when the articles were listed.
        for p in corpus_files(path, root, &mut Vec::new()) {
            if p.extension().is_some_and(|x| x == "ann") && !p.with_extension("txt").exists() {
                out.push(p);
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
