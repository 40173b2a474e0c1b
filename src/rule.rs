//! Mentions to relations (placeholder until the rule language lands).

use crate::entity::Entity;
use crate::error::Error;
use crate::relation::Relation;
use crate::token::Tokens;

#[derive(Debug, Default)]
pub(crate) struct RuleSetBuilder;

impl RuleSetBuilder {
    pub(crate) fn add_source(&mut self, _file: &str, _text: &str) -> Result<(), Error> {
        Ok(())
    }
    pub(crate) fn build(self, _disabled: &[String]) -> Result<RuleSet, Error> {
        Ok(RuleSet)
    }
}

#[derive(Debug)]
pub(crate) struct RuleSet;

impl RuleSet {
    pub(crate) fn apply<'a>(&'a self, _tokens: &Tokens<'a>, _entities: &[Entity<'a>]) -> Vec<Relation<'a>> {
        Vec::new()
    }
    pub(crate) fn rule_ids(&self) -> impl Iterator<Item = &str> {
        std::iter::empty()
    }
}
