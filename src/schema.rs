//! The relation schema: the relation types an extractor's rules declare,
//! with their roles.
//!
//! Plain data, written once, in the `relation` lines of the rule files
//! (`relation supply  supplier:ACTOR!  recipient:ACTOR!  item:WEAPON`), and
//! read from there by everything that needs it: the rule compiler (which
//! checks every pattern against it), the evaluation and the tests (which
//! roles are required, which entity types a role accepts) and renderers
//! (which roles to show first).

use crate::entity::EntityType;

/// Countries, organizations and persons: the `ACTOR` of rule files.
pub(crate) const ACTOR: u8 =
    type_bit(EntityType::Country) | type_bit(EntityType::Organization) | type_bit(EntityType::Person);
/// A role filled by text rather than by an entity (`TEXT`).
pub(crate) const TEXT: u8 = 0x80;

/// An entity type as a bit of a role's type mask.
pub(crate) const fn type_bit(t: EntityType) -> u8 {
    match t {
        EntityType::Country => 1,
        EntityType::Organization => 2,
        EntityType::Person => 4,
        EntityType::Location => 8,
        EntityType::Weapon => 16,
    }
}

/// The types of a mask as rule files write them: `COUNTRY|PERSON`, `TEXT`.
pub(crate) fn type_names(mask: u8) -> String {
    if mask == TEXT {
        return "TEXT".to_string();
    }
    EntityType::ALL
        .iter()
        .filter(|t| mask & type_bit(**t) != 0)
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join("|")
}

/// A relation type and its roles, as a `relation` line of a rule file
/// declares them. Roles come in the order of the declaration, the subject
/// first and the object second (the default relations all follow that
/// order: `supplier` then `recipient`, `attacker` then `target`), so a
/// renderer can show "subject —type→ object".
///
/// ```
/// let ex = newsie::Extractor::default();
/// let supply = ex.schema().iter().find(|r| r.name() == "supply").unwrap();
/// let roles: Vec<(&str, bool)> = supply.roles().iter().map(|r| (r.name(), r.is_required())).collect();
/// assert_eq!(roles, [("supplier", true), ("recipient", true), ("item", false)]);
/// let item = supply.role("item").unwrap();
/// assert!(item.accepts(newsie::EntityType::Weapon));
/// assert!(!item.accepts(newsie::EntityType::Country));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelationSchema {
    pub(crate) name: String,
    pub(crate) roles: Vec<RoleSchema>,
}

impl RelationSchema {
    /// The relation type: `supply`, `attack`, ...
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The roles, in the order the rule file declares them: the subject
    /// first, the object second.
    pub fn roles(&self) -> &[RoleSchema] {
        &self.roles
    }

    /// The role named `name`.
    pub fn role(&self, name: &str) -> Option<&RoleSchema> {
        self.roles.iter().find(|r| r.name == name)
    }
}

/// One role of a [`RelationSchema`]: its name, the entity types it accepts
/// (or text, for a title), and whether every relation of the type fills it.
///
/// ```
/// let ex = newsie::Extractor::default();
/// let role = ex.schema().iter().find(|r| r.name() == "role").unwrap();
/// let title = role.role("title").unwrap();
/// assert!(title.takes_text() && !title.is_required());
/// assert_eq!(title.entity_types().count(), 0);
/// let organization = role.role("organization").unwrap();
/// let types: Vec<&str> = organization.entity_types().map(|t| t.as_str()).collect();
/// assert_eq!(types, ["COUNTRY", "ORGANIZATION"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleSchema {
    pub(crate) name: String,
    /// A mask of [`type_bit`]s, or [`TEXT`].
    pub(crate) types: u8,
    pub(crate) required: bool,
}

impl RoleSchema {
    /// The role name: `supplier`, `item`, ...
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether every relation of the type fills the role (a `!` in the rule
    /// file): every pattern of the relation must bind it.
    pub fn is_required(&self) -> bool {
        self.required
    }

    /// Whether the role is filled by text (a title) rather than by an
    /// entity mention.
    pub fn takes_text(&self) -> bool {
        self.types == TEXT
    }

    /// Whether an entity mention of type `t` may fill the role.
    pub fn accepts(&self, t: EntityType) -> bool {
        !self.takes_text() && self.types & type_bit(t) != 0
    }

    /// The entity types that may fill the role, in the order of
    /// [`EntityType::ALL`]; none for a text role.
    pub fn entity_types(&self) -> impl Iterator<Item = EntityType> + '_ {
        EntityType::ALL.into_iter().filter(|&t| self.accepts(t))
    }
}
