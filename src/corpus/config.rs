//! `attest.toml`: the corpus root's settings. Only `[corpus]` and `[severity]` are read
//! here; unknown tables are left for the knowledge base.

use std::collections::HashMap;

use serde::Deserialize;

use crate::analysis::{Code, Severity};

/// Files over this size are skipped with a message unless `max_file_size` says otherwise.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// Articles beyond this many (in path order) are not indexed unless `max_documents` says
/// otherwise: the memory of a corpus grows with its articles.
pub const DEFAULT_MAX_DOCUMENTS: usize = 100_000;

/// `[[entity]]` entries beyond this many are not read unless `max_entities` says otherwise.
pub const DEFAULT_MAX_ENTITIES: usize = 100_000;

#[derive(Clone, Debug)]
pub struct Config {
    pub language: String,
    pub exclude: Vec<String>,
    pub max_file_size: u64,
    pub max_documents: usize,
    pub max_entities: usize,
    pub severity: HashMap<Code, Severity>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            language: "auto".into(),
            exclude: Vec::new(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            max_documents: DEFAULT_MAX_DOCUMENTS,
            max_entities: DEFAULT_MAX_ENTITIES,
            severity: HashMap::new(),
        }
    }
}

#[derive(Deserialize, Default)]
struct File {
    #[serde(default)]
    corpus: CorpusTable,
    #[serde(default)]
    severity: HashMap<String, String>,
}

#[derive(Deserialize, Default)]
struct CorpusTable {
    language: Option<String>,
    #[serde(default)]
    exclude: Vec<String>,
    max_file_size: Option<u64>,
    max_documents: Option<usize>,
    max_entities: Option<usize>,
}

impl Config {
    /// Reads `attest.toml`'s text. Errors are messages for the writer, with line numbers.
    pub fn parse(text: &str) -> Result<(Config, Vec<String>), String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut problems = Vec::new();
        let mut severity = HashMap::new();
        for (code, level) in &file.severity {
            match (Code::parse(code), Severity::parse(level)) {
                (Some(c), Some(s)) => {
                    severity.insert(c, s);
                }
                (None, _) => problems.push(format!("[severity]: unknown finding code `{code}`")),
                (_, None) => problems.push(format!(
                    "[severity] {code}: unknown severity `{level}` (error, warning, information, hint)"
                )),
            }
        }
        let config = Config {
            language: file.corpus.language.unwrap_or_else(|| "auto".into()),
            exclude: file.corpus.exclude,
            max_file_size: file.corpus.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE),
            max_documents: file.corpus.max_documents.unwrap_or(DEFAULT_MAX_DOCUMENTS),
            max_entities: file.corpus.max_entities.unwrap_or(DEFAULT_MAX_ENTITIES),
            severity,
        };
        Ok((config, problems))
    }

    pub fn severity_of(&self, code: Code) -> Severity {
        self.severity
            .get(&code)
            .copied()
            .unwrap_or(code.default_severity())
    }

    /// Whether a path relative to the corpus root matches an `exclude` pattern
    /// (`*` within a folder name, `**` across folders).
    pub fn excludes(&self, relative: &str) -> bool {
        self.exclude
            .iter()
            .any(|p| glob(p.as_bytes(), relative.as_bytes()))
    }
}

fn glob(pattern: &[u8], path: &[u8]) -> bool {
    match pattern {
        [] => path.is_empty(),
        [b'*', b'*', rest @ ..] => {
            let rest = rest.strip_prefix(b"/").unwrap_or(rest);
            (0..=path.len()).any(|i| glob(rest, &path[i..]))
        }
        [b'*', rest @ ..] => (0..=path.len())
            .take_while(|&i| i == 0 || path[i - 1] != b'/')
            .any(|i| glob(rest, &path[i..])),
        [c, rest @ ..] => path.first() == Some(c) && glob(rest, &path[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_read_and_defaults_kept() {
        let (c, problems) = Config::parse(
            "[corpus]\nlanguage = \"fr\"\nexclude = [\"drafts/**\"]\n[severity]\nclaim-hedged = \"warning\"\n",
        )
        .unwrap();
        assert!(problems.is_empty());
        assert_eq!(c.language, "fr");
        assert_eq!(c.max_file_size, DEFAULT_MAX_FILE_SIZE);
        assert_eq!(c.max_documents, DEFAULT_MAX_DOCUMENTS);
        assert_eq!(c.max_entities, DEFAULT_MAX_ENTITIES);
        let (capped, _) = Config::parse("[corpus]\nmax_documents = 3\nmax_entities = 2\n").unwrap();
        assert_eq!((capped.max_documents, capped.max_entities), (3, 2));
        assert_eq!(c.severity_of(Code::ClaimHedged), Severity::Warning);
        assert_eq!(c.severity_of(Code::ClaimRefuted), Severity::Error);
    }

    #[test]
    fn bad_settings_are_reported_with_their_place() {
        let err = Config::parse("[corpus\nlanguage = 1").unwrap_err();
        assert!(err.contains("line 1"), "{err}");
        let (_, problems) = Config::parse("[severity]\nclaim-made-up = \"error\"").unwrap();
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn exclude_patterns_match_folders_and_names() {
        let c = Config {
            exclude: vec!["drafts/**".into(), "*.bak.txt".into()],
            ..Config::default()
        };
        assert!(c.excludes("drafts/2024/a.txt"));
        assert!(c.excludes("old.bak.txt"));
        assert!(!c.excludes("2024/drafts.txt"));
        assert!(!c.excludes("sub/old.bak.txt"));
    }
}
