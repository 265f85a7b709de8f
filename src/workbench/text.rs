//! The workbench's view of Fluent text: a definition taken apart into the fields a translator
//! edits (the value and each attribute), and put back together from them, checked to be
//! exactly that one message before it goes into a file.

use std::sync::LazyLock;

use std::path::Path;

use fluent_syntax::ast;
use regex::Regex;

use crate::catalog::parse_file;
use crate::scaffold::{self, Block};
use crate::tag::Tag;
use crate::text::definition_id;

/// The fields of a definition: the value (no name) and each attribute, in order, as a
/// translator sees them (without the indentation Fluent's continuation lines need).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    /// By attribute name; `None` for the value.
    pub fields: Vec<(Option<String>, String)>,
}

/// What a translator submits for a message: the text of each of its fields.
pub type Edit = Fields;

impl Fields {
    /// The text of the value (`None`) or of an attribute.
    pub fn get(&self, name: Option<&str>) -> Option<&str> {
        self.fields.iter().find(|(field, _)| field.as_deref() == name).map(|(_, text)| text.as_str())
    }
}

/// A line of a definition that starts an attribute: `    .label = Text`.
static ATTRIBUTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+\.([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s?(.*)$").expect("a valid pattern"));

/// The fields of `definition`, the text of one message or term (`id = …` and the lines under it).
pub fn fields(definition: &str) -> Fields {
    let definition = definition.replace("\r\n", "\n");
    let mut lines = definition.lines();
    let first = lines.next().unwrap_or_default();
    let value = first.split_once('=').map_or("", |(_, rest)| rest.trim_start());
    let mut fields: Vec<(Option<String>, String, Vec<&str>)> = vec![(None, value.to_string(), Vec::new())];
    for line in lines {
        match ATTRIBUTE.captures(line) {
            Some(attribute) => fields.push((Some(attribute[1].to_string()), attribute[2].to_string(), Vec::new())),
            None => fields.last_mut().expect("the value").2.push(line),
        }
    }
    let fields: Vec<(Option<String>, String)> = fields
        .into_iter()
        .map(|(name, first, rest)| {
            let indent = rest.iter().filter(|line| !line.trim().is_empty()).map(|line| indentation(line)).min();
            let rest = rest.iter().map(|line| line.get(indent.unwrap_or(0)..).unwrap_or_default().trim_end());
            let mut text: Vec<&str> = std::iter::once(first.trim_end()).chain(rest).collect();
            while text.last().is_some_and(|line| line.is_empty()) {
                text.pop();
            }
            let text = text.join("\n");
            (name, text.strip_prefix('\n').map(str::to_string).unwrap_or(text))
        })
        .collect();
    // A message of attributes only has no value to translate.
    let attributes_only = fields.len() > 1 && fields[0].1.is_empty();
    Fields { fields: fields.into_iter().skip(usize::from(attributes_only)).collect() }
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The definition of `id` with `edit`'s text, checked: the same fields as the reference's
/// (`english`), no line that would start another entry, and text that Fluent parses as exactly
/// this one message. The error says what is wrong, for the translator.
pub fn definition(id: &str, edit: &Edit, english: &Fields) -> Result<String, String> {
    let names = |fields: &Fields| fields.fields.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>();
    if names(edit) != names(english) {
        return Err("the fields sent are not the English message's: reload the page".to_string());
    }
    let mut out = format!("{id} =");
    for (name, text) in &edit.fields {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = text.trim_end();
        for (number, line) in text.lines().enumerate().skip(1) {
            // A line the file would read as an entry of its own (`-hotline-phone = …`), by
            // the rule the catalog splits entries by.
            if let Some(id) = definition_id(line) {
                return Err(format!(
                    "line {} starts like a new message (`{}`): a translation cannot define another one; put \
                     a space before it or reword it",
                    number + 1,
                    id
                ));
            }
        }
        let indent = if name.is_some() { "        " } else { "    " };
        let body = text.lines().collect::<Vec<_>>().join(&format!("\n{indent}"));
        match name {
            None if text.is_empty() => {}
            None => out.push_str(&format!(" {body}")),
            Some(name) => out.push_str(&format!("\n    .{name} = {body}")),
        }
    }
    if edit.fields.iter().any(|(_, text)| text.trim().is_empty()) {
        return Err("the translation is empty: write it, or leave the message out".to_string());
    }
    check_one_entry(id, &out, english)?;
    Ok(out)
}

/// Whether `definition` parses as exactly the entry `id`, with `english`'s attributes. It is
/// parsed as the catalog parses a file, guarded: text that would crash or exhaust the parser
/// is a finding, not a panic.
fn check_one_entry(id: &str, definition: &str, english: &Fields) -> Result<(), String> {
    let source = format!("{definition}\n");
    let name = Path::new("edit.ftl");
    let (parsed, problems) = parse_file(&Tag::parse("und").expect("a tag"), source.as_bytes(), name, name);
    if let Some(problem) = problems.first() {
        return Err(format!("Fluent cannot read this: {}; check the braces {{ }} and the placeables", problem.message));
    }
    let Some(parsed) = parsed else { return Err("Fluent cannot read this".to_string()) };
    let attributes =
        |found: &[ast::Attribute<&str>]| found.iter().map(|attribute| attribute.id.name.to_string()).collect();
    let wanted: Vec<String> = english.fields.iter().filter_map(|(name, _)| name.clone()).collect();
    let entries: Vec<&ast::Entry<&str>> = parsed.resource.entries().collect();
    let found: Option<Vec<String>> = match entries.as_slice() {
        [ast::Entry::Message(message)] if message.id.name == id => Some(attributes(&message.attributes)),
        [ast::Entry::Term(term)] if format!("-{}", term.id.name) == id => Some(attributes(&term.attributes)),
        _ => None,
    };
    match found {
        Some(found) if found == wanted => Ok(()),
        _ => Err("this text would not be one message: a line starting with `.`, `[` or `*` belongs inside a \
                  placeable { }"
            .to_string()),
    }
}

/// `source` (a file's text) with `id`'s definition replaced by `definition`, every other byte
/// kept; or with it added at the end, where `outreach sync` adds a message the file lacks.
pub fn with_definition(source: &str, id: &str, definition: &str) -> String {
    let newline = if source.contains("\r\n") { "\r\n" } else { "\n" };
    let definition = definition.replace('\n', newline);
    match scaffold::blocks(source).into_iter().find(|block| block.id == id) {
        Some(block) => format!("{}{definition}{}", &source[..block.range.start], &source[block.range.end..]),
        None => {
            let mut out = source.to_string();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push_str(newline);
            }
            if !out.is_empty() {
                out.push_str(newline);
            }
            out.push_str(&definition);
            out.push_str(newline);
            out
        }
    }
}

/// A file's entries in order, for the page: each definition with the comment above it, and
/// the group comment (`## Red flags`) that starts before it, if one does.
pub fn entries(source: &str) -> Vec<Entry<'_>> {
    let mut out = Vec::new();
    let mut last = 0;
    for block in scaffold::blocks(source) {
        let between = &source[last..block.range.start];
        last = block.range.end;
        let group: Vec<&str> = between.lines().filter_map(|line| line.strip_prefix("## ")).collect();
        // The comment lines right above the definition.
        let mut comment: Vec<&str> = between
            .lines()
            .rev()
            .skip_while(|line| line.trim().is_empty())
            .take_while(|line| line.starts_with("# ") || *line == "#")
            .map(|line| line.trim_start_matches('#').trim())
            .collect();
        comment.reverse();
        out.push(Entry {
            group: (!group.is_empty()).then(|| group.join(" ")),
            comment: comment.join(" "),
            definition: block,
        });
    }
    out
}

/// A definition of a file, with what the page shows around it.
pub struct Entry<'a> {
    /// The group comment that starts before it.
    pub group: Option<String>,
    /// The comment right above it.
    pub comment: String,
    /// The definition.
    pub definition: Block<'a>,
}

