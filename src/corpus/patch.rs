//! A document patched into a corpus without a whole build: what an edit touches (the
//! entities the article names, the links of its claims) is updated, the rest shared.
//!
//! The article's names keep the entities its last version gave them; a name new to it takes
//! the entity the corpus's name index gives (the same key, or the one person of that
//! surname), else is an entity of its own. Its claims are matched against the claims the
//! last whole build indexed. What only a whole build sees waits for the next one: a new
//! name joining another one, a surname becoming ambiguous, links between two patched
//! articles. The server patches while the writer types and builds whole once they stop.

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use super::entity::{Entity, Local, MentionRef, entity_id, narrow, narrowed};
use super::resolve::kind_told;
use super::{ClaimRef, Corpus, Document, KnowledgeBase, Link};
use crate::analysis::{Claim, Mention};
use crate::text::{Span, fold};

impl Corpus {
    /// This corpus with `doc` in place of the document of its path, or added after the
    /// others (the caller keeps `max_documents`). Costs the document's names and claims,
    /// and the mentions of the entities it names, not a build.
    pub fn patched(&self, doc: Arc<Document>) -> Corpus {
        let doc = self.known.recognise(doc);
        let mut c = self.shared();
        let d = match self.by_path.get(&doc.path) {
            Some(&d) => d,
            None => {
                let d = c.documents.len();
                Arc::make_mut(&mut c.by_path).insert(doc.path.clone(), d);
                c.documents.push(doc.clone());
                c.entity_of.push(Arc::from([]));
                c.related.push(Arc::from([]));
                d
            }
        };
        let old = std::mem::replace(&mut c.documents[d], doc.clone());
        let of = c.name_entities(&old, d, &doc);
        c.move_mentions(d, &doc, &of);
        c.entity_of[d] = narrowed(&of);
        // The first edit after a whole build, or typing in the one article patched so far:
        // its last links were made against the same index with no other article aside, and
        // its unchanged claims keep theirs.
        let reuse = (self.patched.is_empty() || self.patched == [d]).then_some(&*old);
        c.relink(d, &doc, reuse);
        if !c.patched.contains(&d) {
            c.patched.push(d);
        }
        c
    }

    /// Whether documents were patched in since the last whole build: then a build is owed.
    pub fn is_patched(&self) -> bool {
        !self.patched.is_empty()
    }

    /// A copy that shares every document, entity and index with this one.
    fn shared(&self) -> Corpus {
        Corpus {
            root: self.root.clone(),
            config: self.config.clone(),
            documents: self.documents.clone(),
            entities: self.entities.clone(),
            entity_of: self.entity_of.clone(),
            related: self.related.clone(),
            by_path: self.by_path.clone(),
            index: self.index.clone(),
            patched: self.patched.clone(),
            notices: self.notices.clone(),
            knowledge: self.knowledge.clone(),
            known: self.known.clone(),
            reviews: self.reviews.clone(),
            side: self.side.clone(),
        }
    }

    /// The entity of each mention of `doc`, the new text of document `d` (`old` its last
    /// text, or `doc` itself when it is new); entities made for the names nobody had.
    fn name_entities(&mut self, old: &Document, d: usize, doc: &Document) -> Vec<usize> {
        // By the name's key, and first by the key's address: the mentions of one name share
        // their key, and the new text's unchanged paragraphs the old text's keys, so most
        // mentions are found by an address and few keys are hashed.
        let mut named: HashMap<&str, usize> = HashMap::default();
        let mut at: HashMap<*const u8, usize> = HashMap::default();
        for (m, &e) in old.analysis.mentions.iter().zip(self.entity_of[d].iter()) {
            at.entry(m.key.as_ptr())
                .or_insert_with(|| *named.entry(&*m.key).or_insert(e as usize));
        }
        let mut of = Vec::with_capacity(doc.analysis.mentions.len());
        for m in &doc.analysis.mentions {
            let known = (at.get(&m.key.as_ptr()).copied()).or_else(|| named.get(&*m.key).copied());
            let e = match known {
                Some(e) => e,
                None => {
                    let e = self.index.names.entity_of(m).unwrap_or_else(|| {
                        let e = new_entity(doc, m, &self.knowledge);
                        self.entities.push(Arc::new(e));
                        self.entities.len() - 1
                    });
                    named.insert(&m.key, e);
                    e
                }
            };
            of.push(e);
        }
        of
    }

