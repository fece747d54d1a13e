//! Claims compared across documents: the same check-worthy statement in two articles
//! corroborates; the same quantity about the same subject with incompatible values
//! contradicts. Quantities compare as intervals, so « plus de 80 % » and « plus de la
//! moitié » agree. Two claims are compared only when what they measure and when agree: the
//! word the figure counts (« morts » is not « blessés »), and the years their sentences name
//! (2008 is not 2019; a year on one side only is a doubt; `scope`). The same figure in
//! other words, or in another language, is the same claim where the two articles tell one
//! story (`story`): « plus de 4,3 millions d'électeurs » and "4,318,652 voters". In doubt, no
//! link: a false corroboration or contradiction is worse than none.

use std::collections::HashMap;

use std::sync::Arc;

use super::document::Document;
use super::entity::narrow;
use super::scope::Scope;
use super::stops_at;
use super::story::{self, significant_digits};
use crate::analysis::lexicon::{self as lx, key};
use crate::analysis::{Claim, ClaimKind};
use crate::article::Unit;
use crate::text::{Span, fold, words};

/// A claim, by document and index into that document's claims, in 32 bits each (see
/// [`super::MentionRef`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimRef {
    document: u32,
    claim: u32,
}

impl ClaimRef {
    pub fn new(document: usize, claim: usize) -> Self {
        ClaimRef {
            document: narrow(document),
            claim: narrow(claim),
        }
    }

    pub fn document(self) -> usize {
        self.document as usize
    }

