/// An article's text as the analysis sees it.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// Some bytes were not UTF-8 and were replaced by U+FFFD.
    pub lossy: bool,
}

/// Decodes bytes as UTF-8, replacing what is not, and drops a leading byte-order mark
/// (editors hide it, so offsets must not count it).
pub fn decode(bytes: &[u8]) -> Decoded {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match String::from_utf8_lossy(bytes) {
        std::borrow::Cow::Borrowed(s) => Decoded {
            text: s.to_owned(),
            lossy: false,
        },
        std::borrow::Cow::Owned(s) => Decoded {
            text: s,
            lossy: true,
        },
    }
}

/// How many bytes from the start `looks_binary` reads.
pub const BINARY_SNIFF: usize = 8192;

/// A NUL byte in the first 8 KiB: the file is not an article, whatever its extension.
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(BINARY_SNIFF).any(|&b| b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_and_reported() {
        let d = decode(b"caf\xE9 noir");
        assert!(d.lossy);
        assert_eq!(d.text, "caf\u{FFFD} noir");
    }

    #[test]
    fn valid_utf8_is_kept_and_bom_dropped() {
        let d = decode("\u{FEFF}Élysée".as_bytes());
        assert!(!d.lossy);
        assert_eq!(d.text, "Élysée");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(looks_binary(b"PK\x03\x04\x00\x00"));
        assert!(!looks_binary("Le Kazakhstan".as_bytes()));
    }
}