    /// The entities that named a mention of document `d` before or name one now (`of`):
    /// their mentions in `d` replaced by the new ones, their counts and forms updated, and
    /// their mentions written as their name found again in the new text.
    fn move_mentions(&mut self, d: usize, doc: &Document, of: &[usize]) {
        // Each entity's new mentions, in order, in one list sorted by entity (counted, then
        // placed), not a list grown for each: `end[e]` is where entity `e`'s end.
        let mut end = vec![0u32; self.entities.len() + 1];
        for &e in of {
            end[e + 1] += 1;
        }
        for e in 1..end.len() {
            end[e] += end[e - 1];
        }
        let mut now = vec![MentionRef::new(d, 0); of.len()];
        for (mention, &e) in of.iter().enumerate() {
            now[end[e] as usize] = MentionRef::new(d, mention);
            end[e] += 1;
        }
        // The entities named before or now, in order: a bit each.
        let mut touched = vec![0u64; self.entities.len().div_ceil(64)];
        for e in (self.entity_of[d].iter().map(|&e| e as usize)).chain(of.iter().copied()) {
            touched[e / 64] |= 1 << (e % 64);
        }
        let touched = (touched.iter().enumerate()).flat_map(|(k, &bits)| {
            let rest = |&b: &u64| Some(b & (b - 1)).filter(|&b| b != 0);
            std::iter::successors(Some(bits).filter(|&b| b != 0), rest)
                .map(move |b| k * 64 + b.trailing_zeros() as usize)
        });
        let text_of = |m: MentionRef| doc.analysis.mentions[m.mention()].span.of(&doc.text);
        let language = doc.language().index();
        for e in touched {
            let from = if e == 0 { 0 } else { end[e - 1] as usize };
            let new = &now[from..end[e] as usize];
            if unchanged(&self.entities[e], d, new, text_of) {
                continue; // most entities, at a keystroke: nothing to copy
            }
            let entity = Arc::make_mut(&mut self.entities[e]);
            let had = entity.mentions.in_document(d).next().is_some();
            entity.articles = entity.articles + usize::from(!new.is_empty()) - usize::from(had);
            for &m in new {
                if !entity.forms.iter().any(|f| f == text_of(m)) {
                    entity.forms.push(text_of(m).to_owned());
                }
            }
            let written = |name: &str| new.iter().copied().find(|&m| text_of(m) == name);
            // Where the name is written as such: found again in the new text when it was in
            // the old one, or found there for the first time.
            if entity.canonical_mention.is_none_or(|m| m.document() == d) {
                entity.canonical_mention = written(&entity.name);
            }
            for (l, local) in entity.local.iter_mut().enumerate() {
                if let Some(local) = local.as_mut()
                    && local.mention.is_none_or(|m| m.document() == d)
                {
                    local.mention = written(&local.name).filter(|_| l == language);
                }
            }
            entity.mentions.replace_in(d, new.to_vec());
        }
    }

