//! A well-known newspaper's or news magazine's title (`lexicon::MEDIA_TITLES`) is one
//! organisation's name, found whole: its article when the article is capitalised (« Le
//! Figaro », "The Guardian") and its lowercase words (« Le Canard enchaîné »). A French
//! title of two words or more keeps its lowercase article too (« le Canard enchaîné »); an
//! English one does not ("the Washington Post"). A title of one word after an article
//! read lowercase (« le Monde », "the Observer") is left to the other rules, and so is a title without
//! article after a French one (« la Libération », the end of the occupation).

use super::Scan;
use crate::analysis::lexicon as lx;

fn is_article(key: &str) -> bool {
    matches!(key, "le" | "la" | "les" | "l'" | "the")
}

impl Scan<'_, '_> {
    /// The title opening at word `i` (its article or its first word), as (first word,
    /// last word).
    pub(super) fn media_title(&self, i: usize) -> Option<(usize, usize)> {
        let n = self.words.len();
        let head = if self.tokens.is(i, lx::MEDIA_TITLE_HEADS) {
            i
        } else if i + 1 < n
            && self.tokens.is(i + 1, lx::MEDIA_TITLE_HEADS)
            && is_article(self.tokens.key(i))
        {
            i + 1
        } else {
            return None;
        };
        if !self.words[head].capitalised {
            return None;
        }
        let article_before =
            (head > 0 && is_article(self.tokens.key(head - 1)) && self.joins(head - 1, head))
                .then(|| head - 1);
        let mut best: Option<(usize, usize)> = None;
        let head_key = self.tokens.key(head);
        for title in lx::MEDIA_TITLES {
            let (article, rest) = match title.split_once(' ') {
                Some((a, rest)) if is_article(a) => (Some(a), rest),
                _ => (None, *title),
            };
            // Most titles do not open with this word: told before the words are compared.
            if rest.split(' ').next() != Some(head_key) {
                continue;
            }
            let count = rest.split(' ').count();
            let end = head + count - 1;
            if end >= n
                || !rest.split(' ').enumerate().all(|(m, word)| {
                    self.tokens.key(head + m) == word
                        && (m == 0 || self.joins(head + m - 1, head + m))
                })
            {
                continue;
            }
            // "The Times Literary Supplement": a longer name.
            if end + 1 < n && self.words[end + 1].capitalised && self.joins(end, end + 1) {
                continue;
            }
            let start = match (article, article_before) {
                (Some(a), Some(k)) if self.tokens.key(k) == a => {
                    if self.words[k].capitalised || (a != "the" && count >= 2) {
                        k
                    } else if a == "the" && count >= 2 {
                        head
                    } else {
                        continue;
                    }
                }
                (Some(_), _) => continue,
                (None, Some(k)) if self.tokens.key(k) != "the" => continue,
                (None, _) => head,
            };
            if best.is_none_or(|(_, b)| end > b) {
                best = Some((start, end));
            }
        }
        best
    }
}
