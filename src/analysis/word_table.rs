//! The word lists' lookup table: a word key to the classes (bits) of the lists it is in,
//! built once and asked for every word of every article. Open addressing on a hash of the
//! key's first and last bytes and its length: a lookup is a probe or two and one
//! comparison, where a general-purpose map hashes every byte and compares through more
//! layers.

use super::word_key::ShortKey;

pub struct WordTable {
    /// Numbers into `entries`, plus one; 0 for an empty slot.
    slots: Vec<u32>,
    entries: Vec<(Ends, &'static str, u64)>,
    /// The slot is the hash's top bits: `hash >> shift`.
    shift: u32,
}

fn le_bytes<const N: usize>(bytes: &[u8]) -> [u8; N] {
    bytes.try_into().unwrap_or([0; N])
}

/// A key's length and its first and last (up to) eight bytes, zero-padded, which are all
/// its bytes when it has at most 16 (a shorter one's overlap; none last for at most 8).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Ends {
    len: usize,
    first: u64,
    last: u64,
}

fn ends(k: &[u8]) -> Ends {
    let n = k.len();
    let last = if n > 8 {
        u64::from_le_bytes(le_bytes(&k[n - 8..]))
    } else {
        0
    };
    Ends {
        len: n,
        first: crate::text::eight_bytes(k, 0),
        last,
    }
}

fn hash(e: &Ends) -> u64 {
    let h = (e.first ^ e.last.rotate_left(32)).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ e.len as u64;
    h.wrapping_mul(0xff51_afd7_ed55_8ccd)
}

impl WordTable {
    /// A table of `entries`, each key once.
    pub fn new(entries: impl IntoIterator<Item = (&'static str, u64)>) -> Self {
        let entries: Vec<_> = (entries.into_iter())
            .map(|(word, classes)| (ends(word.as_bytes()), word, classes))
            .collect();
        // At most a quarter full: most words asked are in no list, and an absent key's
        // search ends at the first empty slot.
        let size = (entries.len() * 4).next_power_of_two().max(8);
        let shift = 64 - size.trailing_zeros();
        let mut slots = vec![0u32; size];
        for (n, (e, _, _)) in entries.iter().enumerate() {
            let mut s = (hash(e) >> shift) as usize;
            while slots[s] != 0 {
                s = (s + 1) & (size - 1);
            }
            slots[s] = n as u32 + 1;
        }
        WordTable {
            slots,
            entries,
            shift,
        }
    }

    /// How many keys it holds.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The classes of `key`, 0 for a word in no list.
    pub fn get(&self, key: &str) -> u64 {
        self.find(key.as_bytes(), ends(key.as_bytes()))
    }

    /// The classes of a key of at most eight bytes, given as its bytes.
    #[inline(always)]
    pub fn get_short(&self, key: ShortKey) -> u64 {
        let e = Ends {
            len: key.len,
            first: key.bytes,
            last: 0,
        };
        // All its bytes are in `e`: the key itself is never compared.
        self.find(&[], e)
    }

    /// The classes of the key `k` whose ends are `e` (`k` is compared only when it has
    /// more than 16 bytes).
    #[inline(always)]
    fn find(&self, k: &[u8], e: Ends) -> u64 {
        let mask = self.slots.len() - 1;
        let mut s = (hash(&e) >> self.shift) as usize;
        loop {
            match self.slots[s] {
                0 => return 0,
                n => {
                    let (ends, word, classes) = self.entries[n as usize - 1];
                    if ends == e && (e.len <= 16 || word.as_bytes() == k) {
                        return classes;
                    }
                }
            }
            s = (s + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ShortKey, WordTable};

    #[test]
    fn listed_words_give_their_classes_and_others_none() {
        let words = [
            ("", 1),
            ("l'", 2),
            ("à", 4),
            ("état", 8),
            ("aujourd'hui", 16),
            ("porte-parole", 32),
            ("cinquante-quatre", 64),
            ("🙂", 128),
            ("a\u{a0}b", 256),
        ];
        let table = WordTable::new(words);
        for (word, classes) in words {
            assert_eq!(table.get(word), classes, "{word:?}");
            if word.len() <= 8 {
                let bytes = crate::text::eight_bytes(word.as_bytes(), 0);
                let key = ShortKey {
                    bytes,
                    len: word.len(),
                };
                assert_eq!(table.get_short(key), classes, "{word:?}");
            }
        }
        for absent in [
            "l",
            "a",
            "etat",
            "État",
            "porte-paroles",
            "cinquante-quatorze",
            "a b",
        ] {
            assert_eq!(table.get(absent), 0, "{absent:?}");
        }
    }

    #[test]
    fn many_words_sharing_their_ends_are_told_apart() {
        let words: Vec<&'static str> = (0..5000)
            .map(|n| &*format!("anticonstitu{n:05}tionnellement").leak())
            .collect();
        let table = WordTable::new(words.iter().enumerate().map(|(n, w)| (*w, n as u64 + 1)));
        for (n, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), n as u64 + 1);
        }
        assert_eq!(table.get("anticonstitu99999tionnellement"), 0);
        // Words of every length that differ in one byte, wherever it is.
        let words: Vec<&'static str> = (1..=20)
            .flat_map(|n| (0..n).map(move |at| (n, at)))
            .map(|(n, at)| &*format!("{}é{}", "a".repeat(at), "a".repeat(n - at)).leak())
            .collect();
        let table = WordTable::new(words.iter().map(|w| (*w, 1)));
        for n in 1..=22 {
            assert_eq!(table.get(&"a".repeat(n)), 0, "{n}");
        }
        for w in &words {
            assert_eq!(table.get(w), 1, "{w}");
            assert_eq!(table.get(&w.replace('é', "è")), 0, "{w}");
        }
        assert_eq!(WordTable::new([]).get("x"), 0);
    }
}
