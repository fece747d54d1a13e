//! One annotator's marks on one article, in the terms `attest eval` scores: names of
//! people, organisations and places with who they are, and claims with their attribution
//! and hedging (ANNOTATION.md). Read from a brat `.ann`, or taken from Attest's own
//! analysis of the article.

use std::collections::{BTreeMap, HashMap};

use crate::analysis::{Attribution, EntityKind};
use crate::annotation::CodePoints;
use crate::annotation::brat::{Item, Problem, Standoff};
use crate::corpus::{ClaimRef, Corpus, MentionRef};
use crate::text::Span;

/// The three kinds scored; `Other` names are not scored.
pub const KINDS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Location,
];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Markup {
    pub names: Vec<Name>,
    pub claims: Vec<ClaimMark>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub span: Span,
    pub kind: EntityKind,
    /// Who this is across articles: an `N … Reference` id, or Attest's entity id.
    pub identity: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClaimMark {
    /// From the first fragment's start to the last one's end.
    pub span: Span,
    /// `None` when the annotator gave no `Attribution`.
    pub attribution: Option<Class>,
    /// The source's words, for a `Named` claim whose source is marked.
    pub source: Option<Span>,
    pub hedged: bool,
    /// The articles that state the same fact, or an incompatible version of it: the gold's
    /// `AnnotatorNotes` `same:<file>` and `contradicts:<file>`, the scored side's claim
    /// links; each file as written relative to the gold folder, once a relation.
    pub links: Vec<Link>,
}

/// A claim's relation to another article (ANNOTATION.md §3).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Link {
    pub relation: Relation,
    pub file: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    Same,
    Contradicts,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Same => "same",
            Relation::Contradicts => "contradicts",
        }
    }
}

/// ANNOTATION.md's `Attribution` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Named,
    Anonymous,
    None,
}

impl Class {
    pub const ALL: [Class; 3] = [Class::Named, Class::Anonymous, Class::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Class::Named => "Named",
            Class::Anonymous => "Anonymous",
            Class::None => "None",
        }
    }

    /// `Attribution T3 Named`; also the `Status` values older `attest annotate` wrote.
    fn parse(value: &str) -> Option<Class> {
        match value.to_ascii_lowercase().as_str() {
            "named" | "attributed" => Some(Class::Named),
            "anonymous" => Some(Class::Anonymous),
            "none" | "unsourced" => Some(Class::None),
            _ => None,
        }
    }

    pub fn of(attribution: &Attribution) -> Class {
        match attribution {
            Attribution::Named { .. } => Class::Named,
            Attribution::Anonymous { .. } => Class::Anonymous,
            Attribution::None => Class::None,
        }
    }
}

/// What reading a `.ann` for scoring left aside: lines of other schemas, by what they are
/// (« E lines », « R Theme », « T Date »), and problems at their lines.
#[derive(Clone, Debug, Default)]
pub struct Reading {
    pub ignored: BTreeMap<String, usize>,
    pub problems: Vec<Problem>,
}

/// A kind for a brat type: the project's names (`Person`), CoNLL's and spaCy's (`PER`,
/// `ORG`, `GPE`, `FAC`). `Other`/`MISC` and unknown types are not scored.
fn scored_kind(word: &str) -> Option<EntityKind> {
    let kind = if word.eq_ignore_ascii_case("fac") || word.eq_ignore_ascii_case("facility") {
        Some(EntityKind::Location)
    } else {
        EntityKind::parse(word)
    };
    kind.filter(|k| *k != EntityKind::Other)
}

