//! Reading then writing every `.ann` of the real brat corpora in ../shared/brat-examples
//! gives back every original line, and every line kind they use is understood.

use std::path::{Path, PathBuf};

use attest::annotation::brat::{Item, parse};

fn ann_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            ann_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "ann") {
            out.push(p);
        }
    }
}

#[test]
fn every_brat_example_round_trips_line_for_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/brat-examples");
    if !root.is_dir() {
        eprintln!(
            "skipped: {} not found (the shared folder sits beside the clone)",
            root.display()
        );
        return;
    }
    let mut files = Vec::new();
    ann_files(&root, &mut files);
    assert!(files.len() > 30, "found only {} .ann files", files.len());
    let (mut lines, mut unknown) = (0, 0);
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let (standoff, problems) = parse(&text);
        assert_eq!(standoff.write(), text, "{}", f.display());
        lines += standoff.lines.len();
        unknown += standoff
            .lines
            .iter()
            .filter(|l| l.item == Item::Unknown)
            .count();
        assert!(problems.is_empty(), "{}: {problems:?}", f.display());
        // Offsets count code points of the .txt beside it.
        let txt = std::fs::read_to_string(f.with_extension("txt")).unwrap();
        let chars: Vec<char> = txt.chars().collect();
        for l in &standoff.lines {
            if let Item::TextBound {
                fragments, text, ..
            } = &l.item
            {
                let covered: Vec<String> = fragments
                    .iter()
                    .map(|&(a, b)| chars[a..b].iter().collect())
                    .collect();
                assert_eq!(&covered.join(" "), text, "{}:{}", f.display(), l.number);
            }
        }
    }
    assert!(lines > 1000, "{lines} lines read");
    assert_eq!(unknown, 0, "every line kind understood");
}
