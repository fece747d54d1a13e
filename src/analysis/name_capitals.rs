//! Words written in capitals: a name set in capitals (« ZORVEX » where the article writes
//! « Zorvex »), emphasis ("FREE" where it writes "free"), a shouted run (« SANS FRAIS SUR LE
//! SITE »), a heading's words (« CHANTS LOINTAINS »), or an acronym. Methods of the name scan.

use rustc_hash::FxHashMap as HashMap;

use super::lx;
use super::{LOWERCASE, MIXED_CASE, Scan};
use crate::analysis::common_words;
use crate::analysis::gazetteer;
use crate::analysis::kind::KindVotes;
use crate::analysis::mention::{Form, Mention};

impl<'a> Scan<'a, '_> {
    /// The keys of the words of three letters or more written in capitals, with how the
    /// article writes them elsewhere ([`LOWERCASE`], [`MIXED_CASE`]).
    pub(super) fn cased(&self) -> HashMap<&'a str, u8> {
        let mut cased: HashMap<&'a str, u8> = HashMap::default();
        // Which first letters and lengths they have, as written: most words are told apart
        // by these two bytes without their key.
        let mut seen = [0u64; 4];
        let bytes = self.text.as_bytes();
        let sign = |w: &crate::text::Word| {
            let first = bytes[w.span.start].to_ascii_lowercase();
            (usize::from(first) ^ (w.span.len() << 3)) & 255
        };
        for (i, w) in self.words.iter().enumerate() {
            if w.all_caps && w.span.len() >= 3 {
                cased.insert(self.tokens.key(i), 0);
                let s = sign(w);
                seen[s / 64] |= 1 << (s % 64);
            }
        }
        if cased.is_empty() {
            return cased;
        }
        for (i, w) in self.words.iter().enumerate() {
            let s = sign(w);
            if w.all_caps || seen[s / 64] & (1 << (s % 64)) == 0 {
                continue;
            }
            if let Some(how) = cased.get_mut(self.tokens.key(i)) {
                *how |= if w.capitalised { MIXED_CASE } else { LOWERCASE };
            }
        }
        cased
    }

    /// An English word in common use set alone in capitals (« VERY », "FREE", "NEVER",
    /// "GOOD"): emphasis, as reviews and mails write it, not an acronym. Four letters or
    /// more, or a function word ("YOU", "NOT"): shorter words are acronyms as often ("CIS",
    /// "US"); and not a place the gazetteer knows.
    pub(super) fn emphasis(&self, i: usize) -> bool {
        let key = self.tokens.key(i);
        // The article's language asked only of a common word: telling it reads the text.
        (key.len() >= 4 || (key.len() == 3 && self.tokens.is(i, lx::FUNCTION_WORDS)))
            && common_words::is_common(key)
            && self.is_english()
            && !self.known_place(self.words[i].span.of(self.text))
    }

    /// Words `a..=b`, found as the name `m`, are a heading's: two words or more, all in
    /// capitals, which no cue gives a kind (« CHANTS LOINTAINS », "DISTANT SONGS"). A name
    /// in capitals has its first name, the gazetteer, a title or an organisation's word
    /// around it (« PAUL DRAVEK », « la société VARNEL FRÈRES »).
    pub(super) fn heading_words(&self, a: usize, b: usize, m: &Mention) -> bool {
        m.votes == KindVotes::default()
            && m.form == Form::Name
            && a < b
            && (a..=b).all(|k| self.words[k].all_caps)
    }

    /// Single capitals each closed by a full stop, with no space between them and no name
    /// after them: an acronym written with stops (« U.S. », "U.K.", « O.N.U. »), not the
    /// initials of a name (« J.R. Varga ») nor a postscript's « P.S. », « N.B. ».
    pub(super) fn dotted_acronym(&self, i: usize, j: usize) -> bool {
        (i..=j).all(|k| self.is_initial(k))
            && (i..j).all(|k| self.gap(k, k + 1) == ".")
            && !matches!(self.tokens.key(i), "p" | "n")
    }

    /// The name at words `i..=j` opens with the dotted abbreviation of a country the
    /// gazetteer knows ("U.S. Treasury", "U.K. Home Office"): not a person's
    /// initials before a surname (« J.R. Varga »).
    pub(super) fn opens_with_a_dotted_country(&self, i: usize, j: usize) -> bool {
        let mut k = i;
        while k < j && self.is_initial(k) && self.gap(k, k + 1) == "." {
            k += 1;
        }
        if k == i {
            return false;
        }
        // The gazetteer writes them without stops: "US", "UK".
        let letters: String = (i..=k).map(|w| self.tokens.key(w)).collect();
        gazetteer::lookup_folded(&letters) == Some(gazetteer::Place::Country)
    }

    /// Words in capitals that shout rather than name: a run of them with a function word
    /// that links no name (« SANS FRAIS SUR LE SITE », "YOU WILL LOVE IT"; not « BANQUE DE
    /// FRANCE », "BANK OF ENGLAND"), any part of it.
    pub(super) fn shouted(&self, i: usize, j: usize) -> bool {
        let caps = |k: usize| self.words[k].all_caps;
        if !(i..=j).any(caps) {
            return false;
        }
        let loose = |k: usize| {
            self.tokens.is(k, lx::FUNCTION_WORDS)
                && !matches!(
                    self.tokens.key(k),
                    "de" | "du" | "des" | "d'" | "of" | "and" | "et" | "y"
                )
                && !self.known_place(self.words[k].span.of(self.text))
        };
        // The run of words in capitals around the name, a line's worth at most.
        let (mut a, mut b) = (i, j);
        while a > 0 && i - a < 12 && caps(a - 1) && self.blank_gap(a - 1, a) {
            a -= 1;
        }
        while b + 1 < self.words.len() && b - j < 12 && caps(b + 1) && self.blank_gap(b, b + 1) {
            b += 1;
        }
        let caps_run = (a..=b).filter(|&k| caps(k)).count();
        caps_run >= 2 && (a..=b).any(|k| caps(k) && loose(k))
    }
}
