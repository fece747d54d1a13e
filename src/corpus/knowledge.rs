//! The knowledge base: `[[entity]]` tables in `attest.toml` and `kb/*.toml`. A name or
//! alias of an entry names that entry; its kind, description and id outrank guesses. A
//! malformed file or entry is a finding at its line; the rest still loads.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;

use super::SideFile;
use super::config::{Config, DEFAULT_MAX_ENTITIES};
use crate::analysis::{Code, EntityKind, Finding};
use crate::text::{LineIndex, Span, fold};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownEntity {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub description: Option<String>,
    pub wikidata: Option<String>,
    pub links: Vec<String>,
    /// Where its table starts: the file and the byte span of its `[[entity]]` line.
    pub path: PathBuf,
    pub span: Span,
}

#[derive(Clone, Debug, Default)]
pub struct KnowledgeBase {
    pub entities: Vec<KnownEntity>,
    /// Folded name or alias → entry.
    by_name: HashMap<String, usize>,
    /// Id → entry.
    ids: HashMap<String, usize>,
    /// Files with findings (malformed tables), to report at their lines.
    pub problems: Vec<SideFile>,
    /// No more entries than this are read (`None`: [`DEFAULT_MAX_ENTITIES`]).
    max_entities: Option<usize>,
}

#[derive(Deserialize)]
struct RawFile {
    #[serde(default)]
    entity: Vec<RawEntity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    id: Option<String>,
    kind: Option<String>,
    name: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    description: Option<String>,
    wikidata: Option<String>,
    #[serde(default)]
    links: Vec<String>,
}

impl KnowledgeBase {
    /// Reads `attest.toml` and `kb/*.toml` under `root`, within the limits of `config`.
    pub fn load(root: &Path, config: &Config) -> KnowledgeBase {
        KnowledgeBase::load_with(root, config, &|_| None)
    }

    /// The same, taking a file's text from `open` when it gives one (an editor's buffer).
    pub fn load_with(
        root: &Path,
        config: &Config,
        open: &dyn Fn(&Path) -> Option<String>,
    ) -> KnowledgeBase {
        let mut files = vec![root.join("attest.toml")];
        if let Ok(dir) = std::fs::read_dir(root.join("kb")) {
            // Files only open in the editor are not on disk yet: see `open` below.
            let mut kb: Vec<PathBuf> = dir
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            kb.sort();
            files.extend(kb);
        }
        let mut base = KnowledgeBase {
            max_entities: Some(config.max_entities),
            ..KnowledgeBase::default()
        };
        for path in files {
            let buffer = open(&path);
            let size = buffer.as_ref().map_or_else(
                || std::fs::metadata(&path).map_or(0, |m| m.len()),
                |t| t.len() as u64,
            );
            if size > config.max_file_size {
                let message = format!(
                    "not read: this file is {} bytes, over the limit of {} (raise [corpus] max_file_size in attest.toml)",
                    size, config.max_file_size
                );
                let text = buffer.unwrap_or_default();
                base.problems
                    .push(SideFile::whole(path, text, Code::KbInvalid, message));
                continue;
            }
            if let Some(text) = buffer.or_else(|| std::fs::read_to_string(&path).ok()) {
                base.add_file(path, &text);
            }
        }
        base
    }

    /// Adds the `[[entity]]` tables of one file's text. Each table is read on its own, so
    /// one broken table costs only itself.
    pub fn add_file(&mut self, path: PathBuf, text: &str) {
        let lines = LineIndex::new(text);
        let mut findings = Vec::new();
        let headers: Vec<usize> = text
            .match_indices("[[entity]]")
            .map(|(i, _)| i)
            .filter(|&i| i == 0 || text[..i].ends_with('\n'))
            .collect();
        // The part before the first table holds the settings: only its syntax matters here.
        let preamble_end = headers.first().copied().unwrap_or(text.len());
        if let Err(e) = toml::from_str::<toml::Table>(&text[..preamble_end]) {
            findings.push(toml_finding(text, 0, &e, &lines));
        }
        let max = self.max_entities.unwrap_or(DEFAULT_MAX_ENTITIES);
        for (k, &start) in headers.iter().enumerate() {
            let end = headers.get(k + 1).copied().unwrap_or(text.len());
            let header = Span::new(start, start + "[[entity]]".len());
            if self.entities.len() >= max {
                let message = format!(
                    "the knowledge base is full: {max} entries are read, this one and those after it are not (raise [corpus] max_entities in attest.toml)"
                );
                findings.push(Finding::new(Code::KbInvalid, header, message));
                break;
            }
            match toml::from_str::<RawFile>(&text[start..end]) {
                Err(e) => findings.push(toml_finding(text, start, &e, &lines)),
                Ok(raw) => {
                    for r in raw.entity {
                        match self.entry(r, &path, header) {
                            Ok(e) => self.insert(e),
                            Err(why) => findings.push(Finding::new(Code::KbInvalid, header, why)),
                        }
                    }
                }
            }
        }
        if !findings.is_empty() {
            self.problems.push(SideFile {
                path,
                text: text.to_owned(),
                findings,
            });
        }
    }

