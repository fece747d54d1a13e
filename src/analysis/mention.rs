//! Mentions: the names an article gives to people, organisations and places, found with no
//! annotation. Capitalised words joined by name connectors make a name; an organisation's
//! head word may carry lowercase words after it; « Long Name (ACR) » defines an acronym; a
//! capitalised word at the start of a sentence is a name only when the article also writes
//! it capitalised elsewhere, or the gazetteer knows it.

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use super::kind::{EntityKind, KindVotes};
use super::name_scan::NameScan;
use super::tokens::Tokens;
use crate::article::Article;
use crate::text::{Language, Span, fold};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A name as written: « Vladimir Poutine », « Astana », « Tokaïev ».
    Name,
    /// Initials and a surname: « V. Poutine », « K-J. Tokaïev ».
    Initials,
    /// An all-capitals acronym: « OTSC ».
    Acronym,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub form: Form,
    /// Cues around this mention alone.
    pub votes: KindVotes,
    /// The kind this article's cues give the name, all its mentions taken together.
    pub kind: EntityKind,
    /// Folded text, the key the corpus matches names by; shared by the mentions of one
    /// name in an article.
    pub key: Arc<str>,
    /// What few mentions have (see [`Rare`]), boxed in one: a corpus keeps every mention,
    /// and two boxes of their own took 16 bytes more of each.
    pub(super) rare: Option<Box<Rare>>,
    /// Who said this is a name: the rules, an annotator, or a name known elsewhere.
    pub origin: Origin,
}

/// Who said a mention is a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The rules, from the words and their context.
    Rules,
    /// An annotator, in the article's `.ann` file: its kind and edges are settled.
    Annotator,
    /// A name the knowledge base holds, or one an annotator marked in another article,
    /// found here where the rules saw none (`corpus::known_names`).
    Known,
}

/// What few mentions have: an acronym's long form, or an identity a human gave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Rare {
    /// An acronym this long form defines here (« (OTSC) »), or the long form an acronym
    /// stands for.
    expands: Option<Span>,
    /// Who this is, when a human said so: an annotation's reference (`Wikidata:Q7747`)
    /// or a knowledge-base id.
    identity: Option<Box<str>>,
    /// An acronym of a common thing (`common_acronyms`): no mention of it, in any article,
    /// names someone or somewhere.
    common_thing: bool,
}

impl Mention {
    /// An acronym this long form defines here (« (OTSC) »), or the long form an acronym
    /// stands for.
    pub fn expands(&self) -> Option<Span> {
        self.rare.as_ref().and_then(|r| r.expands)
    }

    /// Who this is, when a human said so: an annotation's reference (`Wikidata:Q7747`)
    /// or a knowledge-base id.
    pub fn identity(&self) -> Option<&str> {
        self.rare.as_ref().and_then(|r| r.identity.as_deref())
    }

    /// Records the acronym or long form this mention stands with (see [`Mention::expands`]).
    pub fn set_expands(&mut self, other: Span) {
        self.rare.get_or_insert_with(Box::default).expands = Some(other);
    }

    /// An acronym of a common thing (« une TRV »), which no article's mention of it makes a
    /// name: the corpus takes every kind from the entity when most of its mentions are read so
    /// (`corpus::resolve`).
    pub fn common_thing(&self) -> bool {
        self.rare.as_ref().is_some_and(|r| r.common_thing)
    }

    /// Records that this acronym stands for a common thing (see [`Mention::common_thing`]).
    pub fn set_common_thing(&mut self) {
        self.rare.get_or_insert_with(Box::default).common_thing = true;
    }

    /// The surname: the last word (people), folded.
    pub fn surname_key(&self) -> &str {
        surname(&self.key)
    }

    pub fn word_count(&self) -> usize {
        word_count(&self.key)
    }

    /// Recorded by an annotator, not guessed.
    pub fn is_annotated(&self) -> bool {
        self.origin == Origin::Annotator
    }
}

/// Every mention in `text`, in order, non-overlapping.
pub fn mentions(text: &str, article: &Article) -> Vec<Mention> {
    let t = Tokens::new(text);
    let sentence_words = t.ranges(article.sentences.iter().map(|s| s.span));
    mentions_in(&t, article, &sentence_words).0
}

/// A mention an annotator recorded: its kind is settled, whatever the cues say.
pub fn annotated(text: &str, span: Span, kind: EntityKind, identity: Option<String>) -> Mention {
    let name = span.of(text);
    let mut votes = KindVotes::default();
    votes.add(kind, 1000);
    let all_caps = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    Mention {
        span,
        form: if all_caps { Form::Acronym } else { Form::Name },
        votes,
        kind,
        key: fold(name).into(),
        rare: identity.map(|i| {
            Box::new(Rare {
                expands: None,
                identity: Some(i.into_boxed_str()),
                common_thing: false,
            })
        }),
        origin: Origin::Annotator,
    }
}

