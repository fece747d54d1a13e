use super::*;

const ANN: &str = "T1\tPerson 0 16\tVladimir Poutine\nT2\tOrganization 20 24;30 35\tOTSC traité\nN1\tReference T1 Wikidata:Q7747\tVladimir Putin\nA1\tVerified T2\nA2\tStatus T2 Disputed\n#1\tAnnotatorNotes T1\tPrésident depuis 2012\nR1\tAlly Arg1:T1 Arg2:T2\t\nE1\tMeet:T2 Agent:T1\n*\tEquiv T1 T2\n";

#[test]
fn every_line_kind_is_read() {
    let (s, problems) = parse(ANN);
    assert!(problems.is_empty(), "{problems:?}");
    let kinds: Vec<&str> = s
        .lines
        .iter()
        .map(|l| match &l.item {
            Item::TextBound { .. } => "T",
            Item::Relation { .. } => "R",
            Item::Event { .. } => "E",
            Item::Attribute { .. } => "A",
            Item::Normalization { .. } => "N",
            Item::Note { .. } => "#",
            Item::Equiv { .. } => "*",
            Item::Blank => "",
            Item::Unknown => "?",
        })
        .collect();
    assert_eq!(kinds, ["T", "T", "N", "A", "A", "#", "R", "E", "*"]);
    let Item::TextBound { fragments, .. } = &s.lines[1].item else {
        panic!()
    };
    assert_eq!(fragments, &[(20, 24), (30, 35)]);
    let Item::Attribute { value, .. } = &s.lines[4].item else {
        panic!()
    };
    assert_eq!(value.as_deref(), Some("Disputed"));
}

#[test]
fn writing_gives_back_every_line() {
    let (s, _) = parse(ANN);
    assert_eq!(s.write(), ANN);
    let no_final_newline = ANN.trim_end();
    assert_eq!(parse(no_final_newline).0.write(), no_final_newline);
    let crlf = ANN.replace('\n', "\r\n");
    let (s, problems) = parse(&crlf);
    assert!(problems.is_empty());
    assert_eq!(s.write(), crlf);
}

#[test]
fn malformed_lines_are_kept_and_reported_at_their_line() {
    let text =
        "T1\tPerson 5 2\tx\nT2 Person 0 5 Astana\nT3\tPerson 0 x\tx\nX1\twhat\nT1\tPerson 0 1\ty\n";
    let (s, problems) = parse(text);
    assert_eq!(s.write(), text);
    let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [1, 2, 3, 4, 5]);
    assert!(problems[0].message.contains("reversed"));
    assert!(problems[1].message.contains("spaces"));
    assert!(problems[4].message.contains("duplicate"));
}

#[test]
fn fresh_ids_follow_the_highest() {
    let (s, _) = parse(ANN);
    assert_eq!(s.next_id('T'), "T3");
    assert_eq!(s.next_id('A'), "A3");
    assert_eq!(
        text_bound_line("T3", "Location", &[(1, 7)], "Astana"),
        "T3\tLocation 1 7\tAstana"
    );
}

#[test]
fn spans_move_with_edits_and_stretch_over_edits_inside_them() {
    let (mut s, _) = parse("T1\tPerson 10 16\tAstana\nT2\tPerson 0 5\tTitre\nA1\tVerified T1\n");
    // Three code points inserted before « Astana »: it moves; « Titre » stays.
    assert!(s.shift(7, 7, 3));
    assert_eq!(
        s.write(),
        "T1\tPerson 13 19\tAstana\nT2\tPerson 0 5\tTitre\nA1\tVerified T1\n"
    );
    // A word inside « Astana » replaced by a longer one: the span covers the new words.
    assert!(s.shift(14, 16, 4));
    assert_eq!(s.lines[0].raw, "T1\tPerson 13 21\tAstana");
    // An edit after every span changes nothing, nor does typing right after a name.
    assert!(!s.shift(40, 41, 0));
    assert!(!s.shift(21, 21, 1));
}

/// Found by `annotations_keep_their_words_or_show_as_stale` (src/lsp): a moved line lost
/// its `\r`, and a `.ann` written on Windows came back with mixed line ends.
#[test]
fn a_moved_line_keeps_its_carriage_return() {
    let (mut s, _) = parse("T1\tPerson 10 16\tAstana\r\nA1\tVerified T1\r\n");
    assert!(s.shift(0, 0, 2));
    assert_eq!(s.write(), "T1\tPerson 12 18\tAstana\r\nA1\tVerified T1\r\n");
}

/// Found by fuzz/brat_roundtrip: an id starting with a char of several bytes was cut
/// inside it.
#[test]
fn an_id_starting_with_a_wide_char_is_reported_not_cut() {
    let text = "\u{FFFD}\u{FFFD}\tPerson 0 5\tx\nÉ1\tNote T1\n";
    let (s, problems) = parse(text);
    assert_eq!(s.write(), text);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(s.lines.iter().all(|l| l.item == Item::Unknown));
}

/// Found by fuzz/brat_roundtrip: an offset past isize::MAX became 0 when moved, even by an
/// edit that changed nothing, and the line was rewritten reversed.
#[test]
fn huge_offsets_are_moved_without_wrapping() {
    let text = "T1\tPerson 461 18446744073709551615\tx\n";
    let (mut s, problems) = parse(text);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(!s.shift(0, 0, 0), "an empty edit moves nothing");
    assert_eq!(s.write(), text);
    assert!(s.shift(0, 0, 2));
    let Item::TextBound { fragments, .. } = &s.lines[0].item else {
        panic!()
    };
    assert_eq!(fragments, &[(463, usize::MAX)]);
    assert!(parse(&s.write()).1.is_empty(), "{}", s.write());
}
