//! Language tags: the one type a language is known by from the manifest and the folder names to
//! the output, turned into text only where it is printed or written.

use std::fmt;

use serde::{Deserialize, Serialize, Serializer};
use unic_langid::{CharacterDirection, LanguageIdentifier};
use unicode_script::Script;

/// A BCP 47 language tag, in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct Tag(pub LanguageIdentifier);

impl Tag {
    /// Parses a tag and requires it in canonical form (`es-MX`, not `es_mx`), because it is
    /// also a folder name and a path in the output.
    pub fn parse(text: &str) -> Result<Tag, String> {
        let id: LanguageIdentifier = text
            .parse()
            .map_err(|_| format!("`{text}` is not a valid BCP 47 language tag (e.g. `es` or `zh-Hant`)"))?;
        let canonical = id.to_string();
        if canonical != text {
            return Err(format!("write the language tag `{text}` as `{canonical}`"));
        }
        Ok(Tag(id))
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for Tag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl TryFrom<String> for Tag {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        Tag::parse(&text)
    }
}

impl Tag {
    /// Whether the language is written right to left (from its script, as CLDR knows it).
    pub fn is_rtl(&self) -> bool {
        self.0.character_direction() == CharacterDirection::RTL
    }

    /// The Unicode scripts the language is written in, from its tag and CLDR's likely subtags
    /// (`ar` → Arabic, `sr-Latn` → Latin, `ja` → Han, Hiragana and Katakana); none when CLDR
    /// does not know.
    pub fn scripts(&self) -> Vec<Script> {
        let mut full = self.0.clone();
        full.maximize();
        let Some(script) = full.script else { return Vec::new() };
        // ISO 15924 names some writing systems that Unicode splits into several scripts.
        match script.as_str() {
            "Hans" | "Hant" => vec![Script::Han],
            "Jpan" => vec![Script::Han, Script::Hiragana, Script::Katakana],
            "Kore" => vec![Script::Hangul, Script::Han],
            "Hanb" => vec![Script::Han, Script::Bopomofo],
            code => Script::from_short_name(code).into_iter().collect(),
        }
    }

    /// `rtl` or `ltr`, as HTML's `dir` attribute wants it.
    pub fn direction(&self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }
}
