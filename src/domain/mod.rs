//! Pure domain logic: no leptos, no web-sys, no gloo. Tested natively with `cargo test`.

pub mod calendar;
pub mod date;
pub mod forms;
pub mod household;
pub mod id;
pub mod inputs;
pub mod lang;
pub mod money;
pub mod policy;
pub mod query;
pub mod roster;