/// Every mention among the words `t`, and the article's language if the scan told it
/// (`NameScan::language`); `sentence_words` are the words of each of the article's
/// sentences (`Tokens::ranges`).
pub fn mentions_in(
    t: &Tokens,
    article: &Article,
    sentence_words: &[std::ops::Range<usize>],
) -> (Vec<Mention>, Option<Language>) {
    let names = NameScan::new(t, article, sentence_words);
    // Front matter is metadata, not text.
    let body = article.front_matter.span.map_or(0, |s| s.end);
    let from = t.words.partition_point(|w| w.span.start < body);
    let (found, _) = names.find(from..t.words.len());
    (names.finish(found), names.language())
}

/// « Long Name (ACR) »: the acronym stands for the mention right before its parenthesis.
/// Mentions found, settled over the article: acronyms joined to their long forms, one kind
/// per name.
pub fn settle(text: &str, mentions: &mut [Mention]) {
    define_acronyms(text, mentions);
    super::common_acronyms::unkind_common_acronyms(text, mentions);
    particles_from_full_names(text, mentions);
    settle_kinds(text, mentions);
}

/// « Le Guen » opening a sentence, where « Le » reads as an article, is the name the article
/// writes « Sophie Le Guen » elsewhere: a surname found without its capitalised particle
/// takes it back when a fuller name of the article ends with both.
fn particles_from_full_names(text: &str, mentions: &mut [Mention]) {
    // First the one-word names right after « Le », « La », « De », « Van », « Della »… and a
    // space, told by the bytes before them: most articles have none, and pay nothing more.
    let bytes = text.as_bytes();
    let particle_before = |m: &Mention| -> Option<usize> {
        let at = m.span.start;
        if at < 3 || bytes[at - 1] != b' ' {
            return None;
        }
        let from = [3, 4, 6]
            .into_iter()
            .filter(|&back| back <= at)
            .map(|back| at - back)
            .find(|&f| matches!(bytes[f], b'L' | b'D' | b'V'))?;
        if from > 0 && bytes[from - 1].is_ascii_alphanumeric() {
            return None;
        }
        let lower = text.get(from..at - 1)?.to_ascii_lowercase();
        super::lexicon::is(&lower, super::lexicon::NAME_PARTICLES).then_some(from)
    };
    let candidates: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| particle_before(m).map(|from| (i, from)))
        .filter(|&(i, _)| mentions[i].word_count() == 1)
        .collect();
    if candidates.is_empty() {
        return;
    }
    // The particle and surname ending every fuller name: « le guen » of « sophi le guen ».
    // A name's mentions share their key: each key is looked at once.
    let mut seen: rustc_hash::FxHashSet<*const u8> = Default::default();
    let endings: rustc_hash::FxHashSet<&str> = mentions
        .iter()
        .filter(|m| seen.insert(m.key.as_ptr()))
        .filter_map(|m| {
            let key: &str = &m.key;
            let last = last_space(key)?;
            Some(last_space(&key[..last]).map_or(key, |b| &key[b + 1..]))
        })
        .collect();
    let extended: Vec<(usize, usize, String)> = candidates
        .into_iter()
        .filter_map(|(i, from)| {
            let particle = text[from..mentions[i].span.start].trim_end().to_lowercase();
            let wanted = format!("{particle} {}", mentions[i].key);
            endings
                .contains(wanted.as_str())
                .then_some((i, from, wanted))
        })
        .collect();
    for (i, start, key) in extended {
        let m = &mut mentions[i];
        m.span.start = start;
        m.key = key.into();
        // The article it was read after (« le » → a place) is its particle.
        m.votes.location = m.votes.location.saturating_sub(1);
    }
}

