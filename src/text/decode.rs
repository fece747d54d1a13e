/// An article's text as the analysis sees it.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// Some bytes were not UTF-8 and were replaced by U+FFFD.
    pub lossy: bool,
}

/// Decodes bytes as UTF-8, replacing what is not, and drops a leading byte-order mark
/// (editors hide it, so offsets must not count it).
pub fn decode(mut bytes: Vec<u8>) -> Decoded {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded { text, lossy: false },
        Err(e) => Decoded {
            text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
            lossy: true,
        },
    }
}

/// How many bytes from the start `looks_binary` reads.
pub const BINARY_SNIFF: usize = 8192;

/// A NUL byte in the first 8 KiB: the file is not an article, whatever its extension.
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(BINARY_SNIFF)].contains(&0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_and_reported() {
        let d = decode(b"caf\xE9 noir".to_vec());
        assert!(d.lossy);
        assert_eq!(d.text, "caf\u{FFFD} noir");
    }

    #[test]
    fn valid_utf8_is_kept_and_bom_dropped() {
        let d = decode("\u{FEFF}Élysée".as_bytes().to_vec());
        assert!(!d.lossy);
        assert_eq!(d.text, "Élysée");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(looks_binary(b"PK\x03\x04\x00\x00"));
        assert!(!looks_binary("Le Kazakhstan".as_bytes()));
    }
}
