//! Contacts: FTL030 (a contact the reference shows and the translation drops) and FTL031 (a
//! language that defines a term with a contact's name). A reader who loses the hotline number,
//! or gets a wrong one, is the failure this campaign cannot afford.

use super::language::{Language, Slot};
use super::{Context, Pair};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::{FTL030, FTL031};
use crate::fluent::walk::{Use, walk};

/// Reports contacts that a translation lost and terms that shadow a contact.
pub fn check(cx: &Context, language: &Language, shared: &[Pair], out: &mut Vec<Diagnostic>) {
    for entry in language.entries.values().chain(language.duplicates.iter().map(|(_, again)| again)) {
        let Some(contact) = cx.contact_of(entry) else { continue };
        let message = format!("{} redefines a contact ({}) that outreach.toml sets", entry.id, contact.text);
        let help = format!("delete this term: {{ {} }} shows the manifest's contact in every language", entry.id);
        out.push(entry.finding(&FTL031, message, help));
    }
    if cx.is_reference(language) {
        return;
    }
    for (entry, theirs, mine) in shared {
        let shown = shown_contacts(cx, mine);
        for name in shown_contacts(cx, theirs) {
            if shown.contains(&name) {
                continue;
            }
            let text = cx.contact(name).map(|contact| contact.text.as_str()).unwrap_or_default();
            let message =
                format!("{} does not show the contact -{name} ({text}); the reference does", mine.label(entry.id));
            let help = format!("write {{ -{name} }} where the number belongs; never type the number itself");
            out.push(entry.finding_at(&FTL030, mine.span.clone(), message, help));
        }
    }
}

/// The contacts a value or attribute shows, by name.
fn shown_contacts<'a>(cx: &Context, slot: &Slot<'a>) -> Vec<&'a str> {
    let mut found = Vec::new();
    walk(slot.pattern, &mut |used| {
        if let Use::Term(name, None) = used
            && cx.contact(name).is_some()
            && !found.contains(&name)
        {
            found.push(name);
        }
    });
    found
}
