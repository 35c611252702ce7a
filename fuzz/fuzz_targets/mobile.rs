#![no_main]
//! Fuzzes `yibao::domain::id::mobile`: no input may panic, and the fast path must agree with the full parser.

use libfuzzer_sys::fuzz_target;
use yibao::domain::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    use yibao::domain::id::mobile;
    match mobile::parse(&input) {
        Ok(m) => {
            let _ = m.info();
            assert_eq!(m.as_str().len(), 11);
        }
        Err(e) => {
            let _ = (yibao::words::id::error(&e, Lang::Zh), yibao::words::id::error(&e, Lang::En));
        }
    }
    let _ = (mobile::format(&input), mobile::masked(&input));
});
