//! Entity resolution across documents: which mentions name the same entity. Names are
//! matched by folded key; a surname or initials attach to the one full name that ends with
//! that surname; an acronym joins the long form it was defined for, or whose content-word
//! initials it spells.

use std::collections::HashMap;

use std::sync::Arc;

use super::document::Document;
use super::entity::{Entity, Local, MentionRef, entity_id, narrow};
use super::knowledge::KnowledgeBase;
use super::mentions::Mentions;
use super::stops_at;
use crate::analysis::{EntityKind, Form, KindVotes, Mention};
use crate::text::fold;

#[path = "resolve_acronyms.rs"]
mod acronyms;
#[path = "resolve_people.rs"]
mod people;
#[path = "resolve_variants.rs"]
mod variants;

use people::close;
#[cfg(test)]
use people::initials_fit;

/// Union-find over name keys.
/// Names that are one entity, as sets; a set a human identified (a knowledge-base entry,
/// an annotation's reference) carries that identity, and two sets that carry different
/// ones are never joined: what a human said are two entities stay two, whatever the rules
/// say (« Ilse Varga (PDV) » defines no acronym when the knowledge base knows both).
struct Groups {
    parent: Vec<usize>,
    /// Per set (at its root): the identity a human gave it, as an index of `identities`.
    identity: Vec<Option<usize>>,
}

