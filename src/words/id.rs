//! The decisions of identity numbers ([`crate::domain::id`]) worded.
