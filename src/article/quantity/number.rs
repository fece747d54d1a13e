//! Numbers in digits: « 60 000 », "1,234,567.5", « 55,41 % », "$5m", « 2 milliards d’euros ».

use super::words::*;
use super::{Core, Gap, Kind, Toks, Unit, degree_sign, opening, temperature_letter, unit_after};

/// A number in digits at `i`, with its sign, currency sign, scale word and unit; `None`
/// when word `i` is not digits.
pub(super) fn numeric(t: &Toks, i: usize) -> Option<Core> {
    if t.kind(i) != Some(Kind::Num) {
        return None;
    }
    let mut first = i;
    let mut cur = None;
    if t.glued(first)
        && let Some(c) = t.pc(first - 1).and_then(currency_sign)
    {
        cur = Some(c);
        first -= 1;
        if t.glued(first) && t.word(first - 1, "us") {
            first -= 1;
        }
    }
    let mut sign = 1.0;
    if t.glued(first)
        && let Some(c @ ('-' | '−' | '+')) = t.pc(first - 1)
        && (!t.glued(first - 1) || t.pc(first - 2).is_some_and(opening))
    {
        sign = if c == '+' { 1.0 } else { -1.0 };
        first -= 1;
    }
    if !t.clean_start(first) || t.is_in(first.wrapping_sub(1), &NOT_COUNT_WORDS) {
        return None;
    }
    if t.str(i).len() > 18 {
        return None;
    }
    if let Some((seconds, end)) = race_time(t, i) {
        return Some(Core {
            first,
            end,
            center: sign * seconds,
            band: None,
            unit: Unit::Seconds,
            year_like: false,
            scale: None,
        });
    }
    let (mut mant, mut digits, mut k) = (0.0, 0, i);
    accumulate(t.str(i), &mut mant, &mut digits);
    let lead = digits;
    while lead <= 3
        && let Some(n) = group_after(t, k)
    {
        accumulate(t.str(n), &mut mant, &mut digits);
        k = n;
        if digits > 18 {
            return None;
        }
    }
    let mut frac = 0;
    if t.glued(k + 1) && matches!(t.pc(k + 1), Some(',' | '.')) && t.num_glued(k + 2) {
        frac = t.str(k + 2).len();
        accumulate(t.str(k + 2), &mut mant, &mut digits);
        k += 2;
    }
    if digits > 18 {
        return None;
    }
    let mut scale = 1.0;
    let mut j = k + 1;
    // A temperature glued to its number: "41.2C", « 0,4°C ».
    let mut degrees = None;
    if t.glued(j) {
        match t.kind(j)? {
            Kind::Word if cur.is_none() && temperature_letter(t.str(j)).is_some() => {
                degrees = temperature_letter(t.str(j));
                j += 1;
            }
            Kind::Word => {
                scale = abbrev_scale(t, j, cur.is_some())?;
                j += 1;
            }
            Kind::Punct('°') if cur.is_none() => {
                let (scale, e) = degree_sign(t, j)?;
                (degrees, j) = (Some(scale), e);
            }
            Kind::Punct(c) if c == '%' || currency_sign(c).is_some() => {}
            Kind::Punct(c) if ".,;:!?)]}»”\"'’…".contains(c) && !t.num_glued(j + 1) => {}
            Kind::Punct(_) | Kind::Num => return None,
        }
    }
    if scale == 1.0
        && degrees.is_none()
        && t.spaced(j)
        && let Some(s) = t
            .lookup(j, &SCALES)
            .map(|(s, _)| s)
            .or_else(|| abbrev_scale(t, j, cur.is_some()))
    {
        (scale, j) = (s, j + 1);
    }
    let value = sign * (mant * scale) / 10f64.powi(frac as i32);
    let unit = if let Some(c) = cur {
        Unit::Money(c)
    } else if let Some(scale) = degrees {
        Unit::Degrees(scale)
    } else if let Some(u) = unit_after(t, &mut j, scale != 1.0) {
        u
    } else {
        Unit::Count
    };
    let year_like = lead == 4 && k == i && first == i && j == i + 1 && unit == Unit::Count;
    let year_like = year_like && (1000.0..=2100.0).contains(&value);
    let scale = Some(scale);
    Some(Core {
        first,
        end: j,
        center: value,
        band: None,
        unit,
        year_like,
        scale,
    })
}

/// A time measured to the hundredth at `i`, in seconds, and the token after it: minutes,
/// seconds and hundredths (« 3'12"48 », « 3’12’’48 », "3:12.48") or seconds and hundredths
/// (« 9"58 »). Without its hundredths, « 11:25 » is a time of day and « 3'12 » may be one.
fn race_time(t: &Toks, i: usize) -> Option<(f64, usize)> {
    let two = |k: usize| t.num_glued(k) && t.str(k).len() == 2;
    let number = |k: usize| t.str(k).parse::<f64>().ok();
    let seconds_mark = |k: usize| -> Option<usize> {
        match t.pc(k).filter(|_| t.glued(k))? {
            '"' | '”' | '″' => Some(k + 1),
            '\'' | '’' | '′' if t.glued(k + 1) && matches!(t.pc(k + 1), Some('\'' | '’' | '′')) => {
                Some(k + 2)
            }
            _ => None,
        }
    };
    if t.str(i).len() > 2 {
        return None;
    }
    let whole = number(i)?;
    // Seconds and hundredths: « 9"58 ».
    if let Some(k) = seconds_mark(i + 1)
        && two(k)
    {
        return Some((whole + number(k)? / 100.0, k + 1));
    }
    // Minutes, seconds and hundredths.
    let minutes_mark = matches!(t.pc(i + 1), Some('\'' | '’' | '′' | ':')) && t.glued(i + 1);
    if !minutes_mark || !two(i + 2) {
        return None;
    }
    let seconds = number(i + 2)?;
    let k = match t.pc(i + 1) {
        Some(':') => Some(i + 4).filter(|_| t.glued(i + 3) && t.pc(i + 3) == Some('.')),
        _ => seconds_mark(i + 3),
    }?;
    (seconds < 60.0 && two(k)).then(|| {
        (
            whole * 60.0 + seconds + number(k).unwrap_or(0.0) / 100.0,
            k + 1,
        )
    })
}

/// « bn », « Md », and « M », « k » next to a currency sign: "$5m", « 5 M€ ».
fn abbrev_scale(t: &Toks, j: usize, money: bool) -> Option<f64> {
    let money = money || t.glued(j + 1) && t.pc(j + 1).and_then(currency_sign).is_some();
    match t.str(j) {
        "k" | "K" if money => Some(1e3),
        "m" | "M" if money => Some(1e6),
        _ => t.lookup(j, &ABBREVIATED).map(|(s, _)| s),
    }
}

fn accumulate(digits: &str, mant: &mut f64, count: &mut usize) {
    for b in digits.bytes() {
        *mant = *mant * 10.0 + f64::from(b - b'0');
    }
    *count += digits.len();
}

/// The next group of three digits after `k`: « 60 000 », "60,000", « 60’000 ».
fn group_after(t: &Toks, k: usize) -> Option<usize> {
    let three = |n: usize| t.kind(n) == Some(Kind::Num) && t.str(n).len() == 3;
    if three(k + 1) && t.t[k + 1].gap == Gap::One {
        return Some(k + 1);
    }
    let sep = matches!(t.pc(k + 1), Some(',' | '\'' | '’'));
    (t.glued(k + 1) && sep && t.glued(k + 2) && three(k + 2)).then_some(k + 2)
}
