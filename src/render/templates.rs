//! The minijinja environment: loads templates from the templates folder, escapes HTML, and
//! gives templates their functions: `t(id, **args)` and `t_text(id, **args)` translate in the
//! language of the page (`lang` in the render context), `contact(name)` links a contact,
//! `qr(data, label)` draws a QR code.

use std::path::PathBuf;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{Environment, Error, ErrorKind, State, TemplateSource, UndefinedBehavior, path_loader};

use super::localizer::{Localizer, LookupError, contact_link};
use super::qr::qr_svg;
use crate::config::Config;
use crate::fluent::Contacts;

/// Builds the environment for the campaign's templates.
pub fn environment(config: &Config, contacts: &Arc<Contacts>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_loader(template_loader(config.templates_dir.clone()));
    // A misspelt variable in a template is a mistake to report, not an empty string to print.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.add_function("t", |state: &State, id: &str, kwargs: Kwargs| {
        let (localizer, args) = prepare(state, kwargs)?;
        localizer.html(id, args.as_ref()).map(Value::from_safe_string).map_err(template_error)
    });
    env.add_function("t_text", |state: &State, id: &str, kwargs: Kwargs| {
        let (localizer, args) = prepare(state, kwargs)?;
        localizer.plain(id, args.as_ref()).map(Value::from).map_err(template_error)
    });
    let contacts = Arc::clone(contacts);
    env.add_function("contact", move |name: &str| {
        let contact = contacts.by_name(name).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("there is no contact `{name}` in the manifest's [contacts]"),
            )
        })?;
        Ok(Value::from_safe_string(contact_link(contact)))
    });
    env.add_function("qr", |data: &str, label: &str| {
        qr_svg(data, label)
            .map(Value::from_safe_string)
            .map_err(|err| Error::new(ErrorKind::InvalidOperation, err.to_string()))
    });
    env
}

/// minijinja's own loader (which keeps names inside the folder), but one that reads no
/// template through a link that leads outside it: a template is published, so it could
/// publish any file of the computer the build runs on.
fn template_loader(dir: PathBuf) -> impl Fn(&str) -> Result<Option<TemplateSource>, Error> + Send + Sync + 'static {
    let load = path_loader(dir.clone());
    move |name| {
        let Some(text) = load(name)? else { return Ok(None) };
        let inside = match (std::fs::canonicalize(&dir), std::fs::canonicalize(dir.join(name))) {
            (Ok(root), Ok(path)) => path.starts_with(root),
            _ => false,
        };
        if !inside {
            let message = format!(
                "`{}` leads outside the templates folder (a link?): put the file itself there",
                dir.join(name).display()
            );
            return Err(Error::new(ErrorKind::InvalidOperation, message));
        }
        Ok(Some(text))
    }
}

/// Finds the page's language and turns the keyword arguments into Fluent arguments.
fn prepare(state: &State, kwargs: Kwargs) -> Result<(Arc<Localizer>, Option<FluentArgs<'static>>), Error> {
    let localizer = state
        .lookup("lang")
        .and_then(|lang| lang.downcast_object::<Localizer>())
        .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, "t() needs `lang` in the render context"))?;
    let mut args = FluentArgs::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        let fluent = match (value.kind(), value.as_i64()) {
            (ValueKind::Number, Some(integer)) => FluentValue::from(integer),
            (ValueKind::Number, None) => FluentValue::from(f64::try_from(value).unwrap_or_default()),
            _ => FluentValue::from(value.to_string()),
        };
        args.set(name.to_string(), fluent);
    }
    kwargs.assert_all_used()?;
    let has_args = args.iter().next().is_some();
    Ok((localizer, has_args.then_some(args)))
}

fn template_error(err: LookupError) -> Error {
    Error::new(ErrorKind::InvalidOperation, err.to_string())
}
