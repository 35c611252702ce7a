//! Table tests of mainland mobile numbers.

use yibao::domain::id::mobile;

#[test]
fn valid_numbers() {
    let tests = [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("１９９１２３４５６７８", "19912345678"),
        ("＋８６　１５０１２３４５６７８", "15012345678"),
    ];
    for (input, expected) in tests {
        let m = mobile::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(m.as_str(), expected, "input: {input:?}");
        assert_eq!(mobile::normalise(input), expected, "input: {input:?}");
    }
    assert_eq!(mobile::format("13812345678"), "138 1234 5678");
    assert_eq!(mobile::masked("13812345678"), "138****5678");
}

#[test]
fn errors() {
    let tests = [
        ("", "empty"),
        ("1381234567", "length"),
        ("138123456789", "length"),
        ("1381234567a", "character"),
        ("12812345678", "prefix"),
        ("10012345678", "prefix"),
        ("23812345678", "prefix"),
        ("+85213812345678", "length"),
    ];
    for (input, code) in tests {
        let err = mobile::parse(input).expect_err(input);
        assert_eq!(err.code(), code, "input: {input:?}: {err}");
    }
    assert_eq!(
        mobile::parse("1381234567").unwrap_err().to_string(),
        "A mobile number has 11 digits; you entered 10. Enter the 11-digit mobile number, for example 13812345678."
    );
}
