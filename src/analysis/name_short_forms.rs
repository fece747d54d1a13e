//! A firm's short forms name the firm the article names in full, an Organization, as a
//! surname alone names the person (`mention::settle_kinds`): the words before its legal form
//! ("Orvik Chemical" and "Orvik" after "Orvik Chemical Co", « Zorvex » after « Zorvex SA »),
//! and the first word of a firm of two words (« Varnok » after « Varnok CSF », "Tamber" after
//! "Tamber Airlines").

use rustc_hash::FxHashMap as HashMap;

use super::{Mention, surname, word_count};
use crate::analysis::common_words;
use crate::analysis::kind::{EntityKind, KindVotes};
use crate::analysis::lexicon;
use crate::analysis::name_scan::closes_a_firm_s_name;
use crate::analysis::name_scan::name_firms::is_legal_form;

/// The share of an Organization each short form of the article's firms gets: its words
/// opening a name of more words that the article types an Organization and that closes
/// with a legal form, `2 × mentions + 1` of the full name, as a surname's. Not a first
/// name alone ("Tom" of "Tom Varga Inc"): it names the founder as often. `names` are the
/// article's names with their votes and how many mentions they have.
pub(super) fn firm_short_forms<'k>(
    names: &[(&'k str, KindVotes, u32)],
) -> HashMap<&'k str, KindVotes> {
    let mut shares: HashMap<&'k str, KindVotes> = HashMap::default();
    for &(key, votes, count) in names {
        // A legal form is a short last word: only a key's last bytes are looked at.
        let bytes = key.as_bytes();
        let tail = bytes.len().saturating_sub(7);
        let Some(last) = bytes[tail..].iter().rposition(|&b| b == b' ') else {
            continue;
        };
        let last = tail + last;
        let form = key[last + 1..].trim_end_matches('.');
        if !is_legal_form(form) || votes.winner() != EntityKind::Organization {
            continue;
        }
        // Each word boundary before the legal form ends a short form.
        for (at, _) in key[..last].match_indices(' ').chain([(last, " ")]) {
            let short = key[..at].trim_end_matches(',');
            if short.is_empty()
                || (!short.contains(' ') && lexicon::is(short, lexicon::FIRST_NAMES))
            {
                continue;
            }
            shares
                .entry(short)
                .or_default()
                .add(EntityKind::Organization, 2 * count + 1);
        }
    }
    shares
}

/// The first word alone of the article's firms of two words (« Thomson » after « Thomson
/// CSF », "Orvik" after "Orvik Airlines") with the share of an Organization it gets, `2 ×
/// mentions + 1` of the firm, given only where no place's vote holds it (« Valdorge » after
/// « Valdorge FC »). Both words capitalised, the last a firm's or a body's
/// (`name_firms::closes_a_firm_s_name`: « SA », "Airlines", its acronym), so not
/// « Rassemblement national » nor "Islamic Jihad"; the first no word in common use, no
/// institution's word ("State"), no first name, no function word and no surname of a person
/// of the article (`is_surname`). Never the first word of a longer name ("Atlantic" of
/// "Atlantic City Railroad"). `first_mention` is each name's first mention in `mentions`.
pub(super) fn first_words_of_firms<'k>(
    text: &str,
    mentions: &[Mention],
    names: &[(&'k str, KindVotes, u32)],
    first_mention: &[u32],
    is_surname: impl Fn(&str) -> bool,
) -> HashMap<&'k str, u32> {
    let mut first_words: HashMap<&'k str, u32> = HashMap::default();
    for (&(key, votes, count), &id) in names.iter().zip(first_mention) {
        // The winner first: most names are no organisation's, and counting words reads the key.
        if votes.winner() != EntityKind::Organization || word_count(key) != 2 {
            continue;
        }
        let first = key.split(' ').next().unwrap_or_default();
        let written = mentions[id as usize].span.of(text);
        let all_capitalised = written
            .split(' ')
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        let last = written.rsplit(' ').next().unwrap_or_default();
        if all_capitalised
            && closes_a_firm_s_name(last, surname(key))
            && !is_surname(first)
            && !lexicon::is(first, lexicon::FUNCTION_WORDS)
            && !lexicon::is(first, lexicon::ORGANIZATION_HEADS)
            && !lexicon::is(first, lexicon::FIRST_NAMES)
            && !common_words::is_common(first)
        {
            *first_words.entry(first).or_default() += 2 * count + 1;
        }
    }
    first_words
}