    pub fn claim(self) -> usize {
        self.claim as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Corroborates,
    Contradicts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimLink {
    pub a: ClaimRef,
    pub b: ClaimRef,
    pub relation: Relation,
}

/// Two claims speak of the same thing when they share this many subject words; a claim
/// with fewer says too little of what it is about to be linked to any.
const SHARED_TERMS: usize = 2;

struct Subject {
    claim: ClaimRef,
    terms: Vec<String>,
    /// What the claim's figure counts and when, told once.
    scope: Scope,
}

/// A claim links to at most this many others: enough to point the writer to them, and
/// bounded when a wire story is repeated in thousands of articles.
const MAX_LINKS: usize = 8;

/// At most this many claims are read from one subject word's list: a word every claim
/// shares says nothing about which claims match.
const MAX_POSTINGS: usize = 512;

/// The claims of a corpus grouped by signature, with an index of their subject words: how
/// a claim finds the claims elsewhere that say the same or otherwise.
#[derive(Default)]
pub struct ClaimIndex {
    groups: Vec<(Subject, Vec<ClaimRef>)>,
    by_signature: HashMap<String, usize>,
    postings: HashMap<String, Vec<usize>>,
}

/// Every corroboration and contradiction between claims of different documents, and the
/// index they were found with.
///
/// Claims with the same subject words, kind and quantities are grouped first, so a claim
/// repeated across many articles is compared once; each claim then gets at most
/// [`MAX_LINKS`] links.
///
/// `None` once `stop` says to give up (see `Corpus::build_unless`).
pub fn crosscheck(
    documents: &[Arc<Document>],
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<(Vec<ClaimLink>, ClaimIndex)> {
    let claim = |r: ClaimRef| &documents[r.document()].analysis.claims[r.claim()];
    let mut index = ClaimIndex::default();
    for (d, doc) in documents.iter().enumerate() {
        if stops_at(d, stop) {
            return None;
        }
        for (i, c) in doc
            .analysis
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.check_worthy())
        {
            let r = ClaimRef::new(d, i);
            let terms = subject_terms(&doc.text, c);
            let alone = terms.len() < SHARED_TERMS;
            if alone && !Scope::may_stand_alone(&doc.text, c) {
                continue; // says too little of what it is about to be the same as another
            }
            let scope = Scope::of(doc, c);
            if alone && !scope.stands_alone() {
                continue;
            }
            let mut signature = signature(c, &terms, &scope);
            if alone {
                // Its words say too little to be the same as another's: a group of its own,
                // linked in other words only, where the articles tell one story.
                signature.push_str(&format!("|alone {d} {i}"));
            }
            let g = *index.by_signature.entry(signature).or_insert_with(|| {
                let subject = Subject {
                    claim: r,
                    terms,
                    scope,
                };
                index.groups.push((subject, Vec::new()));
                index.groups.len() - 1
            });
            index.groups[g].1.push(r);
        }
    }
    for (g, (subject, _)) in index.groups.iter().enumerate() {
        if stops_at(g, stop) {
            return None;
        }
        // The orders of its figures (`story::Figure::order`) find the claims that state one
        // of them in other words, or in another language; made again when asked, not kept.
        let claim = claim(subject.claim);
        let orders = keys(
            &documents[subject.claim.document()].text,
            claim,
            &subject.scope,
        );
        for t in subject.terms.iter().chain(&orders) {
            index.postings.entry(t.clone()).or_default().push(g);
        }
    }
    index.shrink();
    let groups = &index.groups;
    let mut links = Vec::new();
    let mut count: HashMap<ClaimRef, usize> = HashMap::new();
    let mut link = |a: ClaimRef, b: ClaimRef, relation: Relation, links: &mut Vec<ClaimLink>| {
        if a.document == b.document {
            return;
        }
        let (na, nb) = (
            count.get(&a).copied().unwrap_or(0),
            count.get(&b).copied().unwrap_or(0),
        );
        if na < MAX_LINKS && nb < MAX_LINKS {
            *count.entry(a).or_default() += 1;
            *count.entry(b).or_default() += 1;
            links.push(ClaimLink { a, b, relation });
        }
    };
    // The same claim in several articles corroborates itself.
    // Asked by member, not by group: a wire story may be repeated in thousands of articles.
    for (_, members) in groups {
        for (k, &a) in members.iter().enumerate() {
            if stops_at(k, stop) {
                return None;
            }
            for &b in members[k + 1..].iter().take(MAX_LINKS) {
                link(a, b, Relation::Corroborates, &mut links);
            }
        }
    }
    for (g, (subject, members)) in groups.iter().enumerate() {
        if stops_at(g, stop) {
            return None;
        }
        let c = claim(subject.claim);
        let text = &documents[subject.claim.document()].text;
        for (o, relation, in_other_words) in index.matches(documents, (text, c), subject, g + 1) {
            for &a in members.iter().take(MAX_LINKS) {
                for &b in groups[o].1.iter().take(MAX_LINKS) {
                    let (da, db) = (&documents[a.document()], &documents[b.document()]);
                    let told = |p| da.story().with(db.story(), p);
                    if in_other_words.is_none_or(told) {
                        link(a, b, relation, &mut links);
                    }
                }
            }
        }
    }
    // Kept with the corpus: not the room a growing list took.
    links.shrink_to_fit();
    Some((links, index))
}

impl ClaimIndex {
    /// Gives back the room its lists grew into: the index is kept with the corpus.
    fn shrink(&mut self) {
        self.groups.shrink_to_fit();
        for (subject, members) in &mut self.groups {
            subject.terms.shrink_to_fit();
            members.shrink_to_fit();
        }
        for postings in self.postings.values_mut() {
            postings.shrink_to_fit();
        }
    }

    /// The groups from `from` on whose claims corroborate or contradict claim `c`, of
    /// `subject`, and whether they do in other words (then only where their articles tell
    /// one story: `story`).
    fn matches(
        &self,
        documents: &[Arc<Document>],
        (text, c): (&str, &Claim),
        subject: &Subject,
        from: usize,
    ) -> Vec<(usize, Relation, Option<bool>)> {
        // For each group, the subject words it shares, and the orders of figures.
        let mut shared: HashMap<usize, [usize; 2]> = HashMap::new();
        let orders = keys(text, c, &subject.scope);
        for (k, terms) in [&subject.terms, &orders].into_iter().enumerate() {
            for t in terms {
                let Some(postings) = self.postings.get(t) else {
                    continue;
                };
                let after = postings.partition_point(|&o| o < from);
                for &o in postings[after..].iter().take(MAX_POSTINGS) {
                    shared.entry(o).or_default()[k] += 1;
                }
            }
        }
        let mut candidates: Vec<(usize, [usize; 2])> = shared
            .into_iter()
            .filter(|&(_, [n, orders])| n >= SHARED_TERMS || orders > 0)
            .collect();
        candidates.sort_unstable();
        candidates
            .into_iter()
            .filter_map(|(o, [n, _])| {
                let other = &self.groups[o].0;
                let od = &documents[other.claim.document()];
                let oc = &od.analysis.claims[other.claim.claim()];
                let (scope, their) = (&subject.scope, &other.scope);
                if n >= SHARED_TERMS && scope.agrees(their) {
                    let union = subject.terms.len() + other.terms.len() - n;
                    let similar = n as f64 / union as f64 >= SIMILAR_WORDING;
                    if let Some(r) = compare(c, oc, similar) {
                        return Some((o, r, None));
                    }
                }
                // In other words, or in another language: one figure stated the same is
                // one fact where the articles tell one story; nothing contradicts so.
                let one = scope
                    .may_agree(their)
                    .then(|| story::one_figure(text, c, &od.text, oc));
                if let Some(precisely) = one.flatten() {
                    return Some((o, Relation::Corroborates, Some(precisely)));
                }
                // Two precise counts of one measure that cannot both be true contradict in
                // other words, where the articles tell one story (`Scope::may_contradict`).
                let (qa, qb) = (c.quantities.first()?, oc.quantities.first()?);
                (scope.may_contradict(their) && qa.contradicts(qb)).then_some((
                    o,
                    Relation::Contradicts,
                    Some(true),
                ))
            })
            .collect()
    }

    /// The claims of the indexed `documents` related to claim `c` of `doc`, a document
    /// being edited, but for the documents to `skip`: the edited one's last version, and
    /// those out of date in the index.
    pub fn related_to(
        &self,
        documents: &[Arc<Document>],
        doc: &Document,
        c: &Claim,
        skip: &dyn Fn(usize) -> bool,
    ) -> Vec<(ClaimRef, Relation)> {
        if !c.check_worthy() {
            return Vec::new();
        }
        let terms = subject_terms(&doc.text, c);
        let alone = terms.len() < SHARED_TERMS;
        if alone && !Scope::may_stand_alone(&doc.text, c) {
            return Vec::new();
        }
        let scope = Scope::of(doc, c);
        if alone && !scope.stands_alone() {
            return Vec::new();
        }
        let elsewhere = |r: &&ClaimRef| !skip(r.document());
        let mut out: Vec<(ClaimRef, Relation)> = Vec::new();
        let same = (!alone)
            .then(|| self.by_signature.get(&signature(c, &terms, &scope)))
            .flatten();
        if let Some(&g) = same {
            let same = self.groups[g].1.iter().filter(elsewhere).take(MAX_LINKS);
            out.extend(same.map(|&r| (r, Relation::Corroborates)));
        }
        let subject = Subject {
            claim: ClaimRef::new(0, 0),
            terms,
            scope,
        };
        for (o, relation, in_other_words) in self.matches(documents, (&doc.text, c), &subject, 0) {
            let members = self.groups[o].1.iter().filter(elsewhere).take(MAX_LINKS);
            let told = |r: &&ClaimRef| {
                in_other_words.is_none_or(|p| doc.story().with(documents[r.document()].story(), p))
            };
            out.extend(members.filter(told).map(|&r| (r, relation)));
        }
        out.sort_by_key(|(r, _)| *r);
        out.dedup_by_key(|(r, _)| *r);
        out.truncate(MAX_LINKS);
        out
    }
}

/// Claims with one signature say the same thing: same kind, subject words, quantities and
/// years.
fn signature(c: &Claim, terms: &[String], scope: &Scope) -> String {
    let mut s = format!("{:?}|{}|{:?}", c.kind, terms.join(" "), scope.years);
    for q in &c.quantities {
        s.push_str(&format!("|{:?}{}:{}", q.unit, q.value.low, q.value.high));
    }
    s
}

/// The orders of a statistic's figures, once each (see `story::Figure::order`).
fn orders(text: &str, c: &Claim) -> Vec<String> {
    let mut orders: Vec<String> = story::figures(text, c).map(|f| f.order()).collect();
    orders.sort();
    orders.dedup();
    orders
}

/// What a claim is found by besides its subject words: the orders of its figures, and for a
/// precise count of a known measure that measure (`Scope::measure_key`).
fn keys(text: &str, c: &Claim, scope: &Scope) -> Vec<String> {
    let mut keys = orders(text, c);
    keys.extend(scope.measure_key(c));
    keys
}

/// A statement without numbers repeats another when most of their words are shared.
const SIMILAR_WORDING: f64 = 0.6;

fn compare(a: &Claim, b: &Claim, similar: bool) -> Option<Relation> {
    match (a.kind, b.kind) {
        (ClaimKind::Statistic, ClaimKind::Statistic) => {
            let (qa, qb) = (a.quantities.first()?, b.quantities.first()?);
            if !same_unit(&qa.unit, &qb.unit) {
                return None;
            }
            // A contradiction needs words that say the same: two subject words in common are
            // not enough (« 5 200 votants pour », « 2 100 votants contre »). The same number
            // with two subject words in common is the same claim, however worded. Figures
            // that can both be true but are not the same number (« plus de 80 % », « plus de
            // la moitié ») neither repeat nor contradict each other: no link.
            if qa.contradicts(qb) {
                similar.then_some(Relation::Contradicts)
            } else {
                qa.same_figure(qb).then_some(Relation::Corroborates)
            }
        }
        (ClaimKind::Statistic, _) | (_, ClaimKind::Statistic) => None,
        _ => similar.then_some(Relation::Corroborates),
    }
}

fn same_unit(a: &Unit, b: &Unit) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b) && a == b
}

