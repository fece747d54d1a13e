//! Code actions that record what a human knows: annotate a selection, mark a claim
//! verified or disputed, add an entity to the knowledge base, link a name to an entry.
//! They are edits of the `.ann` beside the article or of `attest.toml`, created when
//! absent; the server writes no file itself.

use std::path::{Path, PathBuf};

use super::{claim_at, mention_at};
use crate::analysis::EntityKind;
use crate::annotation::CodePoints;
use crate::annotation::brat::{self, Item, Standoff, text_bound_line};
use crate::corpus::{Corpus, Document};
use crate::text::{Span, fold};

/// Text to append to a file, which may not exist yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Append {
    pub path: PathBuf,
    /// The file's text now; `None` when it is to be created.
    pub current: Option<String>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recording {
    pub title: String,
    pub append: Append,
}

/// A file's text as it is now (an editor's buffer, or the file on disk); `None` when there
/// is no such file.
pub type FileNow<'a> = &'a dyn Fn(&Path) -> Option<String>;

/// Every recording that applies at `range` of `document`; `now` tells what the files they
/// append to hold (their ends, the ids they use).
pub fn recordings(corpus: &Corpus, document: usize, range: Span, now: FileNow) -> Vec<Recording> {
    let Some(doc) = corpus.documents.get(document) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let brat = doc.path.extension().is_some_and(|x| x == "txt");
    let file = brat.then(|| AnnFile::now(doc, now));
    let selected = range.of(&doc.text).trim();
    if let Some(file) = file
        .as_ref()
        .filter(|_| !selected.is_empty() && !selected.contains('\n'))
    {
        let span = trimmed(&doc.text, range);
        for (kind, label) in [
            ("Person", "a person"),
            ("Organization", "an organisation"),
            ("Location", "a place"),
            ("Claim", "a claim"),
        ] {
            let mut ann = file.writer();
            ann.text_bound(kind, span);
            out.push(Recording {
                title: format!("Annotate « {} » as {label}", span.of(&doc.text)),
                append: ann.finish(),
            });
        }
    }
    if let (Some(c), Some(file)) = (claim_at(corpus, document, range.start), &file) {
        let focus = doc.analysis.claims[c.claim()].focus;
        for (status, line) in [
            ("verified", "Verified {t}"),
            ("disputed", "Status {t} Disputed"),
        ] {
            let mut ann = file.writer();
            let t = ann
                .existing_claim(focus)
                .unwrap_or_else(|| ann.text_bound("Claim", focus));
            ann.line('A', &line.replace("{t}", &t));
            ann.note(&t, &format!("marked {status} in the editor"));
            out.push(Recording {
                title: format!("Mark « {} » as {status}", short(focus.of(&doc.text))),
                append: ann.finish(),
            });
        }
    }
    if let Some(m) = mention_at(corpus, document, range.start) {
        let entity = corpus.entity(m);
        let span = doc.analysis.mentions[m.mention()].span;
        if entity.known.is_none() {
            if let Some(root) = &corpus.root {
                out.push(add_to_knowledge(root, entity, now));
            }
            if let Some(file) = &file {
                out.extend(links(corpus, file, span));
            }
        }
    }
    out
}

/// « Add « Arkady Dubnov » to the knowledge base »: a table with the kind, the name and
/// every spelling seen, prefilled.
fn add_to_knowledge(root: &Path, e: &crate::corpus::Entity, now: FileNow) -> Recording {
    let path = root.join("attest.toml");
    let current = now(&path);
    let aliases: Vec<String> = e
        .forms
        .iter()
        .filter(|f| **f != e.name)
        .map(|f| format!("{f:?}"))
        .collect();
    let mut text = String::new();
    if current
        .as_deref()
        .is_some_and(|t| !t.is_empty() && !t.ends_with('\n'))
    {
        text.push('\n');
    }
    if current.as_deref().is_some_and(|t| !t.trim().is_empty()) {
        text.push('\n');
    }
    text.push_str(&format!(
        "[[entity]]\nid = {:?}\nkind = \"{}\"\nname = {:?}\naliases = [{}]\ndescription = \"\"\n",
        e.id,
        e.kind.as_str(),
        e.name,
        aliases.join(", ")
    ));
    Recording {
        title: format!("Add « {} » to the knowledge base", e.name),
        append: Append {
            path,
            current,
            text,
        },
    }
}

