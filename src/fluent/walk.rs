//! What a Fluent pattern uses: its text, variables, references, functions and selects, found
//! by walking every placeable and every variant (not only the default one).

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, Variant};

/// One thing a pattern uses, with slices into the file's text (so that positions can be found).
#[derive(Debug, Clone, Copy)]
pub enum Use<'a> {
    /// Text typed into the pattern, or a string literal's content.
    Text(&'a str),
    /// A number literal in a placeable: `{ 5 }`.
    Number(&'a str),
    /// `$name`: the variable's name.
    Variable(&'a str),
    /// `{ id }` or `{ id.attribute }`.
    Message(&'a str, Option<&'a str>),
    /// `{ -id }` or `{ -id.attribute }`: the name without its `-`.
    Term(&'a str, Option<&'a str>),
    /// `{ FUNCTION(…) }`: the function's name.
    Function(&'a str),
    /// A select expression, with its selector and variants; their content is walked too.
    Select(&'a InlineExpression<&'a str>, &'a [Variant<&'a str>]),
}

/// Calls `visit` for everything `pattern` uses, in reading order.
pub fn walk<'a>(pattern: &'a Pattern<&'a str>, visit: &mut impl FnMut(Use<'a>)) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => visit(Use::Text(value)),
            PatternElement::Placeable { expression } => walk_expression(expression, visit),
        }
    }
}

fn walk_expression<'a>(expression: &'a Expression<&'a str>, visit: &mut impl FnMut(Use<'a>)) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, visit),
        Expression::Select { selector, variants } => {
            visit(Use::Select(selector, variants));
            walk_inline(selector, visit);
            for variant in variants {
                walk(&variant.value, visit);
            }
        }
    }
}

fn walk_inline<'a>(inline: &'a InlineExpression<&'a str>, visit: &mut impl FnMut(Use<'a>)) {
    match inline {
        InlineExpression::StringLiteral { value } => visit(Use::Text(value)),
        InlineExpression::NumberLiteral { value } => visit(Use::Number(value)),
        InlineExpression::VariableReference { id } => visit(Use::Variable(id.name)),
        InlineExpression::MessageReference { id, attribute } => {
            visit(Use::Message(id.name, attribute.as_ref().map(|attribute| attribute.name)))
        }
        // A term's arguments are literals by the grammar, so they hold nothing to walk.
        InlineExpression::TermReference { id, attribute, .. } => {
            visit(Use::Term(id.name, attribute.as_ref().map(|attribute| attribute.name)))
        }
        InlineExpression::FunctionReference { id, arguments } => {
            visit(Use::Function(id.name));
            for argument in &arguments.positional {
                walk_inline(argument, visit);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, visit);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, visit),
    }
}

/// The text typed into `pattern` (string literals included), in reading order.
pub fn typed<'a>(pattern: &'a Pattern<&'a str>) -> impl Iterator<Item = &'a str> + 'a {
    uses(pattern).into_iter().filter_map(|used| if let Use::Text(text) = used { Some(text) } else { None })
}

/// Whether anything `pattern` uses satisfies `test`: a walk without the allocation of
/// [`uses`], for the questions every value of a tree is asked.
pub fn any_use<'a>(pattern: &'a Pattern<&'a str>, mut test: impl FnMut(Use<'a>) -> bool) -> bool {
    let mut found = false;
    walk(pattern, &mut |used| found = found || test(used));
    found
}

/// Whether any text typed into `pattern` (string literals included) satisfies `test`.
pub fn any_text<'a>(pattern: &'a Pattern<&'a str>, mut test: impl FnMut(&'a str) -> bool) -> bool {
    any_use(pattern, |used| matches!(used, Use::Text(text) if test(text)))
}

/// Everything `pattern` uses, in reading order.
pub fn uses<'a>(pattern: &'a Pattern<&'a str>) -> Vec<Use<'a>> {
    let mut found = Vec::new();
    walk(pattern, &mut |used| found.push(used));
    found
}