impl Markup {
    /// The marks of a `.ann` read against its article's text. Never fails: a line that is
    /// malformed, points past the text, or quotes other words than the text's is a
    /// problem at its line and is not scored; lines of other schemas are counted.
    pub fn from_brat(standoff: &Standoff, problems: Vec<Problem>, text: &str) -> (Markup, Reading) {
        let mut problems = problems;
        let mut ignored = BTreeMap::new();
        let points = CodePoints::new(text);
        let mut about: HashMap<&str, Vec<&Item>> = HashMap::new();
        for line in &standoff.lines {
            match &line.item {
                Item::Attribute { target, .. }
                | Item::Normalization { target, .. }
                | Item::Note { target, .. } => about.entry(target).or_default().push(&line.item),
                _ => {}
            }
        }
        let mut ignore = |what: String| *ignored.entry(what).or_default() += 1;
        // Text-bound ids → their span, and name index when they are names.
        let mut spans: HashMap<&str, (Span, Option<usize>)> = HashMap::new();
        let mut markup = Markup::default();
        let mut claim_ids = Vec::new();
        for line in &standoff.lines {
            let (id, kind, fragments, written) = match &line.item {
                Item::TextBound {
                    id,
                    kind,
                    fragments,
                    text,
                } => (id, kind, fragments, text),
                Item::Event { .. } => {
                    ignore("E lines (events)".into());
                    continue;
                }
                Item::Equiv { .. } => {
                    ignore("* lines (equivalences)".into());
                    continue;
                }
                _ => continue,
            };
            let bytes: Option<Vec<Span>> = fragments
                .iter()
                .map(|&(a, b)| Some(Span::new(points.byte(a)?, points.byte(b)?)))
                .collect();
            let Some(bytes) = bytes.filter(|b| !b.is_empty()) else {
                problems.push(Problem {
                    line: line.number,
                    message: format!("{id}: offsets past the end of the article; not scored"),
                });
                continue;
            };
            let now: Vec<&str> = bytes.iter().map(|s| s.of(text)).collect();
            if now.join(" ") != *written && !written.is_empty() {
                problems.push(Problem {
                    line: line.number,
                    message: format!(
                        "{id}: the line says « {written} », the article there says « {} »; not scored",
                        now.join(" ")
                    ),
                });
                continue;
            }
            let span = Span::new(
                bytes.iter().map(|s| s.start).min().unwrap_or(0),
                bytes.iter().map(|s| s.end).max().unwrap_or(0),
            );
            let notes = about.get(id.as_str()).map_or(&[][..], Vec::as_slice);
            if kind.eq_ignore_ascii_case("claim") {
                spans.insert(id, (span, None));
                claim_ids.push((id.as_str(), markup.claims.len()));
                markup.claims.push(claim(span, notes));
                continue;
            }
            // INCEpTION and DKPro export a layer's type with the label as an attribute
            // (`T1 NamedEntity 0 5`, `A1 value T1 PER`).
            let kind = scored_kind(kind).or_else(|| {
                notes.iter().find_map(|item| match item {
                    Item::Attribute { value: Some(v), .. } => scored_kind(v),
                    _ => None,
                })
            });
            let Some(kind) = kind else {
                ignore(format!(
                    "T {} (not a person, organisation or place)",
                    line_kind(&line.item)
                ));
                spans.insert(id, (span, None));
                continue;
            };
            let identity = notes.iter().find_map(|item| match item {
                Item::Normalization { reference, .. } => Some(reference.clone()),
                _ => None,
            });
            spans.insert(id, (span, Some(markup.names.len())));
            markup.names.push(Name {
                span,
                kind,
                identity,
            });
        }
        let claim_of: HashMap<&str, usize> = claim_ids.into_iter().collect();
        for line in &standoff.lines {
            match &line.item {
                Item::Relation { kind, args, .. } if kind.eq_ignore_ascii_case("source") => {
                    let arg = |name: &str| {
                        args.iter()
                            .find(|(n, _)| n.eq_ignore_ascii_case(name))
                            .map(|(_, v)| v.as_str())
                    };
                    let claim = arg("Arg1").and_then(|c| claim_of.get(c));
                    let source = arg("Arg2").and_then(|s| spans.get(s));
                    match (claim, source) {
                        (Some(&c), Some(&(span, _))) => markup.claims[c].source = Some(span),
                        _ => problems.push(Problem {
                            line: line.number,
                            message: "a Source relation needs Arg1: a claim and Arg2: a mention; not scored".into(),
                        }),
                    }
                }
                Item::Relation { kind, .. } => ignore(format!("R {kind}")),
                Item::Attribute { name, .. } if !is_scored_attribute(name) => {
                    ignore(format!("A {name}"))
                }
                _ => {}
            }
        }
        (markup, Reading { ignored, problems })
    }

