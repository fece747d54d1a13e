//! Finding names word by word: capitalised words joined by name connectors, an
//! organisation's head word and the lowercase words it carries, initials, acronyms; a
//! capitalised word opening a sentence only when the article confirms it elsewhere or the
//! gazetteer knows it. Names never cross a line break, so a stretch of words (a paragraph)
//! can be scanned alone; [`NameScan::find`] reports what it asked of the rest of the
//! article (`super::reading` keeps an edited article's unchanged paragraphs' names).

use std::cell::RefCell;
use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::gazetteer;
use super::kind::EntityKind;
use super::lexicon as lx;
use super::mention::{Form, Mention};
use super::tokens::Tokens;
use crate::analysis::common_words;
use crate::article::Article;
use crate::text::{Span, Word, fold_into};
pub use name_blocks::{BlockTable, Capitals, openings};
pub(crate) use name_firms::closes_a_firm_s_name;

#[path = "name_blocks.rs"]
mod name_blocks;
#[path = "name_capitals.rs"]
mod name_capitals;
#[path = "name_cases.rs"]
mod name_cases;
#[path = "name_clubs.rs"]
mod name_clubs;
#[path = "name_compounds.rs"]
mod name_compounds;
#[path = "name_datelines.rs"]
mod name_datelines;
#[path = "name_events.rs"]
mod name_events;
#[path = "name_firms.rs"]
pub(super) mod name_firms;
#[path = "name_glued.rs"]
mod name_glued;
#[path = "name_labels.rs"]
mod name_labels;
#[path = "name_lines.rs"]
mod name_lines;
#[path = "name_media.rs"]
mod name_media;
#[path = "name_noun_acronyms.rs"]
mod name_noun_acronyms;
#[path = "name_openers.rs"]
mod name_openers;
#[path = "name_particles.rs"]
mod name_particles;
#[path = "name_place_heads.rs"]
mod name_place_heads;
#[path = "name_portfolios.rs"]
mod name_portfolios;
#[path = "name_regions.rs"]
mod name_regions;
#[path = "name_results.rs"]
mod name_results;
#[path = "name_surnames.rs"]
mod name_surnames;
#[path = "name_two_people.rs"]
mod name_two_people;
#[path = "name_votes.rs"]
mod name_votes;
#[path = "name_words.rs"]
mod name_words;

/// Finding the names of one article, a stretch of words at a time: names never cross a
/// line break, so a paragraph's names depend on its own words and flags, and on which of
/// the capitalised words the rest of the article confirms — which `find` reports, so that
/// an edited article may keep the names of its unchanged paragraphs (`super::reading`).
pub struct NameScan<'a, 't> {
    scan: Scan<'a, 't>,
    confirmed: HashSet<&'a str>,
    /// The keys of the words written in capitals (« ACLASTA », "FREE"), with how the article
    /// writes them elsewhere: [`LOWERCASE`], [`MIXED_CASE`].
    cased: HashMap<&'a str, u8>,
    /// The article writes the pronoun "i" in lowercase (twice): web copy typed in haste, which
    /// writes places in lowercase too ("we moved to ohio").
    casual: bool,
}

/// Whether a word was asked about among the confirmed names, and the answer: `(word, yes)`;
/// a word index with [`WRITTEN_LOWERCASE`] or [`WRITTEN_MIXED_CASE`] set asks instead how
/// the article writes a word it also writes in capitals.
pub type Asked = Vec<(usize, bool)>;

/// Asked of a word in capitals: whether the article writes it in lowercase elsewhere.
const WRITTEN_LOWERCASE: usize = 1 << (usize::BITS - 1);
/// Asked of a word in capitals: whether the article writes it capitalised, not in capitals.
const WRITTEN_MIXED_CASE: usize = 1 << (usize::BITS - 2);
/// Asked of the article, with the stretch's first word: whether it writes the pronoun "i"
/// in lowercase (`casual`).
const CASUAL: usize = 1 << (usize::BITS - 3);
/// A word's flag: it opens a sentence or a quotation.
const INITIAL: u8 = 1;
/// A word's flag: it is in a Title Case heading.
const TITLE_CASE: u8 = 2;
const LOWERCASE: u8 = 1;
const MIXED_CASE: u8 = 2;

