//! The decisions of the registration forms ([`crate::domain::forms`]) worded.
