//! The text itself: FTL050 (still the reference's text), FTL051 (blank), FTL052 (no letter of
//! the language's script) and FTL054 (invisible bidi controls typed into the text).

use std::collections::BTreeMap;

use fluent_syntax::ast::Pattern;
use unicode_script::{Script, UnicodeScript};

use super::language::{Entry, Language, Slot};
use super::{Context, Pair};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::{FTL050, FTL051, FTL052, FTL054};
use crate::fluent::walk::{Use, any_text, any_use, typed, uses, walk};
use crate::fluent::{is_untranslated, prose_words, without_tags};

/// What a reference's comment says when a language may keep its text as it is.
const KEEP_ENGLISH: &[&str] =
    &["keep the english", "keep it in english", "do not translate this", "don't translate this"];

/// Checks every language's text for bidi controls, and each translation's text against the
/// reference's.
pub fn check(cx: &Context, language: &Language, shared: &[Pair], out: &mut Vec<Diagnostic>) {
    for entry in language.entries.values() {
        bidi_controls(entry, out);
    }
    if cx.is_reference(language) {
        return;
    }
    let scripts = written_in(language, language.tag().scripts());
    for (entry, theirs, mine) in shared {
        let label = mine.label(entry.id);
        let identical = theirs.pattern == mine.pattern;
        if is_still_reference_text(cx, language, entry, theirs, mine)
            && !keeps_a_name(cx, &scripts, mine)
            && !cx.reference.get(entry.id).is_some_and(|wanted| wanted.comment_says(KEEP_ENGLISH))
        {
            let message = format!("{label} is the reference's text, word for word: it is not translated yet");
            let help = "translate it; the build shows it as untranslated until then".to_string();
            out.push(entry.finding_at(&FTL050, mine.span.clone(), message, help));
        }
        if is_blank(mine.pattern) && !is_blank(theirs.pattern) {
            let message = format!("{label} is blank; the reference's is not");
            let help =
                "translate the reference's text, or delete the message so that it is reported as missing".to_string();
            out.push(entry.finding_at(&FTL051, mine.span.clone(), message, help));
        }
        if identical || entry.is_term {
            continue;
        }
        let Some(found) = foreign_script(&scripts, theirs, mine) else { continue };
        // A placeholder or a name taken from the reference may be in its script.
        if !is_placeholder(theirs) && !copies_names(theirs, mine) {
            let expected = scripts.iter().map(|script| script.full_name()).collect::<Vec<_>>().join(" or ");
            let tag = language.tag();
            let message =
                format!("{label} has no letter in {expected} script, the script of `{tag}`; it is written in {found}");
            let help = format!("check that this is the `{tag}` translation and not another language's");
            out.push(entry.finding_at(&FTL052, mine.span.clone(), message, help));
        }
    }
}

/// Whether a translation's value or attribute is still the reference's text, as the build
/// sees it too ([`is_untranslated`]).
fn is_still_reference_text(cx: &Context, language: &Language, entry: &Entry, theirs: &Slot, mine: &Slot) -> bool {
    is_untranslated(entry.id, theirs.pattern, mine.pattern, language.tag(), cx.setup.source)
}

/// Whether a web project's translation kept the reference's text because it is a name: a
/// language written in the same script keeps `San Francisco` or `Microsoft Store` as they are,
/// and a short heading may be the same words (Scots `Privacy comes first`). Three words or
/// fewer, every letter in the language's own script; `Visual Editing` on a Bengali page is
/// still reported, and so is a sentence. (A title many languages keep is spared after every
/// language is checked: see `spare_names`.) A campaign's flyer must not show English at all, so
/// outreach's own check stays strict (the build would leave it out).
fn keeps_a_name(cx: &Context, scripts: &[Script], mine: &Slot) -> bool {
    cx.setup.web_project && prose_words(mine.pattern) <= 3 && letters(mine.pattern).all(|c| is_in(scripts, c))
}

