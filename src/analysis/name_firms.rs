//! The last word of a firm's or a body's name that says it is one: its legal form
//! (« Zorvex SA », "Varnek AG", "Tamber Inc"), its trade ("Tamber Recordings", « Varnel
//! Transports », "Orvik Airlines") or the body of people it is ("Orvik Orchestra", "the 4th
//! Regiment"). Its vote is `super::name_votes`'. English sets an abbreviated legal form
//! off by a comma and closes it with its full stop ("Tamber, Inc."): both are the name's.

use super::name_words::is_title_abbreviation;
use super::{Scan, lx};
use crate::analysis::common_words;

/// A company's legal form, as it closes the company's name: « SA », « SAS », "AG", "GmbH",
/// "NV", "SpA", "Oyj", "plc", "Inc", and the company's own abbreviation: "Co", « Cie ».
pub(in crate::analysis) fn is_legal_form(key: &str) -> bool {
    matches!(
        key,
        "sa" | "sas"
            | "co"
            | "cie"
            | "sarl"
            | "sca"
            | "ag"
            | "gmbh"
            | "kgaa"
            | "nv"
            | "bv"
            | "spa"
            | "srl"
            | "ab"
            | "asa"
            | "oyj"
            | "plc"
            | "inc"
            | "ltd"
            | "llc"
            | "corp"
    )
}

/// The last word of a name, as written, that says a firm or a body is named by the words
/// before it: a legal form, a trade, a body's word (« Zorvex SA », "Orvik Airlines", "Tamber
/// Foundation"), or its own acronym (« Varnok CSF »).
pub(crate) fn closes_a_firm_s_name(word: &str, key: &str) -> bool {
    let acronym = (3..=4).contains(&word.len()) && word.bytes().all(|c| c.is_ascii_uppercase());
    (acronym && !is_roman(word))
        || is_legal_form(key)
        || is_body_or_trade(key)
        || lx::is(key, lx::ORGANIZATION_HEADS)
}

/// A trade or a body of people, as it closes the name of a firm or a body: "Records",
/// "Airlines", "Partners", "Exchange", "Orchestra", "Regiment", « Transports », « Orchestre ».
pub(super) fn is_body_or_trade(key: &str) -> bool {
    matches!(
        key,
        "records"
            | "exchange"
            | "bros"
            | "zeitung"
            | "recordings"
            | "books"
            | "publishing"
            | "publishers"
            | "airlines"
            | "airways"
            | "motors"
            | "motorsports"
            | "transport"
            | "transports"
            | "partners"
            | "holdings"
            | "investments"
            | "industries"
            | "enterprises"
            | "associates"
            | "technologies"
            | "systems"
            | "solutions"
            | "laboratories"
            | "pharmaceuticals"
            | "studios"
            | "productions"
            | "entertainment"
            | "communications"
            | "insurance"
            | "assurances"
            | "securities"
            | "orchestra"
            | "orchestre"
            | "regiment"
            | "régiment"
            | "brigade"
            | "battalion"
            | "bataillon"
            | "squadron"
            | "escadron"
            | "fleet"
            | "flotte"
            | "brotherhood"
    )
}

/// A legal form English abbreviates, set off by a comma and closed by a full stop that
/// are the name's ("Tamber, Inc.", "Varnek Corp."). Not "Co.": its stop is as often the
/// sentence's ("… said the analyst at Orvik & Co.").
fn abbreviated_legal_form(key: &str) -> bool {
    matches!(key, "inc" | "corp" | "ltd" | "llc" | "plc")
}

/// The partners a firm's name ends with after an ampersand: "& Co", "& Sons", "& Partners",
/// « & Cie », « & Fils », « & Associés ».
pub(super) fn is_partners(key: &str) -> bool {
    matches!(
        key,
        "co" | "cie"
            | "sons"
            | "fils"
            | "brothers"
            | "frères"
            | "partners"
            | "associates"
            | "associés"
    )
}

/// The letters a person's name may close with: a seat ("MEP", "MSP"), an honour ("OBE",
/// "CBE").
fn is_post_nominal(key: &str) -> bool {
    matches!(
        key,
        "mep" | "msp" | "mla" | "mpp" | "obe" | "mbe" | "cbe" | "kbe" | "dbe"
    )
}

/// A French adjective by its ending: « pétrolier », « pétrolière », « pharmaceutique »,
/// « bancaire », « industriel », « aérien », « national », « public ».
fn adjective_ending(key: &str) -> bool {
    [
        "ier", "iere", "ière", "ique", "aire", "iel", "ielle", "ien", "ienne", "al", "ale", "ic",
        "if", "ive",
    ]
    .iter()
    .any(|end| key.ends_with(end))
}

/// An English word in common use ("Exempt" of "Exempt-REV"), folded on the stack: a word
/// of ASCII letters, no longer than 24.
fn common_ascii(word: &str) -> bool {
    let mut folded = [0u8; 24];
    if word.len() > folded.len() || !word.bytes().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    for (to, c) in folded.iter_mut().zip(word.bytes()) {
        *to = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&folded[..word.len()]).is_ok_and(common_words::is_common)
}

/// Letters that write a number in Roman numerals (« Louis XIV »).
fn is_roman(word: &str) -> bool {
    word.bytes()
        .all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
}