impl<'a, 't> NameScan<'a, 't> {
    /// `sentence_words` are the words of each of the article's sentences.
    pub fn new(
        t: &'a Tokens<'t>,
        article: &'a Article,
        sentence_words: &[std::ops::Range<usize>],
    ) -> Self {
        let scan = Scan::new(t, article, sentence_words);
        let confirmed = scan.confirmed_names();
        let cased = scan.cased();
        let bytes = t.text.as_bytes();
        let mut is = (t.words.iter()).filter(|w| w.span.len() == 1 && bytes[w.span.start] == b'i');
        // Twice at least: a lone « i » is as often an OCR misreading or a list's letter.
        let casual = is.nth(1).is_some();
        NameScan {
            scan,
            confirmed,
            cased,
            casual,
        }
    }

    /// The answer to an asked question about word `i` (see [`Asked`]).
    fn answer(&self, question: usize) -> bool {
        if question & CASUAL != 0 {
            return self.casual;
        }
        let i = question & !(WRITTEN_LOWERCASE | WRITTEN_MIXED_CASE);
        let key = self.scan.tokens.key(i);
        let cased = || self.cased.get(key).copied().unwrap_or(0);
        if question & WRITTEN_LOWERCASE != 0 {
            cased() & LOWERCASE != 0
        } else if question & WRITTEN_MIXED_CASE != 0 {
            cased() & MIXED_CASE != 0
        } else {
            self.confirmed.contains(key)
        }
    }

    /// The mentions among words `range`, before the article-wide settling, and what their
    /// finding asked of the confirmed names.
    pub fn find(&self, range: std::ops::Range<usize>) -> (Vec<Mention>, Asked) {
        // Room for about a capitalised word in eight, and a name in sixteen words, taken once:
        // lists grown one by one are moved (and their pages touched) again and again.
        let asked = RefCell::new(Vec::with_capacity(range.len() / 8));
        let confirmed = |question: usize| {
            let yes = self.answer(question);
            asked.borrow_mut().push((question, yes));
            yes
        };
        // Where the names are first, then the mentions, in a list of the right length: a
        // list of mentions grown one by one is moved (and its pages touched) again and again.
        let mut found = Vec::with_capacity(range.len() / 16);
        let casual = confirmed(CASUAL | range.start);
        let mut i = range.start;
        while i < range.end {
            // A name opens with a capitalised word or an organisation's lowercase head
            // word (see `Scan::name_at`): most words are neither.
            if !self.scan.words[i].capitalised
                && !self.scan.tokens.is(i, lx::LOWERCASE_ORGANIZATION_HEADS)
            {
                // "we drove to san diego": casual English copy writes places in lowercase.
                if casual
                    && !self.scan.words[i].numeric
                    && let Some(end) = self.scan.lowercase_place(i, range.end)
                {
                    found.push((i, end, Form::Name, None));
                    i = end + 1;
                    continue;
                }
                i += 1;
                continue;
            }
            // « Le Canard enchaîné », "The Guardian": a well-known title (`name_media`).
            if let Some((a, b)) = self.scan.media_title(i) {
                found.push((a, b, Form::Name, Some(EntityKind::Organization)));
                i = b + 1;
                continue;
            }
            // « VALDORGE (AFP) - »: a dateline's town, region and agency (`name_datelines`).
            if let Some(dateline) = self.scan.line_dateline(i, range.clone()) {
                let place = Some(EntityKind::Location);
                found.push((dateline.town.0, dateline.town.1, Form::Name, place));
                if let Some((a, b)) = dateline.region {
                    let form = if self.scan.dotted_acronym(a, b) {
                        Form::Acronym
                    } else {
                        Form::Name
                    };
                    found.push((a, b, form, place));
                }
                if let Some((a, b)) = dateline.agency {
                    let form = if a == b && self.scan.words[a].all_caps {
                        Form::Acronym
                    } else {
                        Form::Name
                    };
                    found.push((a, b, form, Some(EntityKind::Organization)));
                }
                i = dateline.end + 1;
                continue;
            }
            match self.scan.name_at(i, &confirmed) {
                // "New Yorkers", "New Zealanders": the people of a town of two words, no name.
                Some((end, _)) if end > i && self.scan.town_people_of_words(i, end) => i = end + 1,
                Some((end, form)) => {
                    // "the Battle of Brescoux": the place only, a place (`name_events`).
                    if form == Form::Name
                        && let Some(place) = self.scan.battle_place_start(i, end)
                    {
                        found.push((place, end, form, Some(EntityKind::Location)));
                        i = end + 1;
                        continue;
                    }
                    let start = match self.scan.event_place_start(i, end) {
                        _ if form != Form::Name => i,
                        // « le Gouvernement Morel »: the person (`name_words`).
                        _ if self.scan.government_of(i, end) => end,
                        // « le Tour d’Italie »: the place only.
                        place if place > i => place,
                        // « la mer Noire », « la rue des Tanneurs »: the kind of place opens it.
                        _ => {
                            let after = found.last().map_or(range.start, |&(_, b, _, _)| b + 1);
                            self.scan.place_head_before(i, after.max(range.start))
                        }
                    };
                    match self
                        .scan
                        .second_person(start, end)
                        .filter(|_| form == Form::Name)
                    {
                        Some(k) => found.extend([(start, k - 1, form, None), (k, end, form, None)]),
                        None => found.push((start, end, form, None)),
                    }
                    i = end + 1;
                }
                None => i += 1,
            }
        }
        let mut mentions = Vec::with_capacity(found.len());
        for (a, b, form, kind) in found {
            let mut m = self.scan.mention(a, b, form);
            if let Some(kind) = kind {
                m.votes.add(kind, 5);
            }
            // « CHANTS LOINTAINS »: see `Scan::heading_words`.
            if !self.scan.heading_words(a, b, &m) {
                mentions.push(m);
            }
        }
        (mentions, asked.into_inner())
    }