impl Groups {
    fn new(n: usize) -> Groups {
        Groups {
            parent: (0..n).collect(),
            identity: vec![None; n],
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Gives `x`'s set an identity, unless it has one.
    fn identify(&mut self, x: usize, identity: usize) {
        let root = self.find(x);
        self.identity[root].get_or_insert(identity);
    }

    /// Joins the sets of `a` and `b`, unless a human identified them as two.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if let (Some(x), Some(y)) = (self.identity[a], self.identity[b])
            && x != y
        {
            return;
        }
        let (keep, gone) = (a.min(b), a.max(b));
        self.parent[gone] = keep;
        self.identity[keep] = self.identity[keep].or(self.identity[gone]);
    }
}

/// The entity of each of a document's mentions, by index into the corpus's entities.
pub type EntityOf = Arc<[u32]>;

/// The entities of `documents`, and for each document the entity of each of its mentions;
/// `None` once `stop` says to give up (see `Corpus::build_unless`).
pub fn resolve(
    documents: &[Arc<Document>],
    knowledge: &KnowledgeBase,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<(Vec<Entity>, Vec<EntityOf>)> {
    // One node per distinct key, in corpus order.
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut nodes: Vec<Node> = Vec::new();
    for (d, doc) in documents.iter().enumerate() {
        if stops_at(d, stop) {
            return None;
        }
        for (i, m) in doc.analysis.mentions.iter().enumerate() {
            let id = *ids.entry(&*m.key).or_insert_with(|| {
                nodes.push(Node::new(m));
                nodes.len() - 1
            });
            nodes[id].votes.merge(m.votes);
            // « Namur » after « Aurel Namur »: the article read a surname where the word alone
            // is one of the world's towns (a weak sign, not a country, a capital or a
            // commune); the corpus keeps that reading.
            if m.kind == EntityKind::Person
                && m.votes.winner() == EntityKind::Location
                && m.votes.organization == 0
                && only_a_town(&m.key)
            {
                nodes[id]
                    .votes
                    .add(EntityKind::Person, m.votes.location + 1);
            }
            nodes[id].people += usize::from(m.kind == EntityKind::Person);
            nodes[id].common_things += usize::from(m.common_thing());
            nodes[id].mentions.push(MentionRef::new(d, i));
        }
    }
    // Most of its mentions read as a common thing: none is a name.
    for node in nodes
        .iter_mut()
        .filter(|n| 2 * n.common_things > n.mentions.len())
    {
        node.votes = KindVotes::default();
    }
    let mut groups = Groups::new(nodes.len());
    // What a human identified as one (an annotation's reference, a knowledge-base entry)
    // is one, and what they identified as two stays two.
    let mut identified: HashMap<&str, (usize, usize)> = HashMap::new();
    for (k, (key, &node)) in ids.iter().enumerate() {
        if stops_at(k, stop) {
            return None;
        }
        if let Some(known) = knowledge.lookup(key) {
            nodes[node].votes.add(known.kind, 500);
            let count = identified.len();
            let (first, identity) = *identified.entry(known.id.as_str()).or_insert((node, count));
            groups.identify(node, identity);
            groups.union(first, node);
        }
    }
    for (d, doc) in documents.iter().enumerate() {
        if stops_at(d, stop) {
            return None;
        }
        for m in &doc.analysis.mentions {
            if let Some(id) = m.identity() {
                let node = ids[&*m.key];
                let count = identified.len();
                let (first, identity) = *identified.entry(id).or_insert((node, count));
                groups.identify(node, identity);
                groups.union(first, node);
            }
        }
    }
    variants::link_places(&ids, &mut groups, stop)?;
    acronyms::link_acronyms(documents, &ids, &nodes, &mut groups, stop)?;
    people::link_people(&nodes, &mut groups, stop)?;
    variants::link_spellings(&nodes, &mut groups, stop)?;
    variants::link_given_names(&nodes, &mut groups, stop)?;
    variants::link_short_names(&ids, &nodes, &mut groups, stop)?;

    // Gather groups into entities.
    let mut entity_of_root: HashMap<usize, usize> = HashMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for n in 0..nodes.len() {
        if stops_at(n, stop) {
            return None;
        }
        let root = groups.find(n);
        let e = *entity_of_root.entry(root).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[e].push(n);
    }
    let mut by_mention: Vec<Vec<u32>> = documents
        .iter()
        .map(|d| vec![0; d.analysis.mentions.len()])
        .collect();
    let mut entities = Vec::with_capacity(members.len());
    for (e, nodes_of) in members.iter().enumerate() {
        // The most named entities take milliseconds each: asked before each of them too.
        let many = nodes_of
            .iter()
            .map(|&n| nodes[n].mentions.len())
            .sum::<usize>();
        if (stops_at(e, stop) || many >= MENTIONS_BETWEEN_CHECKS) && stop() {
            return None;
        }
        let entity = build(documents, knowledge, &nodes, nodes_of, stop)?;
        // Its nodes' mentions are the entity's now: freed as it is made, not all kept
        // until the last entity is (they and the entities' copies made a build's peak).
        for &n in nodes_of {
            nodes[n].mentions = Vec::new();
        }
        for m in entity.mentions.iter() {
            by_mention[m.document()][m.mention()] = narrow(e);
        }
        entities.push(entity);
    }
    Some((entities, by_mention.into_iter().map(Arc::from).collect()))
}

/// Whether a name, folded, is one of the world's towns and no other place the gazetteer
/// knows (a country, a capital, a French commune).
fn only_a_town(key: &str) -> bool {
    crate::analysis::gazetteer::entry_folded(key)
        .is_some_and(|e| e.is_world_place() && e.place().is_none() && !e.is_french_place())
}

struct Node {
    form: Form,
    words: Vec<String>,
    /// « le guen »: particles, then the surname (`mention::particle_surname`).
    particle_surname: bool,
    votes: KindVotes,
    /// Its mentions that their article reads as a person's name (« Namur » after « Aurel
    /// Namur »).
    people: usize,
    /// Its mentions that their article reads as an acronym of a common thing (« une TRV »):
    /// when they are most of its mentions, none of them is a name, wherever the acronym
    /// stands alone; one article's « une UEN plus forte » does not take the institution
    /// from the others.
    common_things: usize,
    mentions: Vec<MentionRef>,
}

impl Node {
    fn new(m: &Mention) -> Self {
        Node {
            form: m.form,
            words: m.key.split(' ').map(str::to_owned).collect(),
            particle_surname: crate::analysis::mention::particle_surname(&m.key),
            votes: KindVotes::default(),
            people: 0,
            common_things: 0,
            mentions: Vec::new(),
        }
    }

    fn surname(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }

    /// A full name: two words or more, the first not an initial, not a surname with its
    /// particle alone (« Le Guen »).
    fn full_person(&self) -> bool {
        self.form == Form::Name
            && self.words.len() >= 2
            && !self.particle_surname
            && self.votes.winner() == EntityKind::Person
    }

    /// A name mostly written without a cue of a place or an organisation, or that most of its
    /// articles read as a person's (a surname that is also a town's name, after the full
    /// name); a country, a capital or a commune never.
    fn surname_like(&self) -> bool {
        let place_or_org = self.votes.location + self.votes.organization;
        self.votes.location < 5
            && ((place_or_org as usize) * 2 < self.mentions.len()
                || self.people * 2 > self.mentions.len())
    }

    fn given_initials(&self) -> Vec<char> {
        self.words[..self.words.len().saturating_sub(1)]
            .iter()
            .flat_map(|w| w.split('-'))
            .filter_map(|p| p.chars().next())
            .collect()
    }
}

/// How many mentions of one entity are gathered between two looks at the stop check.
const MENTIONS_BETWEEN_CHECKS: usize = 4096;

/// The entity of a group of nodes; `None` once `stop` says to give up.
fn build(
    documents: &[Arc<Document>],
    knowledge: &KnowledgeBase,
    nodes: &[Node],
    members: &[usize],
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<Entity> {
    let mut votes = KindVotes::default();
    // Kept with the entity: made to its length, not grown by doubling.
    let count = members.iter().map(|&n| nodes[n].mentions.len()).sum();
    let mut mentions: Vec<MentionRef> = Vec::with_capacity(count);
    for &n in members {
        votes.merge(nodes[n].votes);
        mentions.extend(&nodes[n].mentions);
    }
    mentions.sort();
    let text_of = |m: &MentionRef| -> &str {
        let d = &documents[m.document()];
        d.analysis.mentions[m.mention()].span.of(&d.text)
    };
    // Each form: its text, how often, its words, its form, and how often per language.
    let mut forms: Vec<(&str, usize, usize, Form, [usize; 3])> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if i % MENTIONS_BETWEEN_CHECKS == MENTIONS_BETWEEN_CHECKS - 1 && stop() {
            return None;
        }
        let text = text_of(m);
        let form = documents[m.document()].analysis.mentions[m.mention()].form;
        let language = documents[m.document()].language().index();
        match forms.iter_mut().find(|f| f.0 == text) {
            Some(f) => {
                f.1 += 1;
                f.4[language] += 1;
            }
            None => {
                let words = text.split_whitespace().count();
                let mut by_language = [0; 3];
                by_language[language] = 1;
                forms.push((text, 1, words, form, by_language));
            }
        }
    }
    // The fullest form, the most used among those (of one language's mentions, if given).
    let fullest = |language: Option<usize>| {
        forms
            .iter()
            .enumerate()
            .filter(|(_, f)| language.is_none_or(|l| f.4[l] > 0))
            .max_by_key(|(i, f)| {
                let count = language.map_or(f.1, |l| f.4[l]);
                (f.3 == Form::Name, f.2, count, std::cmp::Reverse(*i))
            })
            .map(|(_, f)| f.0)
    };
    let known = mentions.iter().find_map(|m| {
        knowledge.lookup(&documents[m.document()].analysis.mentions[m.mention()].key)
    });
    let name = known.map_or_else(
        || fullest(None).unwrap_or_default().to_owned(),
        |k| k.name.clone(),
    );
    let canonical_mention = mentions.iter().copied().find(|m| text_of(m) == name);
    let local = [0, 1, 2].map(|l| {
        // The knowledge base's name, where that language writes it so.
        let written = |n: &str| forms.iter().any(|f| f.0 == n && f.4[l] > 0);
        let name = known
            .map(|k| k.name.as_str())
            .filter(|n| written(n))
            .or_else(|| fullest(Some(l)))?;
        let mention = mentions
            .iter()
            .copied()
            .find(|m| documents[m.document()].language().index() == l && text_of(m) == name);
        Some(Local {
            name: name.to_owned(),
            mention,
        })
    });
    let identity = known.map(|k| k.id.clone()).or_else(|| {
        mentions.iter().find_map(|m| {
            documents[m.document()].analysis.mentions[m.mention()]
                .identity()
                .map(str::to_owned)
        })
    });
    Some(Entity {
        id: identity.clone().unwrap_or_else(|| entity_id(&fold(&name))),
        identity,
        description: known.and_then(|k| k.description.clone()),
        known: known.map(|k| (k.path.clone(), k.span)),
        canonical_mention,
        local,
        kind: kind_told(votes, mentions.len()),
        name,
        forms: forms.into_iter().map(|f| f.0.to_owned()).collect(),
        articles: mentions
            .chunk_by(|a, b| a.document() == b.document())
            .count(),
        mentions: Mentions::new(mentions),
    })
}

/// The kind the votes of an entity's mentions tell; `Other` when they are too few to tell:
/// a name written a dozen times with one weak cue (« à Zorvex ») is not known to be a place.
pub(super) fn kind_told(votes: KindVotes, mentions: usize) -> EntityKind {
    let best = votes.person.max(votes.organization).max(votes.location) as usize;
    if best * 12 < mentions {
        EntityKind::Other
    } else {
        votes.winner()
    }
}

#[cfg(test)]
#[path = "resolve_tests.rs"]
mod tests;
