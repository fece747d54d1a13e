//! Whether an English sentence states something a fact-checker would check, as a model
//! learned from debates tells: a logistic regression over the sentence's words
//! (`data/checkworthy_en.tsv`, trained by `scripts/checkworthy.py` on ClaimBuster's
//! crowd-labelled sentences, CC BY 4.0; origin in `data/README.md`). The rules find figures,
//! rankings, events and what sources say; the model finds a checkable statement with none
//! of these ("He voted against the bill twice", "The plant never paid its taxes"). English
//! only: no French data that may ship was found to train one.

use std::sync::LazyLock;

use super::lexicon as lx;
use super::tokens::Tokens;
use super::word_table::WordTable;

/// The log-odds from which a sentence is check-worthy: the model's own even odds, a
/// probability of one half. Only a sentence the rules found nothing in is asked.
const CHECK_WORTHY: f32 = 0.0;

struct Model {
    bias: f32,
    /// Each word's weight, in thousandths, as the table's value.
    weights: WordTable,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    let mut bias = 0.0;
    let mut weights = Vec::new();
    for line in include_str!("../../data/checkworthy_en.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some((word, weight)) = line.split_once('\t') else {
            continue;
        };
        let weight: f32 = weight.parse().unwrap_or(0.0);
        if word.is_empty() {
            bias = weight;
        } else {
            weights.push((word, (weight * 1000.0).round() as i64 as u64));
        }
    }
    Model {
        bias,
        weights: WordTable::new(weights),
    }
});

/// Whether the sentence of words `range` is English (more of its short words are
/// English than French, one at least) and the model finds it check-worthy.
pub fn check_worthy(t: &Tokens, range: std::ops::Range<usize>) -> bool {
    let (mut english, mut french) = (0usize, 0usize);
    for k in range.clone() {
        let bits = t.class_bits(k);
        english += usize::from(bits & lx::ENGLISH_SHORT_WORDS.0 != 0);
        french += usize::from(bits & lx::FRENCH_SHORT_WORDS.0 != 0);
    }
    if english <= french || range.is_empty() {
        return false;
    }
    let model = &*MODEL;
    let mut score = 0i64;
    let sentence = t.span(range.start, range.end - 1).of(t.text);
    each_word(sentence, |w| score += model.weights.get(w) as i64);
    model.bias + score as f32 / 1000.0 >= CHECK_WORTHY
}

/// The words of `text` as the model was trained on them (`scripts/checkworthy.py`'s
/// `words`): runs of letters and digits, lowercase, a run with a digit as "0", and the signs
/// « % $ € £ » each a word of its own.
fn each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut word = String::with_capacity(32);
    let mut digit = false;
    let mut sign = [0u8; 4];
    // A space after the last character closes the last word.
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphanumeric() {
            digit |= c.is_ascii_digit();
            word.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && c.is_alphanumeric() {
            digit |= c.is_numeric();
            word.extend(c.to_lowercase());
        } else {
            if !word.is_empty() {
                f(if digit { "0" } else { &word });
                word.clear();
                digit = false;
            }
            if matches!(c, '%' | '$' | '€' | '£') {
                f(c.encode_utf8(&mut sign));
            }
        }
    }
}

#[cfg(test)]
#[path = "checkworthy_tests.rs"]
mod tests;