/// Whether a pattern reads as the title of something: one to five words, each capitalised
/// (`iOS` and `TestFlight` are) but for the little words of a title (`Shape of the Web`).
/// Mozilla's English writes headings in sentence case (`Eyedropper tool`), so a title there is
/// often a name: of a magazine, a project, a product (`Fast Company`, `The Coral Project`,
/// `Firefox vs Apple Safari`).
pub fn is_a_title(pattern: &Pattern<&str>) -> bool {
    const LITTLE: &[&str] =
        &["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "with"];
    let text = without_tags(&typed(pattern).collect::<Vec<_>>().join(" "));
    let words: Vec<&str> =
        text.split(|c: char| !c.is_alphabetic()).filter(|word| !word.is_empty() && !LITTLE.contains(word)).collect();
    (1..=5).contains(&words.len()) && words.iter().all(|word| word.chars().any(char::is_uppercase))
}

/// The letters of the text typed into a pattern (not of what its placeables show).
fn letters<'a>(pattern: &'a Pattern<&'a str>) -> impl Iterator<Item = char> + 'a {
    typed(pattern).flat_map(|text| text.chars().filter(|c| c.is_alphabetic()))
}

/// Whether a pattern shows nothing but white space.
fn is_blank(pattern: &Pattern<&str>) -> bool {
    !any_use(pattern, |used| !matches!(used, Use::Text(text) if text.trim().is_empty()))
}

/// The script a translation is written in when none of its letters is in the language's own
/// (`None` when it has such a letter, no letters, or the same letters as the reference).
fn foreign_script(scripts: &[Script], theirs: &Slot, mine: &Slot) -> Option<&'static str> {
    if scripts.is_empty() {
        return None;
    }
    let mut first = None;
    any_text(mine.pattern, |text| {
        first = text.chars().find(|c| c.is_alphabetic());
        first.is_some()
    });
    let first = first?;
    let own = any_text(mine.pattern, |text| text.chars().any(|c| c.is_alphabetic() && is_in(scripts, c)));
    if own || letters(mine.pattern).eq(letters(theirs.pattern)) {
        return None;
    }
    Some(first.script().full_name())
}

/// Whether a letter belongs to one of the scripts (or is shared with one, as `ー` is with
/// Hiragana and Katakana).
fn is_in(scripts: &[Script], letter: char) -> bool {
    // An ASCII letter is Latin and nothing else: no table to search.
    if letter.is_ascii() {
        return scripts.contains(&Script::Latin);
    }
    scripts.iter().any(|&script| letter.script_extension().contains_script(script))
}

/// The scripts the language's own text is written in: those CLDR expects for its tag, unless
/// most of its letters are in another script (Mozilla writes Crimean Tatar, `crh`, in Latin,
/// where CLDR's likely script is Cyrillic): then that one. The tag is a default, the text the
/// truth.
fn written_in(language: &Language, expected: Vec<Script>) -> Vec<Script> {
    let each_char = |visit: &mut dyn FnMut(char)| {
        for entry in language.entries.values().filter(|entry| !entry.is_term) {
            for slot in entry.slots() {
                walk(slot.pattern, &mut |used| {
                    if let Use::Text(text) = used {
                        text.chars().for_each(&mut *visit);
                    }
                });
            }
        }
    };
    // Most languages are written in the script expected: count the letters that fit first,
    // and by script only when most do not. A language uses a few dozen characters, each many
    // times, so what each is (a letter that fits, or not, or no letter) is remembered,
    // direct-mapped by its code point, rather than searched for again in Unicode's tables.
    let mut known = [('\0', None); 1024];
    let (mut total, mut fitting) = (0, 0);
    each_char(&mut |c| {
        let slot = &mut known[c as usize % 1024];
        if slot.0 != c {
            let script = if c.is_ascii() { Script::Latin } else { c.script() };
            *slot = (c, c.is_alphabetic().then(|| expected.contains(&script)));
        }
        if let Some(fits) = slot.1 {
            total += 1;
            fitting += usize::from(fits);
        }
    });
    // Only a language with enough text to tell, mostly in a script it is not expected in.
    if total < 200 || fitting * 4 >= total {
        return expected;
    }
    // By the script's name, so that the order (and a tie) is the same on every run.
    let mut counts: BTreeMap<&str, (Script, usize)> = BTreeMap::new();
    each_char(&mut |letter| {
        if !letter.is_alphabetic() {
            return;
        }
        let script = letter.script();
        counts.entry(script.short_name()).or_insert((script, 0)).1 += 1;
    });
    match counts.into_values().max_by_key(|&(_, count)| count) {
        Some((script, count)) if count * 2 > total => vec![script],
        _ => expected,
    }
}