    /// The links of document `d`'s claims, and the other side of each, made anew: `doc`'s
    /// claims matched against the claims indexed at the last build, those of patched
    /// documents aside (they are out of date there).
    ///
    /// Given the document's `last` version, whose links were made the same way, a claim
    /// written as one of its claims was (`same_claim`) takes that claim's links.
    fn relink(&mut self, d: usize, doc: &Document, last: Option<&Document>) {
        let before = std::mem::replace(&mut self.related[d], Arc::from([]));
        let patched = &self.patched;
        let skip = |o: usize| o == d || patched.contains(&o);
        // A claim's links in other words depend on the story its article tells: the same
        // claim in a document that names or states other things is matched anew.
        let same_story = last.filter(|l| l.story() == doc.story());
        let mut was_written = same_story.map(|l| LastClaims::new(doc, l));
        let mut links = Vec::new();
        for (c, claim) in doc.analysis.claims.iter().enumerate() {
            if let Some(was) = was_written.as_mut().and_then(|w| w.find(c, claim)) {
                // In claim order, as made below.
                let (c, was) = (narrow(c), narrow(was));
                let from = before.partition_point(|l| l.0 < was);
                let kept = before[from..].iter().take_while(|l| l.0 == was);
                links.extend(kept.map(|&(_, other, relation)| (c, other, relation)));
                continue;
            }
            let found = (self.index.claims).related_to(&self.index.documents, doc, claim, &skip);
            links.extend(
                found
                    .into_iter()
                    .map(|(other, relation)| (narrow(c), other, relation)),
            );
        }
        if links[..] == before[..] {
            // The same links, so the same other sides: a keystroke that changed no claim.
            self.related[d] = before;
            return;
        }
        // The other side of each link, before and after, by document: a keystroke seldom
        // changes them, and a document whose links to this one stay is not touched.
        let mut back: HashMap<usize, [Vec<Link>; 2]> = HashMap::default();
        for (side, list) in [&*before, &links].into_iter().enumerate() {
            for &(claim, other, relation) in list {
                let entry = (
                    narrow(other.claim()),
                    ClaimRef::new(d, claim as usize),
                    relation,
                );
                back.entry(other.document()).or_default()[side].push(entry);
            }
        }
        for (o, [mut old, mut new]) in back {
            old.sort_by_key(|&(c, other, _)| (c, other));
            new.sort_by_key(|&(c, other, _)| (c, other));
            if old == new {
                continue;
            }
            let mut theirs: Vec<_> = (self.related[o].iter())
                .filter(|l| l.1.document() != d)
                .copied()
                .chain(new)
                .collect();
            theirs.sort_by_key(|&(c, other, _)| (c, other));
            self.related[o] = theirs.into();
        }
        self.related[d] = links.into();
    }
}

/// The claims of a document's last version, to find the one a claim of its new text is
/// written as (`same_claim`): first where it stood, counted from the start or from the end
/// of the list (the claims before and after an edit), else among those of the same
/// sentence.
struct LastClaims<'d> {
    doc: &'d Document,
    last: &'d Document,
    /// How many claims the last version had more than the new one.
    shift: isize,
    /// The last version's claims by their sentence, once a few were looked for elsewhere.
    by_sentence: Option<HashMap<&'d str, Vec<usize>>>,
    looked_for: usize,
}

/// How many claims are looked for through the whole list before the claims are indexed by
/// their sentence.
const LOOKS_BEFORE_AN_INDEX: usize = 8;

impl<'d> LastClaims<'d> {
    fn new(doc: &'d Document, last: &'d Document) -> Self {
        let count = |d: &Document| d.analysis.claims.len() as isize;
        LastClaims {
            doc,
            last,
            shift: count(last) - count(doc),
            by_sentence: None,
            looked_for: 0,
        }
    }

    /// The last version's claim that claim `c` (`claim`) of the new text is written as.
    /// Any of them has the links the first one has (`same_claim`).
    fn find(&mut self, c: usize, claim: &Claim) -> Option<usize> {
        let (doc, last) = (self.doc, self.last);
        let claims = &last.analysis.claims;
        let same = |i: usize| same_claim(&doc.text, claim, &last.text, &claims[i]);
        let moved = c.checked_add_signed(self.shift);
        if let Some(i) = [Some(c), moved]
            .into_iter()
            .flatten()
            .find(|&i| i < claims.len() && same(i))
        {
            return Some(i);
        }
        let sentence = claim.span.of(&doc.text);
        if self.by_sentence.is_none() && self.looked_for < LOOKS_BEFORE_AN_INDEX {
            self.looked_for += 1;
            return (0..claims.len()).find(|&i| claims[i].span.len() == sentence.len() && same(i));
        }
        let by_sentence = self.by_sentence.get_or_insert_with(|| {
            let mut by_sentence: HashMap<&str, Vec<usize>> = HashMap::default();
            for (i, c) in claims.iter().enumerate() {
                by_sentence
                    .entry(c.span.of(&last.text))
                    .or_default()
                    .push(i);
            }
            by_sentence
        });
        by_sentence
            .get(sentence)?
            .iter()
            .copied()
            .find(|&i| same(i))
    }
}

