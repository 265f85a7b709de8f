//! The registry of check codes: every code's name, default severity, one-line summary and the
//! longer text that `outreach explain` prints. A code is never reused for another meaning.

use serde::Deserialize;

use crate::diagnostics::Severity;
use crate::text::closest;

/// One check code.
#[derive(Debug, PartialEq, Eq)]
pub struct Code {
    /// The stable code, e.g. `FTL020`.
    pub code: &'static str,
    /// The kebab-case name, e.g. `unknown-variable`.
    pub name: &'static str,
    /// The severity unless the manifest's `[checks]` table says otherwise.
    pub severity: Severity,
    /// What the finding means, in one line.
    pub summary: &'static str,
    /// What the check does, why it matters and an example.
    pub explanation: &'static str,
}

macro_rules! codes {
    ($($code:ident $name:literal $severity:ident $summary:literal;)*) => {
        $(
            #[doc = concat!("`", $name, "`: ", $summary, ".")]
            pub static $code: Code = Code {
                code: stringify!($code),
                name: $name,
                severity: Severity::$severity,
                summary: $summary,
                explanation: include_str!(concat!("explain/", stringify!($code), ".md")),
            };
        )*

        /// Every check code, in order.
        pub static CODES: &[&Code] = &[$(&$code),*];
    };
}

codes! {
    FTL001 "syntax-error" Error "an entry the parser could not read";
    FTL002 "invalid-encoding" Error "the file is not UTF-8, is UTF-16, or holds NUL";
    FTL003 "resource-limit" Error "the file is over the size or nesting limit, and is not parsed";
    FTL004 "duplicate-id" Error "an id is defined twice in one language";
    FTL005 "duplicate-key" Error "an attribute, or a variant key in one select, is repeated";
    FTL010 "missing-message" Error "a message or term of the reference is absent";
    FTL011 "missing-file" Error "a whole reference file is absent";
    FTL012 "missing-attribute" Error "an attribute of the reference message is absent";
    FTL013 "missing-value" Error "the reference message has a value, the translation only attributes";
    FTL014 "obsolete-message" Warning "a message or term that the reference no longer has";
    FTL015 "obsolete-file" Warning "a file that the reference does not have";
    FTL016 "obsolete-attribute" Warning "an attribute, or a value, that the reference message does not have";
    FTL020 "unknown-variable" Error "the translation uses a variable the reference message never receives";
    FTL021 "unused-variable" Warning "the reference uses a variable the translation never shows";
    FTL022 "unresolved-reference" Error "a reference to a message, term or attribute that is not defined";
    FTL023 "reference-mismatch" Warning "the translation refers to other messages or terms than the reference";
    FTL024 "resolver-error" Error "formatting fails: cyclic reference, unknown function, too many placeables";
    FTL030 "missing-contact" Error "the reference shows a contact, the translation does not";
    FTL031 "redefined-contact" Error "a language defines a term with a contact's name";
    FTL032 "phone-number-mismatch" Error "a phone-like number differs from the reference";
    FTL033 "number-mismatch" Warning "a number differs from the reference";
    FTL034 "link-mismatch" Warning "URLs or e-mail addresses differ from the reference";
    FTL040 "missing-plural-category" Warning "a plural select lacks a CLDR category of the language";
    FTL041 "unknown-plural-category" Warning "a variant key is a plural category the language does not have";
    FTL050 "untranslated" Warning "the text is identical to the reference's";
    FTL051 "empty-translation" Warning "the translation is blank";
    FTL052 "script-mismatch" Warning "no letter of the language's script";
    FTL053 "markup-mismatch" Error "HTML-like tags differ from the reference's";
    FTL054 "bidi-control" Warning "explicit bidi embedding, override or isolate characters in the text";
}

/// The code written `FTL020` (in any case) or named `unknown-variable`.
pub fn find(code_or_name: &str) -> Option<&'static Code> {
    CODES.iter().copied().find(|code| code.code.eq_ignore_ascii_case(code_or_name) || code.name == code_or_name)
}

/// A code as the manifest's `[checks]` table names it (`FTL020` or `unknown-variable`),
/// checked against the registry when the manifest is read: holds the code itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CodeKey(pub &'static str);

impl<'de> Deserialize<'de> for CodeKey {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        CodeKey::parse(&String::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

impl CodeKey {
    /// The registered code `text` names, or why it names none (with the nearest, for a typo).
    pub fn parse(text: &str) -> Result<Self, String> {
        if let Some(code) = find(text) {
            return Ok(CodeKey(code.code));
        }
        let known = CODES.iter().flat_map(|code| [code.code, code.name]);
        // Codes differ in a digit or two: only one typed digit off (`FTL502`) is a typo of one.
        let likely = |guess: &&str| !guess.starts_with("FTL") || strsim::damerau_levenshtein(text, guess) == 1;
        let guess = closest(text, known).filter(likely);
        let guess = guess.map(|guess| format!("; did you mean `{guess}`?")).unwrap_or_default();
        Err(format!("`{text}` is not a check code or name{guess} (`outreach explain --list` lists them)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_explained() {
        for pair in CODES.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} must come before {}", pair[0].code, pair[1].code);
        }
        for code in CODES {
            for section in ["## What it does", "## Why it matters", "## Example"] {
                assert!(code.explanation.contains(section), "{} lacks `{section}`", code.code);
            }
        }
    }
}