/// « Link « Poutine » to Q7747 (Vladimir Poutine) »: knowledge-base entries whose name the
/// mention could be (same surname, or a name it begins).
fn links(corpus: &Corpus, file: &AnnFile, span: Span) -> Vec<Recording> {
    let doc = file.doc;
    let key = fold(span.of(&doc.text));
    let last = key.rsplit(' ').next().unwrap_or(&key).to_owned();
    corpus
        .knowledge
        .entities
        .iter()
        .filter(|k| {
            let name = fold(&k.name);
            name.rsplit(' ').next() == Some(last.as_str()) || name.starts_with(&key)
        })
        .take(5)
        .map(|k| {
            let mut ann = file.writer();
            let kind = match k.kind {
                EntityKind::Person => "Person",
                EntityKind::Organization => "Organization",
                EntityKind::Location => "Location",
                EntityKind::Other => "Other",
            };
            let t = ann.text_bound(kind, span);
            let n = ann.next('N');
            ann.push(format!("{n}\tReference {t} {}\t{}", k.id, k.name));
            Recording {
                title: format!("Link « {} » to {} ({})", span.of(&doc.text), k.id, k.name),
                append: ann.finish(),
            }
        })
        .collect()
}

/// An article's `.ann` as it is now, read once for all the recordings offered at a place.
struct AnnFile<'d> {
    doc: &'d Document,
    /// The article's annotations as the corpus read them, and the lines the file holds now
    /// (an editor's buffer may have lines typed by hand): new ids come after both.
    standoff: Standoff,
    /// The `.ann` as it is now.
    current: Option<String>,
    points: CodePoints,
}

impl<'d> AnnFile<'d> {
    fn now(doc: &'d Document, now: FileNow) -> Self {
        let mut standoff = doc
            .annotations
            .as_ref()
            .map(|a| a.standoff.clone())
            .unwrap_or_default();
        let current = now(&doc.path.with_extension("ann"));
        if let Some(text) = &current {
            standoff.lines.extend(brat::parse(text).0.lines);
        }
        AnnFile {
            doc,
            standoff,
            current,
            points: CodePoints::new(&doc.text),
        }
    }

    /// Lines to add to it, none yet.
    fn writer(&self) -> AnnWriter<'_, 'd> {
        AnnWriter {
            file: self,
            lines: Vec::new(),
        }
    }
}

/// Lines to add to an article's `.ann`, numbered after the ids it has.
struct AnnWriter<'f, 'd> {
    file: &'f AnnFile<'d>,
    lines: Vec<String>,
}

impl AnnWriter<'_, '_> {
    fn next(&self, prefix: char) -> String {
        let used = self.lines.iter().filter(|l| l.starts_with(prefix)).count();
        let base: usize = self.file.standoff.next_id(prefix)[prefix.len_utf8()..]
            .parse()
            .unwrap_or(1);
        format!("{prefix}{}", base + used)
    }

    fn push(&mut self, line: String) {
        self.lines.push(line);
    }

    fn text_bound(&mut self, kind: &str, span: Span) -> String {
        let id = self.next('T');
        let points = &self.file.points;
        let (a, b) = (points.point(span.start), points.point(span.end));
        self.push(text_bound_line(
            &id,
            kind,
            &[(a, b)],
            span.of(&self.file.doc.text),
        ));
        id
    }

    fn line(&mut self, prefix: char, body: &str) {
        let id = self.next(prefix);
        self.push(format!("{id}\t{body}"));
    }

    fn note(&mut self, target: &str, text: &str) {
        let id = self.next('#');
        self.push(format!("{id}\tAnnotatorNotes {target}\t{text}"));
    }

