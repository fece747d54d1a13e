//! One copy of each name's folded key for a whole corpus: an article's mentions of a name
//! share a key, but the same name in 10,000 articles made 10,000 copies of it (a tenth of
//! the mentions' memory). Keys are shared as each article is read, so the copies are freed
//! while the next article is being read, not left as holes among what the corpus keeps.

use std::sync::{Arc, Mutex, PoisonError};

use rustc_hash::FxHashSet as HashSet;

use crate::analysis::Mention;

/// The keys seen so far while a corpus is read.
#[derive(Default)]
pub struct NameKeys(Mutex<HashSet<Arc<str>>>);

impl NameKeys {
    /// Gives `mentions` the keys already seen, equal in text to theirs, and records theirs
    /// that are new. Only where a key's text lives changes, never the text.
    pub fn share(&self, mentions: &mut [Mention]) {
        let mut seen = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        for m in mentions {
            match seen.get(&*m.key) {
                Some(k) => m.key = k.clone(),
                None => {
                    seen.insert(m.key.clone());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    #[test]
    fn the_same_name_in_two_articles_shares_one_key_and_keeps_its_text() {
        let mut a = crate::analysis::analyze("Vladimir Poutine a parlé à Astana.", Format::Text);
        let mut b =
            crate::analysis::analyze("Hier, Vladimir Poutine était à Astana.", Format::Text);
        let keys = |m: &[Mention]| m.iter().map(|m| m.key.to_string()).collect::<Vec<_>>();
        let (before_a, before_b) = (keys(&a.mentions), keys(&b.mentions));
        let shared = NameKeys::default();
        shared.share(&mut a.mentions);
        shared.share(&mut b.mentions);
        assert_eq!((keys(&a.mentions), keys(&b.mentions)), (before_a, before_b));
        let poutine = |m: &[Mention]| {
            (m.iter().find(|m| m.key.contains("putin")))
                .expect("Poutine")
                .key
                .clone()
        };
        assert!(Arc::ptr_eq(&poutine(&a.mentions), &poutine(&b.mentions)));
        let astana = |m: &[Mention]| {
            (m.iter().find(|m| &*m.key == "astana"))
                .expect("Astana")
                .key
                .clone()
        };
        assert!(Arc::ptr_eq(&astana(&a.mentions), &astana(&b.mentions)));
        assert!(!Arc::ptr_eq(&poutine(&a.mentions), &astana(&b.mentions)));
    }
}
