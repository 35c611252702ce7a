#![no_main]
//! Fuzzes `yibao::domain::id::portal`: no input may panic, and the fast path must agree with the full parser.

use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    use yibao::domain::id::portal;
    if let Err(e) = portal::parse_account(&input) {
        let _ = (yibao::words::id::account(&e, Lang::Zh), yibao::words::id::account(&e, Lang::En));
    }
    if let Err(e) = portal::check_password(&input) {
        let _ = (yibao::words::id::password(&e, Lang::Zh), yibao::words::id::password(&e, Lang::En));
    }
});
