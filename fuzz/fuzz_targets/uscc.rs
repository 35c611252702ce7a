#![no_main]
//! Fuzzes `yibao::domain::id::uscc`: no input may panic, and the fast path must agree with the full parser.

use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    use yibao::domain::id::uscc;
    match uscc::parse(&input) {
        Ok(c) => {
            let _ = (c.info(), c.organisation_check_ok());
            assert!(uscc::is_valid(c.as_str()));
        }
        Err(e) => {
            let _ = (yibao::words::id::error(&e, Lang::Zh), yibao::words::id::error(&e, Lang::En));
        }
    }
    let _ = uscc::validate_bytes(data);
    let _ = (uscc::format(&input), uscc::masked(&input));
});
