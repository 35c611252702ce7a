//! Identity numbers (filled in by the identity-number work, issue 5).
