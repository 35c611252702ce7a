//! Table tests of the unified social credit code (GB 32100-2015).

use yibao::domain::id::uscc;
use yibao::domain::lang::Lang;

#[test]
fn valid_codes() {
    // (input, normalised, warning codes)
    let tests = [
        ("91350100M000100Y43", "91350100M000100Y43", vec![]), // a real code (Fuzhou)
        ("91350100m000100y43", "91350100M000100Y43", vec![]),
        ("９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43", vec![]),
        ("91 350100 M000100Y4 3", "91350100M000100Y43", vec![]),
        ("91110000802100433B", "91110000802100433B", vec![]),
        ("12100000400000624D", "12100000400000624D", vec![]),
        ("N2620702MA7XYW123H", "N2620702MA7XYW123H", vec![]),
        ("A1100000MA00000K13", "A1100000MA00000K13", vec![]),
        ("91999999MA59A1B2C4", "91999999MA59A1B2C4", vec!["uscc-region-unknown"]),
    ];
    for (input, normalised, warnings) in tests {
        let code = uscc::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(code.as_str(), normalised, "input: {input:?}");
        let got: Vec<_> = code.warnings().iter().map(|w| w.code()).collect();
        assert_eq!(got, warnings, "input: {input:?}");
        assert!(uscc::is_valid(input), "input: {input:?}");
    }
    assert_eq!(uscc::format("91350100M000100Y43"), "91 350100 M000100Y4 3");
}

#[test]
fn errors() {
    let tests = [
        ("", "empty"),
        ("91350100M000100Y4", "length"),
        ("91350100M000100Y433", "length"),
        ("91350100M000100I43", "character"),
        ("91350100M000100O43", "character"),
        ("91350100M000100Z43", "character"),
        ("91350100M000100S43", "character"),
        ("91350100M000100V43", "character"),
        ("01350100M000100Y43", "character"), // registration authority 0
        ("B1350100M000100Y43", "character"),
        ("91350100M000100Y44", "check"),
        ("91351000M000100Y43", "check"), // transposition
    ];
    for (input, code) in tests {
        let err = uscc::parse(input).expect_err(input);
        assert_eq!(err.code(), code, "input: {input:?}: {err}");
    }
    let err = uscc::parse("B1350100M000100Y43").unwrap_err();
    assert!(yibao::words::id::error(&err, Lang::En).contains("registration authority"), "{err}");
    let err = uscc::parse("91350100M000100Y44").unwrap_err();
    assert!(!yibao::words::id::error(&err, Lang::En).contains('3') && !yibao::words::id::error(&err, Lang::Zh).contains('3'), "{err}");
}