/// What a claim is about: the content words of its focus, and for a statistic the first
/// few content words after its quantity — or, when fewer than [`SHARED_TERMS`] follow it
/// (« le pont a coûté 12 millions d'euros »), the nearest before it in the claim —, folded
/// and singular.
fn subject_terms(text: &str, c: &Claim) -> Vec<String> {
    let quantity_words = c.quantities.iter().map(|q| q.span).collect::<Vec<_>>();
    // A comparison's « plus … que », "more … than" says how, not what about.
    let not = lx::FUNCTION_WORDS.0 | lx::SPEECH_CUES.0 | lx::COMPARATIVES.0;
    let content = |span: Span| -> Vec<&str> {
        words(span.of(text))
            .into_iter()
            .map(|w| Span::new(span.start + w.span.start, span.start + w.span.end))
            .filter(|s| !quantity_words.iter().any(|q| q.overlaps(*s)))
            .map(|s| s.of(text))
            .filter(|w| {
                lx::classes(key(w).as_str()) & not == 0
                    && !w.starts_with(|c: char| c.is_ascii_digit())
            })
            .collect()
    };
    let chosen: Vec<&str> = match c.quantities.first() {
        None => content(c.focus).into_iter().take(12).collect(),
        Some(q) => {
            let after = content(Span::new(q.span.end, c.span.end.max(q.span.end)));
            if after.len() >= SHARED_TERMS {
                after.into_iter().take(4).collect()
            } else {
                let before = content(Span::new(c.span.start.min(q.span.start), q.span.start));
                let nearest = before.into_iter().rev().take(4 - after.len());
                after.into_iter().chain(nearest).collect()
            }
        }
    };
    let mut terms: Vec<String> = chosen.into_iter().map(|w| singular(fold(w))).collect();
    // A figure written with many digits is seldom written twice by chance: it counts as
    // much as the subject words two claims must share (« 3 418 275 électeurs étaient
    // inscrits » and "the prefecture counted 3,418,275 voters" are one fact).
    if let Some(q) = c
        .quantities
        .first()
        .filter(|q| q.value.is_exact() && significant_digits(q.span.of(text)) >= DISTINCTIVE_DIGITS)
    {
        terms.extend((0..SHARED_TERMS).map(|k| format!("#{}|{:?}|{k}", q.figure, q.unit)));
    }
    terms.sort();
    terms.dedup();
    terms
}

/// A figure written with this many significant digits or more is distinctive.
pub(super) const DISTINCTIVE_DIGITS: usize = 4;

pub(super) fn singular(mut w: String) -> String {
    if w.len() > 3 && (w.ends_with('s') || w.ends_with('x')) {
        w.pop();
    }
    w
}
