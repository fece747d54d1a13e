//! The brat `.ann` reader and writer. The reader accepts any text, so for every input:
//! written back it is the same text, byte for byte, and read∘write∘read is the identity
//! (the same lines and the same problems). Then the spans are moved through one edit, as
//! an open article's are when it is typed in, and what is written then reads back as the
//! moved lines. The first 12 bytes give the edit (code points a..b replaced by n); the
//! rest is the file.

#![no_main]

use attest::annotation::brat::{self, Item};
use attest::text::decode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (edit, file) = data.split_at(data.len().min(12));
    let text = decode(file.to_vec()).text;

    let (standoff, problems) = brat::parse(&text);
    let written = standoff.write();
    assert_eq!(written, text, "written back, the file changed");
    let (again, problems_again) = brat::parse(&written);
    assert_eq!(again, standoff, "read∘write∘read is not the identity");
    assert_eq!(problems_again, problems);

    let number = |i: usize| {
        edit.get(i..i + 4).map_or(0, |b| {
            u32::from_le_bytes(b.try_into().unwrap()) as usize % 4096
        })
    };
    let (a, b) = (number(0).min(number(4)), number(0).max(number(4)));
    let mut moved = standoff.clone();
    moved.shift(a, b, number(8));
    for line in &moved.lines {
        if let Item::TextBound { fragments, .. } = &line.item {
            assert!(
                fragments.iter().all(|(s, e)| s <= e),
                "a moved span is reversed: {fragments:?}"
            );
        }
    }
    let (reread, _) = brat::parse(&moved.write());
    let items = |s: &brat::Standoff| s.lines.iter().map(|l| l.item.clone()).collect::<Vec<_>>();
    assert_eq!(
        items(&reread),
        items(&moved),
        "moved lines do not read back"
    );
});