impl Scan<'_, '_> {
    /// The name at words `a..=b` is one word in Title Case and an acronym of three or four
    /// capitals: a firm's or a body's own initials close its name (« Varnok CSF », "Orvik
    /// TPL"), no person's. Not a regnal number (« Louis XIV »), nor a surname in capitals
    /// after a first name or an honorific (« Tom REED », « Me ROE »), nor the letters after a
    /// person's name ("Tamber MEP"), nor a word shouted ("Best YET"), nor what a place names
    /// ("Chicago PMI", a figure or an office of the place). Or one word, the name hyphened
    /// to the acronym (« Varnok-TPL »).
    #[inline(never)]
    pub(super) fn closes_with_acronym(&self, a: usize, b: usize) -> bool {
        if a == b {
            return self.hyphened_acronym(a);
        }
        // Most names are told by these two.
        if b != a + 1 || !self.words[b].all_caps {
            return false;
        }
        let (first, last) = (&self.words[a], &self.words[b]);
        let acronym = last.span.of(self.text);
        (3..=4).contains(&acronym.len())
            && acronym.bytes().all(|c| c.is_ascii_uppercase())
            && !is_roman(acronym)
            && first.capitalised
            && !first.all_caps
            && first.span.len() > 1
            && self.blank_gap(a, b)
            && !is_post_nominal(self.tokens.key(b))
            && !self.tokens.is(b, lx::FUNCTION_WORDS)
            && !self.tokens.is(a, lx::FIRST_NAMES)
            && !self.tokens.is(a, lx::PERSON_TITLES)
            && !is_title_abbreviation(self.tokens.key(a))
            && !self.honorific(a)
            && !(a > 0 && self.honorific(a - 1))
            && !self.is_demonym(a)
            // "New YWCA", "Best YET": a word in common use, no firm's name nor acronym.
            && !common_words::is_common(self.tokens.key(a))
            && !common_words::is_common(self.tokens.key(b))
            && !self.known_place(first.span.of(self.text))
    }

    /// Word `a` is a name in Title Case hyphened to its acronym of three or four capitals
    /// (« Varnok-TPL »): a firm's, as « Varnok TPL » is.
    fn hyphened_acronym(&self, a: usize) -> bool {
        let w = &self.words[a];
        // A word in Title Case ends in lowercase: its last byte tells most apart.
        if !w.capitalised
            || w.all_caps
            || !self.text.as_bytes()[w.span.end - 1].is_ascii_uppercase()
        {
            return false;
        }
        let word = w.span.of(self.text);
        let Some((name, acronym)) = word.rsplit_once('-') else {
            return false;
        };
        (3..=4).contains(&acronym.len())
            && acronym.bytes().all(|c| c.is_ascii_uppercase())
            && !is_roman(acronym)
            && name.len() > 1
            && name.chars().nth(1).is_some_and(char::is_lowercase)
            && !self.known_place(name)
            && !common_ascii(name)
    }

    /// The three words before the name at word `a` are an article, an organisation's kind
    /// and its qualifier: French puts the qualifier after the kind (« le groupe pétrolier
    /// Zorvex », « du groupe américain Orvik », « la compagnie pétrolière Tamber »), English
    /// before it ("the oil group Tamber", "the rebel group Zorvex"). A group qualified is no
    /// trial's arm (« dans le groupe Zorvex », which the name's own apposition rule leaves).
    /// The French qualifier is a demonym or an adjective by its ending (« -ier », « -ique »,
    /// « -aire »…), no verb (« l’entreprise emploie Ana Roe »).
    #[inline(never)]
    pub(super) fn qualified_firm_before(&self, a: usize) -> bool {
        // The kind's word in its class first: most names have none before them.
        if a < 3
            || !(self.tokens.is(a - 1, lx::ORGANIZATION_APPOSITIONS)
                || self.tokens.is(a - 2, lx::ORGANIZATION_APPOSITIONS))
            || self.words[a - 1].capitalised
            || self.words[a - 2].capitalised
        {
            return false;
        }
        let article = self.tokens.key(a - 3);
        let french = matches!(article, "le" | "la" | "l'" | "du" | "au" | "un" | "une");
        let english = article == "the";
        if !(french || english) || !self.blank_gap(a - 3, a - 2) || !self.blank_gap(a - 2, a - 1) {
            return false;
        }
        let (kind, qualifier) = if french {
            (a - 2, a - 1)
        } else {
            (a - 1, a - 2)
        };
        if !self.tokens.is(kind, lx::ORGANIZATION_APPOSITIONS)
            || self.tokens.is(qualifier, lx::FUNCTION_WORDS)
        {
            return false;
        }
        if english {
            return true;
        }
        self.is_demonym(qualifier) || adjective_ending(self.tokens.key(qualifier))
    }

    /// The abbreviated legal form set off by a comma after word `j`, the last of a name
    /// ("Tamber, Inc."): the name's last word.
    pub(super) fn legal_form_after_comma(&self, j: usize) -> Option<usize> {
        let k = j + 1;
        (k < self.words.len()
            && self.words[k].capitalised
            && abbreviated_legal_form(self.tokens.key(k))
            && self.gap(j, k) == ", ")
            .then_some(k)
    }

    /// The name ending with word `b` keeps the full stop after it: an abbreviated legal form's
    /// ("Varnek Corp. said", "Tamber, Inc. (its …"), unless the stop may end the sentence
    /// too ("… sold to Varnek Corp. The deal …").
    pub(super) fn keeps_stop(&self, b: usize) -> bool {
        if !abbreviated_legal_form(self.tokens.key(b)) {
            return false;
        }
        let Some(after) = self.text[self.words[b].span.end..].strip_prefix('.') else {
            return false;
        };
        let next = after.trim_start_matches(' ');
        match next.chars().next() {
            Some(c) if c.is_alphabetic() => c.is_lowercase() && next.len() < after.len(),
            Some(c) => !matches!(c, '\n' | '\r') && next.len() < after.len() || c == ',',
            None => false,
        }
    }
}
