//! The corpus: every document, the entities resolved across them, the claims compared
//! across them, and the findings that need more than one document. Built from per-document
//! analyses; the only I/O is in `loader`.

mod buffer;
mod changes;
mod config;
mod crosscheck;
mod document;
mod entity;
mod file_kind;
mod knowledge;
mod known_names;
mod loader;
mod measure;
mod mentions;
mod name_keys;
mod names;
mod patch;
mod related;
mod resolve;
mod review;
mod scope;
mod spelling;
mod story;

pub use buffer::{Buffer, Pieces};
pub use changes::{Applied, Change, Changes, PATCH_ABOVE};
pub use config::{Config, DEFAULT_MAX_DOCUMENTS, DEFAULT_MAX_ENTITIES, DEFAULT_MAX_FILE_SIZE};
pub use crosscheck::{ClaimLink, ClaimRef, Relation};
use document::shared;
pub use document::{AnnotationFile, Document};
pub use entity::{Entity, Local, MentionRef, entity_id};
pub use file_kind::{FileKind, read_by_corpus};
pub use knowledge::{KnowledgeBase, KnownEntity, is_knowledge_file};
use known_names::{KnownNames, recognise_all};
pub use loader::{
    Notice, article_paths, corpus_files, find_root, inside, load_config, read_annotations,
    read_document,
};
pub use mentions::Mentions;
pub use review::{Review, Reviews, Verdict};
pub use spelling::misspelled_words;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::analysis::{Code, Finding, Related};
use crate::text::Span;

/// How many documents (or names, entities, claim groups) a corpus build goes through
/// between two looks at its stop check: well under a millisecond of work.
const BETWEEN_CHECKS: usize = 64;

/// Whether step `i` of a long loop of a corpus build is one that asks `stop` (the first,
/// then every [`BETWEEN_CHECKS`]), and `stop` says to give up.
fn stops_at(i: usize, stop: &(dyn Fn() -> bool + Sync)) -> bool {
    i.is_multiple_of(BETWEEN_CHECKS) && stop()
}

pub struct Corpus {
    pub root: Option<PathBuf>,
    pub config: Config,
    /// Shared, so that a new corpus with one document changed costs no copy of the others.
    pub documents: Vec<Arc<Document>>,
    /// Shared, so that a corpus patched with one document copies only the entities it names.
    pub entities: Vec<Arc<Entity>>,
    /// For each document, the entity of each mention.
    pub entity_of: Vec<Arc<[u32]>>,
    /// For each document, the links of its claims both ways, by claim.
    related: Vec<Arc<[Link]>>,
    /// Each document's index, by path.
    by_path: Arc<HashMap<PathBuf, usize>>,
    /// Names and claims indexed at the last whole build, to patch in an edited document
    /// (`patch`).
    index: Arc<Index>,
    /// The documents patched in since the last whole build: their entries in `index` are
    /// out of date.
    patched: Vec<usize>,
    /// Files skipped or repaired, and settings that could not be read.
    pub notices: Vec<Notice>,
    /// The `[[entity]]` tables of `attest.toml` and `kb/*.toml`.
    pub knowledge: Arc<KnowledgeBase>,
    /// The knowledge base's names and those annotators marked, found in every article.
    known: Arc<KnownNames>,
    /// The fact-checks of `reviews/*.json`.
    pub reviews: Arc<Reviews>,
    /// Files that are not articles but have findings of their own (see [`Corpus::side_files`]).
    pub side: Vec<SideFile>,
}

/// A link of one of a document's claims: the claim's index there (32 bits, as in a
/// [`ClaimRef`]), the claim elsewhere, and how they relate.
type Link = (u32, ClaimRef, Relation);

/// The names and claims of a corpus as its last whole build indexed them, with the
/// documents they were read from: an edited document is matched against them (`patch`).
struct Index {
    names: names::NameIndex,
    claims: crosscheck::ClaimIndex,
    documents: Vec<Arc<Document>>,
}

/// A file that is not an article but has findings at its lines: a `.ann` without its
/// article, a malformed knowledge base or review.
#[derive(Clone, Debug)]
pub struct SideFile {
    pub path: PathBuf,
    pub text: String,
    pub findings: Vec<Finding>,
}

impl SideFile {
    /// A file with one finding on its first line.
    pub fn whole(path: PathBuf, text: String, code: Code, message: String) -> Self {
        let end = text.find('\n').unwrap_or(text.len());
        let findings = vec![Finding::new(code, crate::text::Span::new(0, end), message)];
        SideFile {
            path,
            text,
            findings,
        }
    }
}

