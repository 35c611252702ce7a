//! The decisions of the roster check ([`crate::domain::roster`]) worded.