/// « Long Name (ACR) », where the acronym's letters fit the name (`long_forms::letters_fit`):
/// each stands for the other, and the acronym takes the long form's kind. « Ilse Varga (PDV) »
/// is a person and another's acronym; « l’office HLM de Valdorge (OPV) », a town and the
/// acronym of what the rules read as no name.
fn define_acronyms(text: &str, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (long, acr) = (mentions[i - 1].span, mentions[i].span);
        let between = &text[long.end..acr.start];
        let closes = text[acr.end..].starts_with(')');
        if mentions[i].form == Form::Acronym
            && between.trim() == "("
            && closes
            && !opens_line_in_capitals(text, long)
            && super::long_forms::letters_fit(acr.of(text), long.of(text))
        {
            mentions[i].set_expands(long);
            mentions[i - 1].set_expands(acr);
            // The acronym of a place is a place (« République démocratique du Congo (RDC) »):
            // its own vote for an organisation, being an acronym, goes.
            let votes = mentions[i - 1].votes;
            if votes.winner() == EntityKind::Location {
                let own = &mut mentions[i].votes;
                own.organization = own.organization.saturating_sub(2);
            }
            mentions[i].votes.merge(votes);
        }
    }
}

/// « VALDORGE (AFP) »: a name in capitals opening a line before an acronym in brackets is a
/// dateline's town, which the agency's acronym does not stand for (`name_datelines`).
fn opens_line_in_capitals(text: &str, span: Span) -> bool {
    let line = text[..span.start].rsplit('\n').next().unwrap_or("");
    line.trim().is_empty()
        && span
            .of(text)
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// One kind per name in this article: the votes of all its mentions, plus a surname's
/// share of the full name it ends (« Hess » after « Maximilian Hess »), and a list's
/// kind for a name that has none (`super::coordination`).
fn settle_kinds(text: &str, mentions: &mut [Mention]) {
    // Each name once, with the votes of all its mentions and how many they are; each
    // mention's name by its number: one lookup a mention, the rest a name at a time.
    // A name's mentions share its key, so most are found by the key's address and few keys
    // are hashed.
    let n = mentions.len();
    let mut ids: HashMap<&str, u32> = HashMap::with_capacity_and_hasher(n, Default::default());
    let mut at: HashMap<(*const u8, usize), u32> =
        HashMap::with_capacity_and_hasher(n, Default::default());
    let mut names: Vec<(&str, KindVotes, u32)> = Vec::with_capacity(mentions.len());
    let mut id_of = Vec::with_capacity(mentions.len());
    let mut first_mention: Vec<u32> = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        let id = *at.entry((m.key.as_ptr(), m.key.len())).or_insert_with(|| {
            *ids.entry(&*m.key).or_insert_with(|| {
                names.push((&m.key, KindVotes::default(), 0));
                first_mention.push(i as u32);
                (names.len() - 1) as u32
            })
        });
        let name = &mut names[id as usize];
        name.1.merge(m.votes);
        name.2 += 1;
        id_of.push(id);
    }
    // A share that outweighs a town of the world's of the same name (« Namur » after
    // « Aurel Namur »), not a country, a capital or a commune.
    let mut surnames: HashMap<&str, KindVotes> = HashMap::default();
    for &(key, votes, count) in names.iter().filter(|n| word_count(n.0) > 1) {
        if votes.winner() == EntityKind::Person {
            surnames
                .entry(surname(key))
                .or_default()
                .add(EntityKind::Person, 2 * count + 1);
        }
    }
    // « Zorvex » after « Zorvex SA »: a firm's name without its legal form (`name_short_forms`).
    let firms = name_short_forms::firm_short_forms(&names);
    // « Varnok » after « Varnok CSF »: a two-word firm's first word (`name_short_forms`).
    let first_words =
        name_short_forms::first_words_of_firms(text, mentions, &names, &first_mention, |w| {
            surnames.contains_key(w)
        });
    let kind_of: Vec<EntityKind> = (names.iter())
        .map(|&(key, votes, _)| {
            let mut v = votes;
            if !firms.is_empty()
                && let Some(&share) = firms.get(key)
            {
                v.merge(share);
            }
            if word_count(key) == 1 {
                v.merge(surnames.get(key).copied().unwrap_or_default());
                if v.location == 0
                    && !first_words.is_empty()
                    && let Some(&share) = first_words.get(key)
                {
                    v.add(EntityKind::Organization, share);
                }
            } else if particle_surname(key) {
                // « Le Guen » after « Sophie Le Guen »: the surname with its particle.
                v.merge(surnames.get(surname(key)).copied().unwrap_or_default());
            }
            v.winner()
        })
        .collect();
    // « Vernet » after « Alix Vernet » and « Paul Vernet »: a surname that ends a person's
    // first name and surname is a person, even when two people share it and the corpus
    // cannot join it to either: the mention itself carries the cue, as a list's kind does.
    // Two words exactly: a surname after a particle is often a place (« Louis de Bade »).
    let clear_surnames: rustc_hash::FxHashSet<&str> = (names.iter())
        .filter(|&&(key, votes, _)| {
            let first = key.split(' ').next().unwrap_or_default();
            votes.winner() == EntityKind::Person
                && word_count(key) == 2
                && super::lexicon::is(first, super::lexicon::FIRST_NAMES)
        })
        .map(|&(key, _, _)| surname(key))
        .collect();
    let shared_surname: Vec<bool> = (names.iter().zip(&kind_of))
        .map(|(&(key, _, _), &kind)| {
            kind == EntityKind::Person && word_count(key) == 1 && clear_surnames.contains(key)
        })
        .collect();
    // The firm's short name carries the cue itself, which the corpus sums with the others.
    let firm_short: Vec<bool> = (names.iter().zip(&kind_of))
        .map(|(&(key, _, _), &kind)| {
            kind == EntityKind::Organization
                && !first_words.is_empty()
                && word_count(key) == 1
                && first_words.contains_key(key)
        })
        .collect();
    for (m, &id) in mentions.iter_mut().zip(&id_of) {
        if shared_surname[id as usize] && m.votes == KindVotes::default() {
            m.votes.add(EntityKind::Person, 1);
        }
        if firm_short[id as usize] && m.votes.location == 0 {
            m.votes.add(EntityKind::Organization, 2);
        }
    }
    let kinds: Vec<EntityKind> = id_of.iter().map(|&id| kind_of[id as usize]).collect();
    // « Roosevelt, Churchill et Staline »: a name left without a kind takes its list's.
    // It is a cue of that mention, which the corpus sums with the others.
    let mut kinds = kinds;
    if kinds.contains(&EntityKind::Other) {
        let listed = super::coordination::list_kinds(text, mentions, &kinds);
        if !listed.is_empty() {
            let mut listed_kind = vec![None; kind_of.len()];
            for (i, kind) in listed {
                mentions[i].votes.add(kind, 1);
                listed_kind[id_of[i] as usize] = Some(kind);
            }
            for (k, &id) in kinds.iter_mut().zip(&id_of) {
                if *k == EntityKind::Other
                    && let Some(kind) = listed_kind[id as usize]
                {
                    *k = kind;
                }
            }
        }
    }
    for (m, k) in mentions.iter_mut().zip(kinds) {
        m.kind = k;
    }
}