    fn entry(&self, r: RawEntity, path: &Path, span: Span) -> Result<KnownEntity, String> {
        let name = r
            .name
            .filter(|n| !n.trim().is_empty())
            .ok_or("an [[entity]] needs a name")?;
        let kind = match r.kind.as_deref() {
            None => EntityKind::Other,
            Some(k) => EntityKind::parse(k).ok_or(format!(
                "kind `{k}` is not one of person, organization, location, other"
            ))?,
        };
        let id =
            r.id.or_else(|| r.wikidata.clone())
                .unwrap_or_else(|| super::entity_id(&fold(&name)));
        if self.ids.contains_key(&id) {
            return Err(format!("id `{id}` is already used by another [[entity]]"));
        }
        Ok(KnownEntity {
            id,
            kind,
            name,
            aliases: r.aliases,
            description: r.description,
            wikidata: r.wikidata,
            links: r.links,
            path: path.to_path_buf(),
            span,
        })
    }

    fn insert(&mut self, e: KnownEntity) {
        let n = self.entities.len();
        self.ids.insert(e.id.clone(), n);
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            self.by_name.entry(fold(name)).or_insert(n);
        }
        self.entities.push(e);
    }

    /// The entry a folded name or alias names.
    pub fn lookup(&self, key: &str) -> Option<&KnownEntity> {
        self.by_name.get(key).map(|&i| &self.entities[i])
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

fn toml_finding(text: &str, offset: usize, e: &toml::de::Error, lines: &LineIndex) -> Finding {
    let at = e
        .span()
        .map_or(offset, |s| offset + s.start)
        .min(text.len());
    let line = lines.line_of(at);
    let start = lines.line_start(line).unwrap_or(0);
    let end = text[start..].find('\n').map_or(text.len(), |e| start + e);
    let message = e.message().replace('\n', " ");
    Finding::new(
        Code::KbInvalid,
        Span::new(start, end),
        format!("line {}: {message}", line + 1),
    )
}

/// `attest.toml` or a `kb/*.toml` file: settings and knowledge, not an article.
pub fn is_knowledge_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str());
    let in_kb = path
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "kb");
    name == Some("attest.toml") || (in_kb && path.extension().is_some_and(|x| x == "toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KB: &str = "[corpus]\nlanguage = \"fr\"\n\n[[entity]]\nid = \"Q7747\"\nkind = \"person\"\nname = \"Vladimir Poutine\"\naliases = [\"Poutine\", \"V. Poutine\", \"Putin\"]\ndescription = \"Président de la Fédération de Russie\"\n\n[[entity]]\nkind = \"planet\"\nname = \"Mars\"\n\n[[entity]]\nname = \"Cassé\nkind = \"person\"\n\n[[entity]]\nkind = \"organization\"\nname = \"Rosatom\"\n";

    #[test]
    fn entries_are_found_by_name_and_alias() {
        let mut kb = KnowledgeBase::default();
        kb.add_file(PathBuf::from("attest.toml"), KB);
        assert_eq!(kb.entities.len(), 2);
        let p = kb.lookup(&fold("Putin")).unwrap();
        assert_eq!(p.id, "Q7747");
        assert_eq!(p.kind, EntityKind::Person);
        assert_eq!(
            kb.lookup(&fold("Vladimir Poutine")).map(|e| &e.id),
            Some(&p.id)
        );
        assert_eq!(
            kb.lookup(&fold("Rosatom")).unwrap().kind,
            EntityKind::Organization
        );
        assert_eq!(p.span.of(KB), "[[entity]]");
    }

    #[test]
    fn entries_beyond_the_cap_are_not_read_and_say_so() {
        let dir = tempfile::tempdir().unwrap();
        let table = |i: usize| format!("[[entity]]\nname = \"Personne {i}\"\n\n");
        let text: String = (0..5).map(table).collect();
        std::fs::write(dir.path().join("attest.toml"), &text).unwrap();
        let config = Config {
            max_entities: 3,
            ..Config::default()
        };
        let kb = KnowledgeBase::load(dir.path(), &config);
        assert_eq!(kb.entities.len(), 3);
        let findings = &kb.problems[0].findings;
        assert_eq!(
            findings.len(),
            1,
            "one message, not one per entry: {findings:?}"
        );
        assert!(findings[0].message.contains("max_entities"), "{findings:?}");
        assert_eq!(
            text[..findings[0].span.start].matches('\n').count(),
            9,
            "at the fourth table"
        );
    }

    #[test]
    fn a_knowledge_file_over_the_size_cap_is_not_read_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("kb")).unwrap();
        let big = "[[entity]]\nname = \"Rosatom\"\n".repeat(100);
        std::fs::write(dir.path().join("kb/big.toml"), &big).unwrap();
        let config = Config {
            max_file_size: 1000,
            ..Config::default()
        };
        let kb = KnowledgeBase::load(dir.path(), &config);
        assert!(kb.is_empty());
        assert!(kb.problems[0].findings[0].message.contains("max_file_size"));
    }

    #[test]
    fn broken_tables_are_findings_at_their_lines_and_the_rest_loads() {
        let mut kb = KnowledgeBase::default();
        kb.add_file(PathBuf::from("attest.toml"), KB);
        let findings = &kb.problems[0].findings;
        assert_eq!(findings.len(), 2, "{findings:?}");
        let line_of = |f: &Finding| KB[..f.span.start].matches('\n').count() + 1;
        assert_eq!(line_of(&findings[0]), 11, "the planet");
        assert!(findings[0].message.contains("planet"));
        assert_eq!(
            line_of(&findings[1]),
            16,
            "the unclosed string: {}",
            findings[1].message
        );
    }
}