    /// The flags a word's part in a name depends on besides its text: it opens a sentence
    /// or a quotation (1), it is in a Title Case heading (2).
    pub fn flags(&self, range: std::ops::Range<usize>) -> &[u8] {
        &self.scan.flags[range]
    }

    /// Whether the confirmed names still answer as they did, for words `offset` further on.
    pub fn answers(&self, asked: &[(usize, bool)], offset: usize) -> bool {
        asked
            .iter()
            .all(|&(question, yes)| self.answer(question + offset) == yes)
    }

    /// The article's language, if the scan had to tell it (`text::guess_language` of the
    /// whole text): the corpus takes it rather than guess again.
    pub fn language(&self) -> Option<crate::text::Language> {
        self.scan.language.get().copied()
    }

    /// The article's mentions once found, in order, long forms read in pieces joined
    /// (`super::long_forms`), settled (see [`super::mention::settle`]).
    pub fn finish(&self, mut mentions: Vec<Mention>) -> Vec<Mention> {
        super::long_forms::join(self.scan.text, &mut mentions);
        super::mention::settle(self.scan.text, &mut mentions);
        mentions
    }
}

/// How well the gazetteer knows a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Known {
    Not,
    /// One of the world's towns or a US state (`data/world_places.tsv`): a town may share
    /// its name with a person.
    Town,
    /// A country, a capital, a world region, a French commune.
    Place,
}

struct Scan<'a, 't> {
    text: &'t str,
    words: &'a [Word],
    tokens: &'a Tokens<'t>,
    /// Each word's [`INITIAL`] and [`TITLE_CASE`] flags.
    flags: Vec<u8>,
    /// The words opening a line that goes on the sentence of the line before
    /// (`name_lines`), in order: few articles have any.
    wraps: Vec<usize>,
    quotes: &'a [crate::article::Quote],
    /// Folded names and how well the gazetteer knows them, by the text as written: an
    /// article repeats its names, and folding is the costly part of a mention.
    folds: RefCell<HashMap<&'t str, (Arc<str>, Known)>>,
    /// The buffer a name is folded in before its key is kept in `folds`.
    folded: RefCell<String>,
    /// Whether the article is written in English, told when first needed.
    language: std::cell::OnceCell<crate::text::Language>,
}

impl<'a, 't> Scan<'a, 't> {
    fn new(
        t: &'a Tokens<'t>,
        article: &'a Article,
        sentence_words: &[std::ops::Range<usize>],
    ) -> Self {
        let mut flags = vec![0; t.words.len()];
        let mut wraps = Vec::new();
        let all = 0..t.words.len();
        let paragraphs = &article.paragraphs;
        name_blocks::mark(
            t,
            paragraphs,
            sentence_words,
            all,
            paragraphs,
            &mut flags,
            &mut wraps,
        );
        Scan::with_flags(t, article, flags, wraps)
    }

    /// The scan of words whose flags ([`INITIAL`], [`TITLE_CASE`]) and wrapped lines'
    /// first words are known.
    fn with_flags(
        t: &'a Tokens<'t>,
        article: &'a Article,
        flags: Vec<u8>,
        wraps: Vec<usize>,
    ) -> Self {
        Scan {
            text: t.text,
            words: &t.words,
            tokens: t,
            flags,
            wraps,
            quotes: &article.quotes,
            // Room for about a name in sixteen words, taken once.
            folds: RefCell::new(HashMap::with_capacity_and_hasher(
                t.words.len() / 16,
                Default::default(),
            )),
            folded: RefCell::default(),
            language: std::cell::OnceCell::new(),
        }
    }

