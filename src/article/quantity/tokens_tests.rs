use super::*;

#[test]
fn the_qualifier_before_a_figure_is_the_one_starting_first() {
    use super::super::words::{QUALS, Qual};
    let before_figure = |text: &str, floor: usize| {
        let t = Toks::new(text);
        let figure = (0..t.len()).find(|&i| t.kind(i) == Some(Kind::Num));
        t.earliest_before(figure.expect("a figure"), floor, &QUALS)
    };
    assert_eq!(
        before_figure("un peu plus de 100", 0),
        Some((Qual::JustOver, 0))
    );
    assert_eq!(
        before_figure("un peu plus de 100", 1),
        Some((Qual::More, 2))
    );
    assert_eq!(before_figure("près d’100 km", 0), Some((Qual::Nearly, 0)));
    assert_eq!(before_figure("more than 5", 0), Some((Qual::More, 0)));
    assert_eq!(before_figure("le chiffre 100", 0), None);
}

#[test]
fn letters_as_in_unicode() {
    for c in (0..0x3000).filter_map(char::from_u32) {
        let slow = if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            c.is_alphanumeric() || is_combining_mark(c)
        };
        assert_eq!(is_letter(c), slow, "{c:?}");
    }
}

fn all(t: &Toks) -> Vec<(usize, usize, Kind, Gap, u16, bool)> {
    (t.t.iter())
        .map(|k| (k.start, k.end, k.kind, k.gap, k.id, k.ascii))
        .collect()
}

#[test]
fn short_words_read_at_once_are_the_tokens_of_the_general_way() {
    for text in [
        "Le 1er mars, l’été\u{a0}2024 😀  Février\n3 ",
        "MARS Mars mars marss en EN a b abcdefg abcdefgh abcdefghi septembre SEPTEMBRE",
        "abcdefgé abcdefé abcdefgh\u{301} x\u{301}y ab😀 ab\u{a0}cd ab’cd l'OTAN G20 F-16",
        "abcdefghé abcdefghijklmnopqrstuvwxyzé abcdefghijklmnopqrstuvwxyz l’ qu’il «mai» ABª",
        "abcdefghijklmno abcdefghijklmnop abcdefghijklmnopé abcdefghijklmnoé SEPTEMBRE, ABCDEFGH",
        "aujourd’hui Présidentielle présidentielles internationales décembre DÉCEMBRE",
        "abcdefghijklmno",
        "abcdefgh",
        "Millions millions MILLIONS\u{a0}d’euros septembre\u{2009}2024 abcdefghijk😀",
        "a",
        "ab",
        "mai",
        "x9",
        "\u{a0}mai\u{a0}",
        "",
    ] {
        assert_eq!(
            all(&Toks::new(text)),
            all(&Toks::cut(text, false, Vec::new())),
            "{text:?}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn any_text_is_cut_as_the_general_way_cuts_it(
        text in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "B", "mai", "MARS", "en", "abcdefg", "abcdefgh", "septembre", "7", "-",
                "'", "’", " ", "\u{a0}", "\n", "é", "É", "\u{301}", "×", ".", "🙂", "²",
                "«", "abcdefghijklmnopqrstuvwxyz", "Millions", "ª",
            ]),
            0..24,
        )
    ) {
        let text = text.concat();
        proptest::prop_assert_eq!(all(&Toks::new(&text)), all(&Toks::cut(&text, false, Vec::new())));
    }
}

#[test]
fn tokens_and_their_gaps_among_accents_apostrophes_spaces_and_emoji() {
    let text = "Le 1er mars, l’été\u{a0}2024 😀  Février\n3 ";
    let t = Toks::new(text);
    let got: Vec<(&str, Kind, Gap)> = (0..t.len())
        .map(|i| (t.str(i), t.t[i].kind, t.t[i].gap))
        .collect();
    use Gap::*;
    use Kind::*;
    assert_eq!(
        got,
        [
            ("Le", Word, Line),
            ("1", Num, One),
            ("er", Word, Glued),
            ("mars", Word, One),
            (",", Punct(','), Glued),
            ("l", Word, One),
            ("’", Punct('’'), Glued),
            ("été", Word, Glued),
            ("2024", Num, One),
            ("😀", Punct('😀'), One),
            ("Février", Word, Many),
            ("3", Num, Line),
        ]
    );
    assert_eq!(t.key(7), Some("ete"));
    assert_eq!(t.key(10), Some("fevrier"));
    assert_eq!(t.key(3), Some("mars"));
}
