//! Bytes eight at a time, in one 64-bit word: what a tokenizer asks of most ASCII words
//! (how long a run of letters is, the bytes of a short key) without a loop over them.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// Eight bytes from `at`, little-endian, zeros past the end.
#[inline]
pub fn eight_bytes(bytes: &[u8], at: usize) -> u64 {
    // Two comparisons, and no overflow to check for `at + 8`.
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(b) => u64::from_le_bytes(*b),
        None => {
            let mut buf = [0u8; 8];
            let tail = bytes.get(at..).unwrap_or_default();
            buf[..tail.len()].copy_from_slice(tail);
            u64::from_le_bytes(buf)
        }
    }
}

/// The top bit of each of eight bytes that is an ASCII letter. A byte's low seven bits
/// with bit 5 set are `a..=z` for the letters of either case: adding `0x80 - b'a'` sets
/// the top bit from « a » on, adding `0x7f - b'z'` from past « z », with no carry into
/// the next byte.
#[inline]
fn ascii_letters(x: u64) -> u64 {
    let small = (x & !HIGH) | (ONES * 0x20);
    let from_a = small + ONES * u64::from(0x80 - b'a');
    let past_z = small + ONES * u64::from(0x7f - b'z');
    from_a & !past_z & !x & HIGH
}

/// The top bit of each of eight bytes that is an ASCII letter, and of each that is a
/// capital (`A..=Z`).
#[inline]
pub fn ascii_letters_and_capitals(x: u64) -> (u64, u64) {
    let letters = ascii_letters(x);
    let seven = x & !HIGH;
    let from_a = seven + ONES * u64::from(0x80 - b'A');
    let past_z = seven + ONES * u64::from(0x7f - b'Z');
    (letters, from_a & !past_z & !x & HIGH)
}

/// The top bit of each of eight ASCII bytes (none above 0x7f) that is white space: a
/// space, or a tab to a carriage return (`\t`, `\n`, `\x0b`, `\x0c`, `\r`).
#[inline]
pub fn ascii_spaces(x: u64) -> u64 {
    debug_assert_eq!(x & HIGH, 0, "ASCII bytes only");
    // A space is a zero byte of `x ^ 0x20…`; the others are 9 to 13, from 9 on but not
    // from 14 on (no sum reaches 0x100, so none carries into the next byte).
    let not_space = ((x ^ (ONES * 0x20)) + ONES * 0x7f) & HIGH;
    let from_tab = x + ONES * u64::from(0x80 - b'\t');
    let past_return = x + ONES * u64::from(0x80 - b'\r' - 1);
    (!not_space | (from_tab & !past_return)) & HIGH
}

/// How many of eight bytes, from the first, are ASCII (8 for all).
#[inline]
pub fn ascii_run(x: u64) -> usize {
    (x & HIGH).trailing_zeros() as usize / 8
}

/// How many of eight bytes, from the first, are ASCII letters (8 for all).
#[inline]
pub fn ascii_letters_run(x: u64) -> usize {
    let others = !ascii_letters(x) & HIGH;
    others.trailing_zeros() as usize / 8
}

/// Where the ASCII letters from `at` end.
#[inline]
pub fn ascii_letters_end(bytes: &[u8], mut at: usize) -> usize {
    loop {
        let run = ascii_letters_run(eight_bytes(bytes, at));
        at += run;
        if run < 8 {
            return at;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_are_read_little_endian_with_zeros_past_the_end() {
        assert_eq!(eight_bytes(b"ab", 0), 0x6261);
        assert_eq!(
            eight_bytes(b"abcdefghij", 2),
            u64::from_le_bytes(*b"cdefghij")
        );
        assert_eq!(eight_bytes(b"abcdefghij", 10), 0);
    }

    #[test]
    fn letters_are_told_eight_bytes_at_a_time_as_one_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut eight = *b"aZzAmQbY";
                eight[at] = b;
                let x = u64::from_le_bytes(eight);
                let (letters, capitals) = ascii_letters_and_capitals(x);
                assert_eq!(letters, ascii_letters(x));
                for (k, e) in eight.iter().enumerate() {
                    let told = letters >> (8 * k) & 0xff;
                    assert_eq!(told == 0x80, e.is_ascii_alphabetic(), "{b:#x} at {at}");
                    assert!(told == 0 || told == 0x80);
                    let told = capitals >> (8 * k) & 0xff;
                    assert_eq!(told == 0x80, e.is_ascii_uppercase(), "{b:#x} at {at}");
                    assert!(told == 0 || told == 0x80);
                }
            }
        }
    }

    #[test]
    fn spaces_are_told_eight_bytes_at_a_time_as_one_at_a_time() {
        for b in 0..0x80u8 {
            for at in 0..8 {
                let mut eight = *b" a\t\r\n~\x0b\x7f";
                eight[at] = b;
                let spaces = ascii_spaces(u64::from_le_bytes(eight));
                for (k, e) in eight.iter().enumerate() {
                    let told = spaces >> (8 * k) & 0xff;
                    assert_eq!(
                        told == 0x80,
                        char::from(*e).is_whitespace(),
                        "{b:#x} at {at}"
                    );
                    assert!(told == 0 || told == 0x80);
                }
            }
        }
    }

    #[test]
    fn runs_of_letters_end_at_the_first_other_byte_or_the_end() {
        assert_eq!(ascii_letters_end(b"abc def", 0), 3);
        assert_eq!(ascii_letters_end(b"abc", 3), 3);
        assert_eq!(ascii_letters_end(b"abcdefghijklmnopqrstu vw", 2), 21);
        assert_eq!(ascii_letters_end(b"abcdefghijklmnop", 0), 16);
        assert_eq!(ascii_letters_end("abÉté".as_bytes(), 0), 2);
        assert_eq!(ascii_letters_end(b"ab1", 0), 2);
        assert_eq!(ascii_letters_end(b"ab-", 0), 2);
        for (text, run) in [
            ("abcdefgh", 8),
            ("abcdefghij", 8),
            ("Ab1", 2),
            ("é", 0),
            ("", 0),
        ] {
            assert_eq!(
                ascii_letters_run(eight_bytes(text.as_bytes(), 0)),
                run,
                "{text}"
            );
        }
    }
}
