//! newsie reads news text and says who did what to whom.
//!
//! It finds people, countries, organizations and weapons with gazetteers, and
//! emits typed relations — *Iran supplies drones to Russia*, *the US sanctions
//! Iran* — with the evidence sentence, the rule that fired, and whether the
//! text asserts, denies, alleges or only considers them.
//!
//! ```
//! use newsie::Extractor;
//!
//! let ex = Extractor::default(); // embedded gazetteers and rules, built once
//! let text = "Chile said Peru had sold Peruvian-made drones to Bolivia.";
//! let out = ex.extract(text);
//! let found: Vec<(&str, &str)> = out.entities().iter()
//!     .map(|e| (e.entity_type().as_str(), e.id()))
//!     .collect();
//! assert_eq!(found, [("COUNTRY", "CHL"), ("COUNTRY", "PER"), ("COUNTRY", "PER"),
//!                    ("WEAPON", "drone"), ("COUNTRY", "BOL")]);
//! ```
//!
//! # Conventions
//!
//! - **Byte spans.** Every offset is a UTF-8 byte offset into the text given
//!   to [`Extractor::extract`].
//! - **Leftmost-longest, no overlaps.** Entity mentions never overlap; at each
//!   position the longest alias that passes its case policy wins, and ties
//!   between entries follow the precedence documented in [`gazetteer`].
//! - **Infallible extraction.** [`Extractor::extract`] never fails and never
//!   panics; every error belongs to building an extractor, and names the
//!   file, line and column at fault.
//!
//! # Pipeline
//!
//! Data flows one way, each stage in its own module: [`token`] (text to
//! sentences and tokens), [`gazetteer`] (tokens to entity mentions),
//! [`names`] (evidence to more mentions: names no gazetteer holds), [`rule`]
//! (mentions to relations), orchestrated by [`Extractor`]. The English every
//! stage reads (abbreviations, titles, clause boundaries, coordinators,
//! factuality cues) is data: word classes and cues in rule files, described
//! with the rule language in [`rule`]. The relation types and their roles
//! are data too, and programs read them from [`Extractor::schema`].

#![deny(missing_docs)]

mod classes;
mod defaults;
mod entity;
mod error;
mod extractor;
mod fxhash;
pub mod gazetteer;
mod grammar;
pub mod names;
mod owned;
mod phrases;
pub mod plover;
mod record;
mod relation;
mod reuse;
pub mod rule;
mod schema;
mod segment;
mod span;
pub mod token;
mod words;

pub use entity::{AliasKind, Entity, EntityType, Entry, Evidence, EvidenceKind};
pub use error::{Error, ErrorKind, Location};
pub use extractor::{Extraction, Extractor, ExtractorBuilder};
pub use owned::{OwnedArgument, OwnedEntity, OwnedEvidence, OwnedRecord, OwnedRelation, OwnedSpan};
pub use record::{CharOffsets, Offsets, Record, RelationRecord};
pub use relation::{Argument, Factuality, Relation};
pub use schema::{RelationSchema, RoleSchema};
pub use span::Span;

/// The README's examples, run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