/// The last word of a folded name.
fn surname(key: &str) -> &str {
    last_space(key).map_or(key, |at| &key[at + 1..])
}

/// How many words a folded name has.
fn word_count(key: &str) -> usize {
    key.bytes().filter(|&b| b == b' ').count() + 1
}

/// Where the last space of a short key is, looked for byte by byte (a key is a few words:
/// no search worth setting up).
fn last_space(key: &str) -> Option<usize> {
    key.bytes().rposition(|b| b == b' ')
}

/// A folded name of particles and one last word: « le guen », « van rompuy ».
pub fn particle_surname(key: &str) -> bool {
    // Particles are short and start l, d or v: most names are told by their first bytes.
    if !matches!(key.as_bytes().first(), Some(b'l' | b'd' | b'v'))
        || key.find(' ').is_none_or(|first| first > 5)
    {
        return false;
    }
    let mut words = key.split(' ');
    words.next_back().is_some()
        && words.all(|w| super::lexicon::is(w, super::lexicon::NAME_PARTICLES) || w == "l")
}

#[path = "name_short_forms.rs"]
mod name_short_forms;

#[cfg(test)]
#[path = "name_short_forms_tests.rs"]
mod short_forms_tests;

#[cfg(test)]
#[path = "mention_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "name_edges_tests.rs"]
mod edges_tests;

#[cfg(test)]
#[path = "name_kinds_tests.rs"]
mod kinds_tests;

#[cfg(test)]
#[path = "name_word_kinds_tests.rs"]
mod word_kinds_tests;

#[cfg(test)]
#[path = "name_first_names_tests.rs"]
mod first_names_tests;

#[cfg(test)]
#[path = "name_labels_tests.rs"]
mod labels_tests;

#[cfg(test)]
#[path = "name_datelines_tests.rs"]
mod datelines_tests;

#[cfg(test)]
#[path = "name_clubs_tests.rs"]
mod clubs_tests;

#[cfg(test)]
#[path = "name_media_tests.rs"]
mod media_tests;

#[cfg(test)]
#[path = "name_demonyms_tests.rs"]
mod demonyms_tests;

#[cfg(test)]
#[path = "name_portfolios_tests.rs"]
mod portfolios_tests;

#[cfg(test)]
#[path = "name_regions_tests.rs"]
mod regions_tests;

#[cfg(test)]
#[path = "name_firms_tests.rs"]
mod firms_tests;