/// `text` in pieces: plain text, and placeables (`{ -hotline-phone }`) marked `true`.
pub fn segments(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (at, ch) in text.char_indices() {
        match ch {
            '{' if depth == 0 => {
                if at > start {
                    out.push((text[start..at].to_string(), false));
                }
                start = at;
                depth = 1;
            }
            '{' => depth += 1,
            '}' if depth == 1 => {
                out.push((text[start..=at].to_string(), true));
                start = at + 1;
                depth = 0;
            }
            '}' if depth > 1 => depth -= 1,
            _ => {}
        }
    }
    if start < text.len() {
        out.push((text[start..].to_string(), depth > 0));
    }
    out
}

/// The placeables of `text`, each once, to be kept as they are.
pub fn placeables(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (piece, placeable) in segments(text) {
        if placeable && !out.contains(&piece) {
            out.push(piece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(fields: &[(Option<&str>, &str)]) -> Edit {
        Fields { fields: fields.iter().map(|(name, text)| (name.map(str::to_string), text.to_string())).collect() }
    }

    #[test]
    fn a_definition_comes_apart_into_its_fields_and_back() {
        let english = fields("call = Call { -hotline-phone }\n    now.\n    .title = Call the hotline");
        assert_eq!(english, edit(&[(None, "Call { -hotline-phone }\nnow."), (Some("title"), "Call the hotline")]));
        let mine = edit(&[(None, "Llama al { -hotline-phone }\nahora."), (Some("title"), "Llama")]);
        let text = definition("call", &mine, &english).unwrap();
        assert_eq!(text, "call = Llama al { -hotline-phone }\n    ahora.\n    .title = Llama");
        assert_eq!(fields(&text), mine);
    }

    #[test]
    fn a_message_of_attributes_only_has_no_value_field() {
        let english = fields("link =\n    .title = Open\n    .label = Go");
        assert_eq!(english, edit(&[(Some("title"), "Open"), (Some("label"), "Go")]));
        let text = definition("link", &edit(&[(Some("title"), "Abrir"), (Some("label"), "Ir")]), &english).unwrap();
        assert_eq!(text, "link =\n    .title = Abrir\n    .label = Ir");
    }

    #[test]
    fn text_that_would_crash_the_parser_is_refused() {
        let english = fields("hello = Hello");
        let refused = |text: &str| definition("hello", &edit(&[(None, text)]), &english).unwrap_err();
        assert!(refused("{ \"\\u00é\" }").contains("Fluent cannot read this"));
        assert!(refused(&"{".repeat(500)).contains("Fluent cannot read this"));
    }

    #[test]
    fn a_select_keeps_its_indentation() {
        let text = "n = { $n ->\n    [one] one\n   *[other] many\n    }";
        let english = fields(text);
        assert_eq!(english.get(None), Some("{ $n ->\n [one] one\n*[other] many\n }"));
        assert!(definition("n", &english, &english).is_ok());
    }

    #[test]
    fn text_that_is_not_exactly_this_message_is_refused() {
        let english = fields("hello = Hello { -hotline-phone }");
        let refused = |text: &str| definition("hello", &edit(&[(None, text)]), &english).unwrap_err();
        assert!(refused("Hola { -hotline-phone").contains("Fluent cannot read this"));
        assert!(refused("Hola\n-hotline-phone = 911").contains("line 2 starts like a new message (`-hotline-phone`)"));
        assert!(refused("Hola\n.label = x").contains("would not be one message"));
        assert!(refused("  ").contains("empty"));
        let extra = edit(&[(None, "Hola"), (Some("title"), "x")]);
        assert!(definition("hello", &extra, &english).unwrap_err().contains("reload the page"));
    }

    #[test]
    fn a_definition_replaces_only_its_own_bytes() {
        let source = "# A comment\r\nhello = Hola\r\n    amigo\r\n\r\nbye = Adiós\r\n";
        let changed = with_definition(source, "hello", "hello = Buenas\n    tardes");
        assert_eq!(changed, "# A comment\r\nhello = Buenas\r\n    tardes\r\n\r\nbye = Adiós\r\n");
        assert_eq!(with_definition("bye = Adiós", "new", "new = Nuevo"), "bye = Adiós\n\nnew = Nuevo\n");
    }

    #[test]
    fn entries_carry_their_comment_and_group() {
        let source = "## Red flags\n\n# Shown as a heading.\nflag = Flag\n\nother = Other\n";
        let entries = entries(source);
        assert_eq!(entries[0].group.as_deref(), Some("Red flags"));
        assert_eq!(entries[0].comment, "Shown as a heading.");
        assert_eq!(entries[1].group, None);
        assert_eq!(entries[1].comment, "");
    }

    #[test]
    fn placeables_are_marked() {
        assert_eq!(
            segments("Call { -hotline-phone } or { $n }."),
            [
                ("Call ".into(), false),
                ("{ -hotline-phone }".into(), true),
                (" or ".into(), false),
                ("{ $n }".into(), true),
                (".".into(), false)
            ]
        );
    }
}