/// Whether claim `a` of text `ta` is written as claim `b` of text `tb`: the same kind, the
/// same words, its focus and figures at the same places in them. What links a claim reads
/// no more (`ClaimIndex::related_to`), so the two have the same links.
fn same_claim(ta: &str, a: &Claim, tb: &str, b: &Claim) -> bool {
    let (sa, sb) = (a.span, b.span);
    let at = |x: Span, s: Span| s.covers(x).then(|| (x.start - s.start, x.end - s.start));
    let same = |x: Span, y: Span| at(x, sa).is_some() && at(x, sa) == at(y, sb);
    a.kind == b.kind
        && sa.of(ta) == sb.of(tb)
        && same(a.focus, b.focus)
        && a.quantities.len() == b.quantities.len()
        && a.quantities.iter().zip(&b.quantities).all(|(qa, qb)| {
            qa.value == qb.value
                && qa.unit == qb.unit
                && same(qa.span, qb.span)
                && match (qa.noun, qb.noun) {
                    (Some(x), Some(y)) => same(x, y),
                    (None, None) => true,
                    _ => false,
                }
        })
}

/// Whether `entity` stays as it is with `new` for its mentions in document `d`: the same
/// mentions, each written in a form it knows, and its names written where it says.
fn unchanged<'t>(
    entity: &Entity,
    d: usize,
    new: &[MentionRef],
    text_of: impl Fn(MentionRef) -> &'t str,
) -> bool {
    // Where a name is written stays right: elsewhere, or still so here; and nowhere stays
    // nowhere only if the new mentions do not write it.
    let written = |at: Option<MentionRef>, name: &str| match at {
        Some(m) => m.document() != d || text_of(m) == name,
        None => !new.iter().any(|&m| text_of(m) == name),
    };
    // A name's mentions mostly write it one way: a text the last mention wrote is known.
    let mut last_known = None;
    let mut a_known_form = |m: MentionRef| {
        let text = text_of(m);
        let known = last_known == Some(text) || entity.forms.iter().any(|f| f == text);
        last_known = Some(text).filter(|_| known);
        known
    };
    entity.mentions.in_document(d).eq(new.iter().copied())
        && new.iter().all(|&m| a_known_form(m))
        && written(entity.canonical_mention, &entity.name)
        && (entity.local.iter().flatten()).all(|l| written(l.mention, &l.name))
}

/// The entity of a name no one else in the corpus has (as far as its indexes tell).
fn new_entity(doc: &Document, m: &Mention, knowledge: &KnowledgeBase) -> Entity {
    let text = m.span.of(&doc.text).to_owned();
    let known = knowledge.lookup(&m.key);
    let name = known.map_or_else(|| text.clone(), |k| k.name.clone());
    let identity = known
        .map(|k| k.id.clone())
        .or_else(|| m.identity().map(str::to_owned));
    let mut local = [None, None, None];
    local[doc.language().index()] = Some(Local {
        name: text.clone(),
        mention: None,
    });
    Entity {
        id: identity.clone().unwrap_or_else(|| entity_id(&fold(&name))),
        kind: known.map_or_else(|| kind_told(m.votes, 1), |k| k.kind),
        name,
        forms: vec![text],
        mentions: Default::default(),
        articles: 0,
        identity,
        description: known.and_then(|k| k.description.clone()),
        known: known.map(|k| (k.path.clone(), k.span)),
        canonical_mention: None,
        local,
    }
}

#[cfg(test)]
#[path = "patch_tests.rs"]
mod tests;
