//! The catalogue: typed decisions of [`crate::domain`] worded in Chinese and English, in one
//! place, for the page, the exports, print and the calendar alike. The domain decides and
//! never words what this module words. One file per area of the domain.

pub mod assistance;
pub mod calendar;
pub mod findings;
pub mod forms;
pub mod household;
pub mod id;
pub mod labels;
pub mod page;
pub mod policy;
pub mod query;
pub mod roster;

pub use assistance::assistance;