impl Corpus {
    /// Reads every article under `paths`, with the settings of the `attest.toml` above the
    /// first of them.
    pub fn load(paths: &[PathBuf]) -> Corpus {
        Corpus::load_with(paths, None)
    }

    /// The same, with a lower file-size limit than `attest.toml`'s, if given.
    pub fn load_with(paths: &[PathBuf], max_file_size: Option<u64>) -> Corpus {
        let root = paths.first().and_then(|p| find_root(p));
        let mut notices = Vec::new();
        let mut config = loader::load_config(root.as_deref(), &mut notices);
        if let Some(max) = max_file_size {
            config.max_file_size = config.max_file_size.min(max);
        }
        let files = loader::article_paths(paths, &config, root.as_deref(), &mut notices);
        let orphans: Vec<SideFile> = loader::orphan_annotations(paths, root.as_deref())
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).unwrap_or_default();
                let message = "annotations without their article: no .txt of that name beside them"
                    .to_string();
                SideFile::whole(p, text, Code::AnnotationStale, message)
            })
            .collect();
        // The knowledge base is read while the articles are: neither needs the other.
        let ((documents, read_notices), knowledge) = rayon::join(
            || loader::read_documents(files, &config),
            || {
                root.as_deref()
                    .map(|r| KnowledgeBase::load(r, &config))
                    .unwrap_or_default()
            },
        );
        notices.extend(read_notices);
        let mut corpus = Corpus::build(shared(documents), config, Arc::new(knowledge));
        corpus.reviews = Arc::new(root.as_deref().map(Reviews::load).unwrap_or_default());
        corpus.root = root;
        corpus.notices = notices;
        corpus.side = orphans;
        corpus
    }

    /// A corpus of documents already analysed.
    pub fn from_documents(documents: Vec<Document>, config: Config) -> Corpus {
        Corpus::from_shared(shared(documents), config)
    }

    /// The same, from shared documents.
    pub fn from_shared(documents: Vec<Arc<Document>>, config: Config) -> Corpus {
        Corpus::build(documents, config, Arc::default())
    }

    /// Entities resolved and claims compared over `documents`, with a knowledge base.
    pub fn build(
        documents: Vec<Arc<Document>>,
        config: Config,
        knowledge: Arc<KnowledgeBase>,
    ) -> Corpus {
        match Corpus::build_unless(documents, config, knowledge, &|| false) {
            Some(corpus) => corpus,
            None => unreachable!("a build nothing stops is finished"),
        }
    }

    /// The same, given up (`None`) as soon as `stop` says so: an editor's newer text makes
    /// a rebuild worthless, and a large corpus takes most of a second. `stop` is asked
    /// between the stages and every [`BETWEEN_CHECKS`] documents, entities or claim groups
    /// inside them, from both threads of the stage that runs side by side.
    pub fn build_unless(
        documents: Vec<Arc<Document>>,
        config: Config,
        knowledge: Arc<KnowledgeBase>,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Corpus> {
        Corpus::build_after(documents, config, knowledge, None, stop)
    }

    /// The same, after a corpus whose known names are `previous` (the same names are not
    /// looked for again in the same documents).
    fn build_after(
        documents: Vec<Arc<Document>>,
        config: Config,
        knowledge: Arc<KnowledgeBase>,
        previous: Option<&Arc<KnownNames>>,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Corpus> {
        let known = KnownNames::of(&knowledge, &documents, previous);
        let documents = recognise_all(&known, documents, stop)?;
        // Entities and claim links are independent: resolved side by side.
        let (resolved, checked) = rayon::join(
            || resolve::resolve(&documents, &knowledge, stop),
            || crosscheck::crosscheck(&documents, stop),
        );
        let ((entities, entity_of), (links, claims)) = (resolved?, checked?);
        let names = names::NameIndex::build(&documents, &entities, &entity_of, stop)?;
        if stop() {
            return None;
        }
        let related = related::by_document(links, documents.len());
        let by_path = documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.path.clone(), i))
            .collect();
        Some(Corpus {
            by_path: Arc::new(by_path),
            knowledge,
            known,
            reviews: Arc::default(),
            related,
            index: Arc::new(Index {
                names,
                claims,
                documents: documents.clone(),
            }),
            patched: Vec::new(),
            root: None,
            config,
            documents,
            entities: entities.into_iter().map(Arc::new).collect(),
            entity_of,
            notices: Vec::new(),
            side: Vec::new(),
        })
    }

    pub fn document(&self, path: &Path) -> Option<usize> {
        self.by_path.get(path).copied()
    }

    /// A new corpus with some documents replaced, added (`Some` for an unknown path) or
    /// removed (`None`). The other documents are shared, not re-read nor re-analysed; the
    /// entities and claim links are resolved anew.
    pub fn with_changes(&self, changes: Vec<(PathBuf, Option<Arc<Document>>)>) -> Corpus {
        match self.with_changes_unless(changes, &|| false) {
            Some(corpus) => corpus,
            None => unreachable!("a build nothing stops is finished"),
        }
    }

    /// The same, given up (`None`) as soon as `stop` says so (see [`Corpus::build_unless`]).
    pub fn with_changes_unless(
        &self,
        changes: Vec<(PathBuf, Option<Arc<Document>>)>,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Corpus> {
        let mut documents = self.documents.clone();
        for (path, document) in changes {
            let at = documents.iter().position(|d| d.path == path);
            match (at, document) {
                (Some(i), Some(d)) => documents[i] = d,
                (None, Some(d)) => documents.push(d),
                (Some(i), None) => {
                    documents.remove(i);
                }
                (None, None) => {}
            }
        }
        let mut corpus = Corpus::build_after(
            documents,
            self.config.clone(),
            self.knowledge.clone(),
            Some(&self.known),
            stop,
        )?;
        corpus.reviews = self.reviews.clone();
        corpus.root = self.root.clone();
        corpus.notices = self.notices.clone();
        corpus.side = self.side.clone();
        Some(corpus)
    }

    /// The same documents with another knowledge base (its names found in them anew).
    pub fn with_knowledge(&self, knowledge: KnowledgeBase) -> Corpus {
        let documents = self.documents.clone();
        let mut corpus = Corpus::build(documents, self.config.clone(), Arc::new(knowledge));
        corpus.reviews = self.reviews.clone();
        corpus.root = self.root.clone();
        corpus.notices = self.notices.clone();
        corpus.side = self.side.clone();
        corpus
    }

    /// Every non-article file with findings: the `.ann` files with malformed lines, and the
    /// files recorded at load (annotations without an article).
    pub fn side_files(&self) -> Vec<SideFile> {
        let mut out = self.side.clone();
        out.extend(self.knowledge.problems.iter().cloned());
        out.extend(self.reviews.problems.iter().cloned());
        let config = &self.config;
        for doc in &self.documents {
            if let Some(a) = doc.annotations.as_ref().filter(|a| !a.problems.is_empty()) {
                out.push(SideFile {
                    path: a.path.clone(),
                    text: a.text.clone(),
                    findings: a.findings(),
                });
            }
        }
        for f in out.iter_mut().flat_map(|s| s.findings.iter_mut()) {
            f.severity = config.severity_of(f.code);
        }
        out
    }

    /// The entity of a mention.
    pub fn entity(&self, m: MentionRef) -> &Entity {
        &self.entities[self.entity_of[m.document()][m.mention()] as usize]
    }

    pub fn mention_text(&self, m: MentionRef) -> &str {
        let d = &self.documents[m.document()];
        d.analysis.mentions[m.mention()].span.of(&d.text)
    }

    /// The claims elsewhere that corroborate or contradict claim `c`.
    pub fn related_claims(&self, c: ClaimRef) -> impl Iterator<Item = (ClaimRef, Relation)> + '_ {
        let links = &self.related[c.document()];
        let from = links.partition_point(|l| (l.0 as usize) < c.claim());
        links[from..]
            .iter()
            .take_while(move |l| l.0 as usize == c.claim())
            .map(|&(_, other, relation)| (other, relation))
    }

    /// Every link between claims of different documents, each once.
    pub fn links(&self) -> Vec<ClaimLink> {
        let mut out = Vec::new();
        for (d, links) in self.related.iter().enumerate() {
            for &(claim, b, relation) in links.iter() {
                let a = ClaimRef::new(d, claim as usize);
                if a < b {
                    out.push(ClaimLink { a, b, relation });
                }
            }
        }
        out
    }

    /// Every finding of document `d`: its own, plus contradictions, corroborations (as
    /// related locations) and spellings; severities as configured. Costs that document's
    /// findings, claims and mentions.
    pub fn findings_of(&self, d: usize) -> Vec<Finding> {
        let doc = &self.documents[d];
        let spelling =
            spelling::spelling_findings(&self.documents, &self.entities, doc, &self.entity_of[d]);
        let mut own = Vec::with_capacity(spelling.len() + doc.analysis.findings.len());
        own.extend(spelling);
        own.extend(doc.analysis.findings.iter().cloned());
        // A fact-check's verdict replaces what Attest says of the claim's source.
        let mut reviewed = rustc_hash::FxHashSet::default();
        let mut verdicts = Vec::new();
        for claim in &doc.analysis.claims {
            if let Some(review) = self.reviews.review_of(&doc.text, claim) {
                reviewed.insert(claim.focus);
                verdicts.extend(review_finding(&doc.text, claim, review));
            }
        }
        if !reviewed.is_empty() {
            own.retain(|f| !(is_claim_code(f.code) && reviewed.contains(&f.span)));
        }
        own.extend(verdicts);
        // The claim findings by claim, for the corroborations: found once each, not by a
        // look at every finding for every link. By their span, in the order they come.
        let links = &self.related[d];
        let mut of_claim: Vec<(Span, usize)> = Vec::new();
        if !links.is_empty() {
            of_claim.extend(
                (own.iter().enumerate())
                    .filter(|(_, f)| is_claim_code(f.code))
                    .map(|(i, f)| (f.span, i)),
            );
            of_claim.sort_by_key(|&(span, _)| span);
        }
        // The claims that have links, each with its links (in claim order: `related_claims`).
        for links in links.chunk_by(|a, b| a.0 == b.0) {
            let claim = &doc.analysis.claims[links[0].0 as usize];
            // The claim's findings, which list where it is said elsewhere: room for them all
            // taken at once.
            let from = of_claim.partition_point(|&(span, _)| span < claim.focus);
            let to = from + of_claim[from..].partition_point(|&(span, _)| span == claim.focus);
            let corroborated = &of_claim[from..to];
            if !corroborated.is_empty() {
                let elsewhere = (links.iter())
                    .filter(|&&(_, _, relation)| relation == Relation::Corroborates)
                    .count();
                for &(_, i) in corroborated {
                    own[i].related.reserve(elsewhere);
                }
            }
            for &(_, other, relation) in links {
                let od = &self.documents[other.document()];
                let oc = &od.analysis.claims[other.claim()];
                match relation {
                    Relation::Contradicts => {
                        let mut f = Finding::new(
                            Code::ClaimContradicted,
                            claim.focus,
                            format!(
                                "« {} » contradicts « {} » in {}",
                                claim.focus.of(&doc.text),
                                oc.focus.of(&od.text),
                                od.path.display()
                            ),
                        );
                        f.related.push(Related {
                            document: Some(other.document()),
                            span: oc.focus,
                            message: "the contradicting claim".into(),
                        });
                        own.push(f);
                    }
                    Relation::Corroborates => {
                        let related = Related {
                            document: Some(other.document()),
                            span: oc.focus,
                            message: "the same claim in another article".into(),
                        };
                        for &(_, i) in corroborated {
                            own[i].related.push(related.clone());
                        }
                    }
                }
            }
        }
        // Each code's severity looked up once, not once a finding.
        let severity = Code::ALL.map(|code| self.config.severity_of(code));
        for f in &mut own {
            f.severity = severity[f.code.index()];
        }
        own.sort_by_key(|f| (f.span.start, f.code));
        own
    }

    /// The findings of every document, in document order.
    pub fn findings(&self) -> Vec<Vec<Finding>> {
        (0..self.documents.len())
            .map(|d| self.findings_of(d))
            .collect()
    }
}

/// What a fact-check says of a claim: refuted or disputed; a true verdict needs no finding.
fn review_finding(text: &str, claim: &crate::analysis::Claim, r: &Review) -> Option<Finding> {
    let code = match r.verdict {
        Verdict::False => Code::ClaimRefuted,
        Verdict::Mixed => Code::ClaimDisputed,
        Verdict::True => return None,
    };
    let by = r
        .reviewer
        .as_deref()
        .map_or(String::new(), |a| format!(" by {a}"));
    let date = r
        .date
        .as_deref()
        .map_or(String::new(), |d| format!(" ({d})"));
    let url = r.url.as_deref().map_or(String::new(), |u| format!(": {u}"));
    let message = format!(
        "« {} » is rated « {} »{by}{date}{url}",
        claim.focus.of(text),
        r.rating
    );
    Some(Finding::new(code, claim.focus, message))
}

fn is_claim_code(code: Code) -> bool {
    matches!(code, Code::ClaimUnsourced | Code::ClaimUnverified)
}

#[cfg(test)]
#[path = "build_tests.rs"]
mod build_tests;