    /// The word opens a sentence or a quotation.
    fn initial(&self, i: usize) -> bool {
        self.flags[i] & INITIAL != 0
    }

    /// The word is in a Title Case heading.
    fn title_case(&self, i: usize) -> bool {
        self.flags[i] & TITLE_CASE != 0
    }

    /// The folded key of a name as written, and how well the gazetteer knows it.
    fn fold(&self, name: &'t str) -> (Arc<str>, Known) {
        self.folded_as(name, |(key, place)| (key.clone(), *place))
    }

    /// What `read` reads of the folded key of a name and how well the gazetteer knows it,
    /// folded and kept when first asked.
    fn folded_as<R>(&self, name: &'t str, read: impl FnOnce(&(Arc<str>, Known)) -> R) -> R {
        let mut folds = self.folds.borrow_mut();
        read(folds.entry(name).or_insert_with(|| {
            let mut key = self.folded.borrow_mut();
            fold_into(name, &mut key);
            let place = self.place_known(name, &key);
            (Arc::from(key.as_str()), place)
        }))
    }

    /// How well the gazetteer knows `name`, folded as `key`.
    fn place_known(&self, name: &str, key: &str) -> Known {
        let Some(entry) = gazetteer::entry_folded(key) else {
            return Known::Not;
        };
        if entry.place().is_some() || (entry.is_french_place() && !self.is_english()) {
            Known::Place
        } else if entry.is_world_place()
            // "Bush" is not « Būsh »: in English copy, an English word written without
            // the town's diacritics is the word (but "Montreal" is « Montréal »).
            && !(name.is_ascii()
                && entry.is_world_place_only_with_diacritics()
                && self.is_english()
                && crate::analysis::common_words::all_common_or_names(key))
        {
            Known::Town
        } else {
            Known::Not
        }
    }

    /// Whether the article is written in English (its first 3 KB's short words tell).
    fn is_english(&self) -> bool {
        let language = self
            .language
            .get_or_init(|| crate::text::guess_language(self.text));
        *language == crate::text::Language::English
    }

    /// Whether the gazetteer knows a name as written.
    fn known_place(&self, name: &'t str) -> bool {
        self.place_of(name) != Known::Not
    }

    /// Whether the gazetteer knows a name as written as a country's.
    fn known_country(&self, name: &'t str) -> bool {
        let (key, _) = self.fold(name);
        gazetteer::lookup_folded(&key) == Some(gazetteer::Place::Country)
    }

    /// How well the gazetteer knows a name as written.
    fn place_of(&self, name: &'t str) -> Known {
        self.folded_as(name, |&(_, place)| place)
    }

    /// The last word of a place the gazetteer knows written in lowercase from word `i`
    /// ("san diego", "ohio"), in an English article: up to three words, one word of four
    /// letters or more that is neither a common English word nor a first name.
    fn lowercase_place(&self, i: usize, end: usize) -> Option<usize> {
        let lowercase = |k: usize| {
            let w = &self.words[k];
            !w.capitalised && !w.numeric && w.span.of(self.text).chars().all(char::is_alphabetic)
        };
        if !lowercase(i) || self.tokens.key(i) == "the" || !self.is_english() {
            return None;
        }
        let mut last = i;
        while last + 1 < end.min(i + 3)
            && lowercase(last + 1)
            && self.tokens.one_space(last, last + 1)
        {
            last += 1;
        }
        (i..=last).rev().find(|&b| {
            if b == i {
                let key = self.tokens.key(i);
                if key.len() < 4
                    || common_words::all_common_or_names(key)
                    || self.tokens.is(i, lx::FIRST_NAMES)
                {
                    return false;
                }
            }
            let name = &self.text[self.words[i].span.start..self.words[b].span.end];
            self.fold(name).1 != Known::Not
        })
    }