    /// A human Claim annotation already over `focus`.
    fn existing_claim(&self, focus: Span) -> Option<String> {
        let points = &self.file.points;
        let (a, b) = (points.point(focus.start), points.point(focus.end));
        self.file.standoff.lines.iter().find_map(|l| match &l.item {
            Item::TextBound {
                id,
                kind,
                fragments,
                ..
            } if kind.eq_ignore_ascii_case("claim")
                && fragments.iter().any(|&(s, e)| s < b && a < e) =>
            {
                Some(id.clone())
            }
            _ => None,
        })
    }

    fn finish(self) -> Append {
        let current = self.file.current.clone();
        let mut text = String::new();
        if current
            .as_deref()
            .is_some_and(|t| !t.is_empty() && !t.ends_with('\n'))
        {
            text.push('\n');
        }
        for l in &self.lines {
            text.push_str(l);
            text.push('\n');
        }
        Append {
            path: self.file.doc.path.with_extension("ann"),
            current,
            text,
        }
    }
}

fn trimmed(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let start = span.start + (s.len() - s.trim_start().len());
    Span::new(start, start + s.trim().len())
}

fn short(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 8 {
        format!("{} …", words[..8].join(" "))
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;
    use crate::corpus::Config;

    const TEXT: &str = "Titre\n\nÀ l’été 🇰🇿, Arkady Dubnov a parlé. Le pays partage la plus longue frontière terrestre continue au monde.\n";

    fn corpus(ann: Option<&str>) -> Corpus {
        let a = ann.map(|t| (PathBuf::from("/c/a.ann"), t.to_owned()));
        let doc =
            Document::with_annotations(PathBuf::from("/c/a.txt"), TEXT.into(), Format::Text, a);
        let mut c = Corpus::from_documents(vec![doc], Config::default());
        c.root = Some(PathBuf::from("/c"));
        c
    }

    /// Files as they are now: `/c/a.ann` holding `ann`, `/c/attest.toml` holding `toml`.
    fn files<'a>(
        ann: Option<&'a str>,
        toml: Option<&'a str>,
    ) -> impl Fn(&Path) -> Option<String> + 'a {
        move |p: &Path| match p.to_str() {
            Some("/c/a.ann") => ann.map(str::to_owned),
            Some("/c/attest.toml") => toml.map(str::to_owned),
            _ => None,
        }
    }

    fn at(needle: &str) -> Span {
        let s = TEXT.find(needle).unwrap();
        Span::new(s, s + needle.len())
    }

    #[test]
    fn a_selection_can_be_annotated_in_a_new_ann() {
        let c = corpus(None);
        let r = recordings(&c, 0, at("Arkady Dubnov"), &files(None, None));
        let person = r
            .iter()
            .find(|r| r.title == "Annotate « Arkady Dubnov » as a person")
            .unwrap();
        assert_eq!(person.append.path, PathBuf::from("/c/a.ann"));
        assert_eq!(person.append.current, None, "created");
        let start = TEXT[..TEXT.find("Arkady").unwrap()].chars().count();
        assert_eq!(
            person.append.text,
            format!("T1\tPerson {start} {}\tArkady Dubnov\n", start + 13)
        );
    }

    #[test]
    fn a_claim_can_be_marked_with_fresh_ids_after_the_existing_ones() {
        let ann = "T4\tPerson 0 5\tTitre\nA2\tVerified T4";
        let c = corpus(Some(ann));
        let r = recordings(
            &c,
            0,
            Span::new(TEXT.find("longue").unwrap(), TEXT.find("longue").unwrap()),
            &files(Some(ann), None),
        );
        let disputed = r
            .iter()
            .find(|r| {
                r.title.starts_with("Mark « la plus longue") && r.title.ends_with("as disputed")
            })
            .unwrap();
        let lines: Vec<&str> = disputed.append.text.lines().collect();
        assert_eq!(
            lines[0], "",
            "a line break first: the file lacks its last one"
        );
        assert!(lines[1].starts_with("T5\tClaim "));
        assert_eq!(lines[2], "A3\tStatus T5 Disputed");
        assert_eq!(
            lines[3],
            "#1\tAnnotatorNotes T5\tmarked disputed in the editor"
        );
    }

    #[test]
    fn a_name_can_go_to_the_knowledge_base() {
        let c = corpus(None);
        let r = recordings(
            &c,
            0,
            Span::new(TEXT.find("Dubnov").unwrap(), TEXT.find("Dubnov").unwrap()),
            &files(None, None),
        );
        let add = r
            .iter()
            .find(|r| r.title == "Add « Arkady Dubnov » to the knowledge base")
            .unwrap();
        assert_eq!(add.append.path, PathBuf::from("/c/attest.toml"));
        assert!(
            add.append
                .text
                .contains("kind = \"person\"\nname = \"Arkady Dubnov\""),
            "{}",
            add.append.text
        );
    }

    #[test]
    fn a_name_can_be_linked_to_a_knowledge_base_entry() {
        let doc = Document::new(PathBuf::from("/c/a.txt"), TEXT.into(), Format::Text);
        let mut kb = crate::corpus::KnowledgeBase::default();
        kb.add_file(
            PathBuf::from("/c/attest.toml"),
            "[[entity]]\nid = \"Q4\"\nkind = \"person\"\nname = \"Arkadi Dubnov\"\n",
        );
        let c = Corpus::build(
            vec![std::sync::Arc::new(doc)],
            Config::default(),
            std::sync::Arc::new(kb),
        );
        let at = TEXT.find("Dubnov").unwrap();
        let r = recordings(&c, 0, Span::new(at, at), &files(None, None));
        let link = r
            .iter()
            .find(|r| r.title == "Link « Arkady Dubnov » to Q4 (Arkadi Dubnov)")
            .expect("link");
        let lines: Vec<&str> = link.append.text.lines().collect();
        assert!(lines[0].starts_with("T1\tPerson "));
        assert_eq!(lines[1], "N1\tReference T1 Q4\tArkadi Dubnov");
    }

    /// An `.ann` open in the editor with lines typed by hand and not saved: the new lines go
    /// after its end as the buffer has it, with ids after the buffer's.
    #[test]
    fn an_ann_open_with_unsaved_lines_is_appended_to_as_the_editor_has_it() {
        let read = "T1\tPerson 0 5\tTitre\n";
        let buffer =
            "T1\tPerson 0 5\tTitre\nT2\tLocation 0 5\tTitre\n#1\tAnnotatorNotes T2\tà revoir";
        let c = corpus(Some(read));
        let r = recordings(&c, 0, at("Arkady Dubnov"), &files(Some(buffer), None));
        let person = (r.iter())
            .find(|r| r.title == "Annotate « Arkady Dubnov » as a person")
            .expect("offered");
        assert_eq!(person.append.current.as_deref(), Some(buffer));
        let lines: Vec<&str> = person.append.text.lines().collect();
        assert_eq!(
            lines[0], "",
            "a line break first: the buffer lacks its last one"
        );
        assert!(lines[1].starts_with("T3\tPerson "), "{lines:?}");
    }

    /// attest.toml open in the editor: « Add to the knowledge base » appends after its end as
    /// the buffer has it, not as the file on disk had it.
    #[test]
    fn an_open_knowledge_base_is_appended_to_as_the_editor_has_it() {
        let c = corpus(None);
        let buffer = "[[entity]]\nid = \"q1\"\nkind = \"place\"\nname = \"Brumeville\"";
        let dubnov = TEXT.find("Dubnov").unwrap();
        let r = recordings(&c, 0, Span::new(dubnov, dubnov), &files(None, Some(buffer)));
        let add = (r.iter())
            .find(|r| r.title == "Add « Arkady Dubnov » to the knowledge base")
            .expect("offered");
        assert_eq!(add.append.current.as_deref(), Some(buffer));
        assert!(
            add.append.text.starts_with("\n\n[[entity]]"),
            "a line break to end the buffer's last line, a blank line: {:?}",
            add.append.text
        );
    }
}
