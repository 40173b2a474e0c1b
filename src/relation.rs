//! Relations: who did what to whom, with what, and how sure the text is.
//!
//! Plain data. A relation names its type and the rule that found it, fills
//! roles with entity mentions (or, for a title, a span of text), and carries
//! the factuality the sentence gives it and the sentence as evidence.

use std::fmt;

use crate::schema::RelationSchema;
use crate::span::Span;

/// How the text presents a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Factuality {
    /// Stated as fact (the default).
    Asserted,
    /// Stated as not happening: "China has not supplied weapons".
    Negated,
    /// One party denies it: "Tehran denied selling drones".
    Denied,
    /// Reported as one party's claim or accusation.
    Alleged,
    /// Possible, planned, requested, conditional or future.
    Uncertain,
}

impl Factuality {
    /// The lower-case name used in files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Factuality::Asserted => "asserted",
            Factuality::Negated => "negated",
            Factuality::Denied => "denied",
            Factuality::Alleged => "alleged",
            Factuality::Uncertain => "uncertain",
        }
    }

    /// Parses the lower-case name.
    pub fn from_name(name: &str) -> Option<Factuality> {
        [
            Factuality::Asserted,
            Factuality::Negated,
            Factuality::Denied,
            Factuality::Alleged,
            Factuality::Uncertain,
        ]
        .into_iter()
        .find(|f| f.as_str() == name)
    }
}

impl fmt::Display for Factuality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One filled role of a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Argument<'a> {
    /// The role name: `supplier`, `item`, `title`, ...
    pub role: &'a str,
    /// The entity mention that fills the role, as an index into
    /// [`Extraction::entities`](crate::Extraction::entities); `None` for a
    /// role filled by plain text, such as a title.
    /// [`Extraction::entity_of`](crate::Extraction::entity_of) gives the
    /// mention itself.
    pub entity: Option<usize>,
    /// Where the filler is in the document.
    pub span: Span,
}

/// A typed relation found by a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relation<'a> {
    pub(crate) schema: &'a RelationSchema,
    pub(crate) rule: &'a str,
    pub(crate) factuality: Factuality,
    pub(crate) source: Option<usize>,
    pub(crate) sentence: Span,
    pub(crate) args: Vec<Argument<'a>>,
}

impl<'a> Relation<'a> {
    /// The relation type: `supply`, `attack`, ...
    pub fn relation_type(&self) -> &'a str {
        &self.schema.name
    }

    /// The relation type with its roles, as the rule files declare it.
    ///
    /// ```
    /// let ex = newsie::Extractor::default();
    /// let out = ex.extract("Peru sold drones to Chile.");
    /// let roles = out.relations()[0].schema().roles();
    /// assert_eq!((roles[0].name(), roles[1].name()), ("supplier", "recipient"));
    /// ```
    pub fn schema(&self) -> &'a RelationSchema {
        self.schema
    }

    /// The id of the rule that found it: `supply/active`.
    pub fn rule(&self) -> &'a str {
        self.rule
    }

    /// How the text presents it.
    pub fn factuality(&self) -> Factuality {
        self.factuality
    }

    /// For an alleged or denied relation, the entity that alleges or denies it,
    /// when the sentence names one, as an index into
    /// [`Extraction::entities`](crate::Extraction::entities);
    /// [`Extraction::source_entity`](crate::Extraction::source_entity)
    /// gives the mention itself.
    pub fn source(&self) -> Option<usize> {
        self.source
    }

    /// The span of the evidence sentence;
    /// [`Extraction::evidence`](crate::Extraction::evidence) gives its text.
    pub fn sentence(&self) -> Span {
        self.sentence
    }

    /// The filled roles, in the order the relation declares them.
    pub fn arguments(&self) -> &[Argument<'a>] {
        &self.args
    }

    /// The argument filling `role`, if any.
    pub fn argument(&self, role: &str) -> Option<&Argument<'a>> {
        // (The stages ask with the schema's own name, the very string the
        // argument holds: the same pointer is the same name, without
        // comparing its bytes.)
        self.args
            .iter()
            .find(|a| std::ptr::eq(a.role, role) || a.role == role)
    }
}