/// Whether the reference's text is a placeholder of a form field, an address or a domain
/// (`yourname@example.com`, `yourdomain`): a translation may put any name there.
fn is_placeholder(theirs: &Slot) -> bool {
    let used = uses(theirs.pattern);
    // The whole value, nothing shown around it.
    let [Use::Text(text)] = used.as_slice() else { return false };
    let token = text.trim().trim_start_matches('@');
    let address = token.contains('@') || token.trim_end_matches('.').contains('.');
    let name = token.len() >= 6 && token.chars().all(|c| c.is_ascii_lowercase());
    !token.contains(char::is_whitespace) && (address || name)
}

/// Whether the only letters a translation has in the reference's script are a name or a
/// loanword taken from the reference: two or three of its words (`Coral Project` from `The
/// Coral Project`, `vs Microsoft Edge`), or the start of one (`Cookie` from `Cookies`), beside
/// a command's placeholders in capitals. One whole word copied (`Manifesto`) is left in
/// English, and reported.
fn copies_names(theirs: &Slot, mine: &Slot) -> bool {
    let words = |slot: &Slot| -> Vec<String> {
        let text = typed(slot.pattern).collect::<Vec<_>>().join(" ");
        let split = text.split(|c: char| !c.is_alphanumeric()).filter(|word| word.chars().any(char::is_alphabetic));
        split.map(str::to_string).collect()
    };
    let reference = words(theirs);
    // Words in capitals are a command's placeholders or abbreviations (`[FLAG]`, `FT`).
    let all = words(mine);
    let capitals = all.iter().any(|word| word.chars().count() >= 2 && !word.chars().any(char::is_lowercase));
    let mine: Vec<&String> = all
        .iter()
        .filter(|word| word.chars().any(char::is_lowercase) && !matches!(word.as_str(), "vs" | "versus"))
        .collect();
    let copied = |word: &&String| reference.iter().any(|theirs| theirs.starts_with(word.as_str()));
    let shortened =
        |word: &&String| reference.iter().any(|theirs| theirs.starts_with(word.as_str()) && theirs != *word);
    // `vs` joins two names: `{ -brand-name-firefox } vs Opera`.
    let versus = all.iter().any(|word| matches!(word.as_str(), "vs" | "versus"));
    let name = mine.len() >= 2 || mine.iter().any(shortened) || (mine.len() <= 1 && (capitals || versus));
    mine.len() <= 3 && mine.iter().all(copied) && name
}

/// The names of the scripts a language is written in (`Ethiopic`, `Han`), from its tag, if
/// CLDR knows them.
pub fn script_names(tag: &crate::tag::Tag) -> Option<String> {
    let scripts = tag.scripts();
    (!scripts.is_empty()).then(|| scripts.iter().map(|script| script.full_name()).collect::<Vec<_>>().join(", "))
}

/// FTL054: explicit bidi embeddings, overrides and isolates in the text.
fn bidi_controls(entry: &Entry, out: &mut Vec<Diagnostic>) {
    for slot in entry.slots() {
        walk(slot.pattern, &mut |used| {
            let Use::Text(text) = used else { return };
            // Every control is U+202A–U+202E or U+2066–U+2069, which UTF-8 starts with 0xE2.
            if memchr::memchr(0xE2, text.as_bytes()).is_none() {
                return;
            }
            let start = entry.span_of(text).start;
            for (offset, c) in text.char_indices() {
                let Some(name) = bidi_control_name(c) else { continue };
                let span = start + offset..start + offset + c.len_utf8();
                let message = format!("{} holds an invisible {name} (U+{:04X})", slot.label(entry.id), u32::from(c));
                let help = "delete it: the pages set the direction of every text themselves".to_string();
                out.push(entry.finding_at(&FTL054, span, message, help));
            }
        });
    }
}

/// The name of an explicit bidi formatting character. Marks (LRM, RLM, ALM) are not among
/// them: they are the accepted way to place neutral characters in right-to-left text.
fn bidi_control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_come_from_likely_subtags() {
        let of = |tag: &str| crate::tag::Tag::parse(tag).unwrap().scripts();
        assert_eq!(of("ar"), [Script::Arabic]);
        assert_eq!(of("am"), [Script::Ethiopic]);
        assert_eq!(of("sr-Latn"), [Script::Latin]);
        assert_eq!(of("zh-Hant"), [Script::Han]);
        assert_eq!(of("my"), [Script::Myanmar]);
    }
}