    /// Capitalised words seen in the middle of a sentence: names the article confirms.
    fn confirmed_names(&self) -> HashSet<&'a str> {
        // Room for about a capitalised word in eight, taken once.
        let mut confirmed =
            HashSet::with_capacity_and_hasher(self.words.len() / 8, Default::default());
        confirmed.extend(
            (0..self.words.len())
                .filter(|&i| self.words[i].capitalised && self.flags[i] == 0)
                .map(|i| self.tokens.key(i)),
        );
        confirmed
    }

    fn gap(&self, a: usize, b: usize) -> &'t str {
        &self.text[self.words[a].span.end..self.words[b].span.start]
    }

    /// "Republic of the Congo", "Kingdom of the Netherlands": after a state's word, "of the"
    /// goes on to the place's name (its first word's index). French needs no such step:
    /// « République du Congo » has one connector.
    fn state_of_the(&self, j: usize) -> Option<usize> {
        let (of, the, name) = (j + 1, j + 2, j + 3);
        let state = self.tokens.is(j, lx::STATE_WORDS);
        (name < self.words.len()
            && state
            && self.words[j].capitalised
            && self.tokens.key(of) == "of"
            && self.tokens.key(the) == "the"
            && (j..name).all(|k| self.blank_gap(k, k + 1))
            && self.words[name].capitalised
            && self.can_name(name))
        .then_some(name)
    }

    /// Only spaces between two words: no punctuation, no line break.
    fn blank_gap(&self, a: usize, b: usize) -> bool {
        self.tokens.blank_gap(a, b)
    }

    /// « V », « K-J »: single capital letters, perhaps hyphen-joined.
    fn is_initial(&self, i: usize) -> bool {
        let one_capital = |part: &str| {
            let mut c = part.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_none()
        };
        let w = &self.words[i];
        if !w.capitalised {
            return false;
        }
        // Most capitalised words have a second letter: the byte after the first tells, for
        // an ASCII first letter without the word decoded.
        let bytes = &self.text.as_bytes()[w.span.start..w.span.end];
        if bytes.len() > 1 && bytes[0].is_ascii() && bytes[1] != b'-' {
            return false;
        }
        let word = w.span.of(self.text);
        let first = word.chars().next().map_or(0, char::len_utf8);
        if word.len() > first && word.as_bytes()[first] != b'-' {
            return false;
        }
        word.split('-').all(one_capital)
    }

    /// "A. Smith": a capital and its stop before a capitalised word is an initial, though
    /// the letter alone is a word ("A", « À »); not before another initial (« S. A. S. »).
    fn initial_of(&self, i: usize) -> bool {
        i + 1 < self.words.len()
            && self.words[i].span.len() == 1
            && self.gap(i, i + 1) == ". "
            && self.words[i + 1].capitalised
            && self.is_initial(i)
            && !self.is_initial(i + 1)
    }

    /// Words of one sentence next to each other: only blanks between them, or the break of
    /// a hard-wrapped line (see `name_lines`).
    fn spaced(&self, a: usize, b: usize) -> bool {
        self.blank_gap(a, b) || (b == a + 1 && self.wraps.binary_search(&b).is_ok())
    }

    /// Two words of one name: only blanks between them, or the full stop of an initial.
    fn joins(&self, a: usize, b: usize) -> bool {
        if self.tokens.one_space(a, b) {
            return true;
        }
        let gap = self.gap(a, b);
        let after_stop = gap.strip_prefix('.');
        let blank = |g: &str| g.chars().all(|c| c.is_whitespace() && c != '\n');
        let abbreviated = || self.is_initial(a) || self.saint(a);
        blank(gap) || (after_stop.is_some_and(blank) && abbreviated()) || self.ampersand(a, b)
    }

    /// Two capitalised words joined by an ampersand, a firm's name (« Procter & Gamble »,
    /// "AT&T", « S&P »): one name, whatever else the words are. One word each side: longer
    /// names on either side are two names listed ("Ann Pell & Joe Marr"), and so is a place
    /// with another name (« Berne & Vaud ») or a list's last (« Vaud, Berne & Genève »).
    /// The firm's partners after it join the whole name ("Orvik Tamber & Co Inc", « Lise
    /// Morel & Fils »): see `name_firms`.
    fn ampersand(&self, a: usize, b: usize) -> bool {
        if !matches!(self.gap(a, b).as_bytes(), b"&" | b" & ") {
            return false;
        }
        if self.words[a].capitalised
            && self.words[b].capitalised
            && name_firms::is_partners(self.tokens.key(b))
        {
            return true;
        }
        let n = self.words.len();
        let alone_before = a == 0 || !self.words[a - 1].capitalised || !self.spaced(a - 1, a);
        let alone_after = b + 1 >= n || !self.words[b + 1].capitalised || !self.spaced(b, b + 1);
        // « Vaud, Berne & Genève »: the end of a list.
        let listed = a > 0 && self.can_name(a - 1) && self.gap(a - 1, a).trim_matches(' ') == ",";
        self.words[a].capitalised
            && self.words[b].capitalised
            && alone_before
            && alone_after
            && !listed
            && !self.known_place(self.words[a].span.of(self.text))
            && !self.known_place(self.words[b].span.of(self.text))
    }

    #[inline]
    fn can_name(&self, i: usize) -> bool {
        let w = &self.words[i];
        w.capitalised
            && !w.numeric
            && !self.is_code(i)
            && !self.is_roman_numeral(i)
            && !self.is_roman_ordinal(i)
            && (w.all_caps || !self.tokens.is(i, lx::FUNCTION_WORDS) || self.initial_of(i))
            && (w.all_caps || !self.tokens.is(i, lx::SENTENCE_ADVERBS))
            && !self.tokens.is(i, lx::PERSON_TITLES)
            && !self.tokens.is(i, lx::COMMON_CAPITALISED)
            // « l’Affaire Tamber »: see `name_cases`.
            && !self.case_word(i)
            // "Varnel-based": an adjective before the name (`name_compounds`).
            && !self.hyphenated_adjective(i)
            // "Sen. Broxley", "Gen. Varnak": a title abbreviated with its stop.
            && !(self.text.as_bytes().get(w.span.end) == Some(&b'.') && self.abbreviated_title(i))
    }

    /// The name starting at word `i`, as (last word, form).
    fn name_at(&self, i: usize, confirmed: &dyn Fn(usize) -> bool) -> Option<(usize, Form)> {
        let lowercase_head = self.tokens.is(i, lx::LOWERCASE_ORGANIZATION_HEADS);
        let can = self.can_name(i);
        let particle = !can && self.words[i].capitalised && self.particle_opens(i);
        // « Vernaz (Esp) », « (S) »: a country's abbreviation, a name of its own, however it
        // would read elsewhere (`name_results`).
        let abbreviation = || self.bracketed_abbreviation(i).then_some((i, Form::Name));
        if !can && !lowercase_head && !particle {
            return abbreviation();
        }
        if can
            && (self.greets(i)
                || self.in_identifier(i)
                || self.portfolio_after_title(i)
                // « les HLM de Valdorge »: see `name_noun_acronyms`.
                || self.noun_acronym_before_connector(i))
        {
            return None;
        }

        let n = self.words.len();
        let mut j = i;
        if (can || particle) && !self.title_case(i) {
            // After « nationale » only a connector goes on (« République démocratique du
            // Congo »), never the next name (« du Front national Jordan Bardella »).
            let mut after_adjective = false;
            loop {
                let next = j + 1;
                // « l’AFP Nargis Kassenova »: an acronym does not run into a name.
                let acronym_then_name = self.words[j].all_caps
                    && !self.is_initial(j)
                    // « FC Nantes »: a club's code opens the club's name.
                    && !self.club_code(j)
                    && next < n
                    && !self.words[next].all_caps
                    && !self.ampersand(j, next);
                // « Le Maire »: after a particle, a title word is the surname.
                let after_particle = |k: usize| {
                    self.words[k].capitalised
                        && !self.words[k].numeric
                        && self.words[k - 1].capitalised
                        && self.tokens.is(k - 1, lx::NAME_PARTICLES)
                };
                let connector = next + 1 < n
                    && (self.tokens.is(next, lx::NAME_CONNECTORS)
                        || (self.words[next].capitalised
                            && self.tokens.is(next, lx::NAME_PARTICLES)));
                if next < n
                    && !after_adjective
                    && self.joins(j, next)
                    && (self.can_name(next)
                        || after_particle(next)
                        || self.ampersand(j, next)
                        // « Louis XIV », "SALT II": the number stays in the name.
                        || self.is_roman_numeral(next)
                        || self.is_roman_ordinal(next)
                        // "Tom King": see `name_surnames`.
                        || self.title_as_surname(j, next))
                    && !acronym_then_name
                    && self.glued_end(j).is_none()
                // « PortugalLe … »: see `name_glued`
                {
                    j = next;
                } else if connector
                    && self.joins(j, next)
                    && self.blank_gap(next, next + 1)
                    && (self.can_name(next + 1) || after_particle(next + 1))
                    && !self.words[next + 1].all_caps
                    && !self.is_initial(next + 1)
                    // A sentence's first word, unconfirmed, takes no particle unless it is a
                    // first name (« Yves de Varenne a gagné »).
                    && !(j == i
                        && self.unconfirmed(i, confirmed)
                        && !self.tokens.is(i, lx::FIRST_NAMES))
                    && (self.tokens.key(next) != "and" || self.known_span_place(i, next + 1))
                    && !self.full_name_then_of(i, j, next)
                    && !self.name_of_a_country(i, j, next)
                    && self.glued_end(j).is_none()
                {
                    j = next + 1;
                    after_adjective = false;
                } else if self.two_word_particle(j, next) {
                    // "Ursula von der Leyen": see `name_particles`.
                    j = next + 2;
                    after_adjective = false;
                } else if let Some(name) = self.state_of_the(j) {
                    j = name;
                } else if j == i
                    && let Some(end) = self.place_in_lowercase(i)
                {
                    // « Arabie saoudite »: a place the gazetteer knows (`name_regions`).
                    j = end;
                    break;
                } else if next < n
                    && !after_adjective
                    && (self.institutional_adjective(i, j, next)
                        || self.region_adjective(i, j, next)
                        || self.club_adjective(i, j, next))
                    && !(j == i && self.unconfirmed(i, confirmed))
                {
                    j = next;
                    after_adjective = true;
                } else {
                    break;
                }
            }
        }
        // "Tamber, Inc.": the legal form set off by a comma (`name_firms`).
        if let Some(k) = self.legal_form_after_comma(j) {
            j = k;
        }
        // "the Foreign Minister": the title's portfolio (`name_portfolios`).
        j = self.before_a_minister_s_title(i, j)?;
        // "Like Brenda said": the sentence's word, not the name's (`name_openers`).
        if j > i && self.opens_sentence_only(i, j, confirmed) {
            return None;
        }
        // "South Korean": a point of the compass and a people's word are one demonym.
        let compass_demonym = i < j && self.compass_point(i) && self.is_demonym(i + 1);
        if self.is_demonym(i) || self.is_town_demonym(i) || compass_demonym {
            // « les Français », "French", "Russian-occupied", « les Toulois »: no name; « le
            // Britannique Owen Hale », "Americans Jack Dunne": the name starts after it. A
            // demonym before one capitalised word names a thing ("British Airways"); another
            // people's word is no such thing ("Iraqi Kurdish", "Sunni Arab").
            let names_after = (i + 1 + usize::from(compass_demonym)..=j)
                .filter(|&k| self.words[k].capitalised && !self.is_demonym(k))
                .count();
            let heads = (i..=j).any(|k| self.tokens.is(k, lx::ORGANIZATION_HEADS));
            if names_after == 0 || (names_after >= 2 && !heads) {
                return None;
            }
        }
        // « M. Durand »: Monsieur, not an initial; « MM. Durand et Varga »: not an acronym.
        if (j > i || self.words[i].all_caps) && self.is_monsieur(i) {
            return None;
        }
        if j > i && self.dotted_acronym(i, j) {
            return Some((j, Form::Acronym));
        }
        if self.tokens.is(i, lx::ORGANIZATION_HEADS) && !self.title_case(i) && !self.titled(i) {
            let needs_capital = lowercase_head && !self.words[i].capitalised;
            match self.organization_end(i, j, needs_capital) {
                Some(end) => j = end,
                None if needs_capital => return None,
                None => {}
            }
        } else if lowercase_head && !self.words[i].capitalised {
            return None;
        }
        let w = &self.words[i];
        if self.is_initial(j) && j > i && !self.ampersand(j - 1, j) {
            j -= 1; // « Mr. » or « U.S. » closing a sequence: not part of the name
        }
        if self.shouted(i, j) || self.label(i, j) {
            return None;
        }
        let single = i == j;
        let form = if single && w.all_caps {
            if self.tokens.is(i, lx::NOT_ACRONYMS) || self.emphasis(i) || self.rating(i) {
                return None;
            }
            // "FREE", "VERY" where the article writes "free", "very": emphasis; « ACLASTA »
            // where it writes « Aclasta »: the name set in capitals, not an acronym.
            let long = self.tokens.key(i).len() >= 4;
            if long && confirmed(i | WRITTEN_LOWERCASE) && !confirmed(i | WRITTEN_MIXED_CASE) {
                return None;
            }
            if confirmed(i | WRITTEN_MIXED_CASE) {
                Form::Name
            } else if self.tokens.key(i).chars().count() >= 6
                && !self.known_place(self.words[i].span.of(self.text))
            {
                // « COTONS », "BARLEY": a word of six letters or more set alone in capitals,
                // which the article writes in no other case and the gazetteer does not
                // know, is a heading's or a price list's word; acronyms are shorter.
                return None;
            } else {
                Form::Acronym
            }
        } else if !single && self.is_initial(i) && !self.opens_with_a_dotted_country(i, j) {
            Form::Initials
        } else {
            Form::Name
        };
        if single && self.is_initial(i) {
            return abbreviation();
        }
        if single
            && form == Form::Name
            && self.unconfirmed(i, confirmed)
            && !self.first_name_on_its_own(i)
        {
            return abbreviation();
        }
        Some((j, form))
    }

    /// The span sits inside a quotation of three words or fewer: a cited term.
    fn quoted_term(&self, span: Span) -> bool {
        // Quotations are sorted by start and only nested ones overlap: the candidates
        // start before the span, back to the first top-level quotation.
        let before = self.quotes.partition_point(|q| q.inner.start <= span.start);
        for q in self.quotes[..before].iter().rev() {
            if q.inner.covers(span) {
                return q.inner.of(self.text).split_whitespace().count() <= 3;
            }
            if !q.nested {
                break;
            }
        }
        false
    }

    /// A capitalised word opening a sentence, a quotation or a Title Case heading, which
    /// the article never writes capitalised elsewhere and the gazetteer does not know.
    fn unconfirmed(&self, i: usize, confirmed: &dyn Fn(usize) -> bool) -> bool {
        (self.initial(i) || self.title_case(i))
            && !self.words[i].all_caps
            // « (République démocratique du Congo) »: a state's word opens a state's name.
            && !self.tokens.is(i, lx::STATE_WORDS)
            && !confirmed(i)
            && !self.known_place(self.words[i].span.of(self.text))
    }

    /// How far an organisation's name runs past its head word through lowercase words:
    /// to a capitalised word, or to a natural stop (punctuation, a verb's auxiliary), with
    /// at most four lowercase content words on the way.
    fn organization_end(&self, i: usize, j: usize, needs_capital: bool) -> Option<usize> {
        let n = self.words.len();
        let mut best = None;
        let mut content = 0;
        let mut seen_capital = !needs_capital && j > i;
        let mut k = j;
        let mut linked = false;
        while k + 1 < n && k < j + 10 && self.blank_gap(k, k + 1) {
            k += 1;
            let w = &self.words[k];
            let is = |class| self.tokens.is(k, class);
            let connector = is(lx::PHRASE_CONNECTORS);
            if w.numeric || (!w.capitalised && !connector && is(lx::FUNCTION_WORDS)) {
                break;
            }
            // « voté par l’Assemblée nationale Ce vote… », "the Assembly This vote…": a sentence
            // whose stop was lost starts; a demonstrative or a pronoun names nothing.
            if w.capitalised && opens_a_clause(self.tokens.key(k)) {
                break;
            }
            if w.capitalised && is(lx::ORGANIZATION_HEADS) {
                break; // « … et de l’Organisation … »: another organisation starts
            }
            if w.capitalised && is(lx::PERSON_TITLES) {
                break; // « l’Agence X Secrétaire-Général Y »: a person starts
            }
            if connector {
                linked |= is(lx::PREPOSITIONS);
                continue;
            }
            // « accuse la Russie »: an article alone does not link a name in; nor does an
            // institution's adjective the scan ended on (« du Conseil constitutionnel
            // Jean-Louis Morel »: the name after it is another's, the apposition's).
            if w.capitalised && !linked && (k > j + 1 || j > i) && !self.words[k - 1].capitalised {
                break;
            }
            // « Conseil fédéral », « Banque centrale européenne »: a lowercase word not
            // brought in by a preposition qualifies the name, so it reads as an adjective;
            // a verb ends the name (« le Conseil fédéral estime », "the Association said").
            let after_connector = self.tokens.is(k - 1, lx::PHRASE_CONNECTORS);
            if !w.capitalised && !linked && (after_connector || !self.adjective_like(k)) {
                break;
            }
            linked = false;
            if w.capitalised {
                seen_capital = true;
            } else {
                content += 1;
                if content > 4 {
                    break;
                }
            }
            let stops = k + 1 >= n
                || !self.blank_gap(k, k + 1)
                || {
                    let next = |class| self.tokens.is(k + 1, class);
                    next(lx::FUNCTION_WORDS) && !next(lx::PHRASE_CONNECTORS)
                }
                || self.coordination_ends(k + 1);
            if (w.capitalised || stops) && (seen_capital || !needs_capital) {
                best = Some(k);
            }
        }
        best
    }
}

/// A demonstrative or a subject pronoun (« Ce », « Il », "This", "They"): capitalised, it
/// opens a sentence, never a name's word.
fn opens_a_clause(key: &str) -> bool {
    matches!(
        key,
        "ce" | "cet"
            | "cette"
            | "ces"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "this"
            | "these"
            | "those"
            | "he"
            | "she"
            | "they"
            | "we"
    )
}