    /// Attest's own marks on document `d` of `corpus`: every mention of a person,
    /// organisation or place with its entity, every claim with the words that make it
    /// check-worthy, its attribution and hedging (what `attest annotate` writes), and its
    /// links to claims of other documents, each named by `file` as the gold names it.
    pub fn from_document(corpus: &Corpus, d: usize, file: &dyn Fn(usize) -> String) -> Markup {
        let doc = &corpus.documents[d];
        let names = doc
            .analysis
            .mentions
            .iter()
            .enumerate()
            .filter_map(|(i, m)| {
                let entity = corpus.entity(MentionRef::new(d, i));
                KINDS.contains(&entity.kind).then(|| Name {
                    span: m.span,
                    kind: entity.kind,
                    identity: Some(entity.id.clone()),
                })
            })
            .collect();
        let claims = doc
            .analysis
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut links: Vec<Link> = (corpus.related_claims(ClaimRef::new(d, i)))
                    .map(|(other, relation)| Link {
                        relation: match relation {
                            crate::corpus::Relation::Corroborates => Relation::Same,
                            crate::corpus::Relation::Contradicts => Relation::Contradicts,
                        },
                        file: file(other.document()),
                    })
                    .collect();
                links.sort();
                links.dedup();
                ClaimMark {
                    span: c.focus,
                    attribution: Some(Class::of(&c.attribution)),
                    source: match c.attribution {
                        Attribution::Named { source, .. } => Some(source),
                        _ => None,
                    },
                    hedged: c.hedge.is_some(),
                    links,
                }
            })
            .collect();
        Markup { names, claims }
    }
}

fn line_kind(item: &Item) -> &str {
    match item {
        Item::TextBound { kind, .. } => kind,
        _ => "",
    }
}

fn is_scored_attribute(name: &str) -> bool {
    ["attribution", "hedged", "status"]
        .iter()
        .any(|a| name.eq_ignore_ascii_case(a))
}

/// A claim's attribution and hedging from the lines about it.
fn claim(span: Span, notes: &[&Item]) -> ClaimMark {
    let mut mark = ClaimMark {
        span,
        attribution: None,
        source: None,
        hedged: false,
        links: Vec::new(),
    };
    for item in notes {
        if let Item::Note { text, .. } = item {
            let link = |(relation, file): (Relation, &str)| Link {
                relation,
                file: file.trim().to_string(),
            };
            let said = (text.strip_prefix("same:").map(|f| (Relation::Same, f))).or_else(|| {
                (text.strip_prefix("contradicts:")).map(|f| (Relation::Contradicts, f))
            });
            mark.links.extend(said.map(link));
            continue;
        }
        let Item::Attribute { name, value, .. } = item else {
            continue;
        };
        let value = value.as_deref();
        if name.eq_ignore_ascii_case("hedged") {
            mark.hedged = value.is_none_or(|v| {
                !["false", "no", "non"]
                    .iter()
                    .any(|n| v.eq_ignore_ascii_case(n))
            });
        } else if name.eq_ignore_ascii_case("attribution") || name.eq_ignore_ascii_case("status") {
            // `Status` also holds review verdicts (Disputed, Verified): those are not classes.
            if let Some(class) = value.and_then(Class::parse) {
                mark.attribution = Some(class);
            }
        }
    }
    mark.links.sort();
    mark.links.dedup();
    mark
}
