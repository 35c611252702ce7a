//! Tests of the embedded administrative-division table.

use yibao::domain::id::regions::{self, is_province, lookup, province_codes, CountyStatus};

#[test]
fn every_province_level_code_is_there() {
    let expected = [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81,
        82, 83,
    ];
    let codes: Vec<u32> = province_codes().collect();
    assert_eq!(codes, expected);
    // The allocation-free check agrees with the table (83 is for permits only).
    for code in 0..100 {
        assert_eq!(is_province(code), expected.contains(&code) && code != 83, "code {code}");
    }
}

#[test]
fn names() {
    let tests = [
        (110000, "北京市"),
        (440000, "广东省"),
        (620000, "甘肃省"),
        (650000, "新疆维吾尔自治区"),
        (810000, "香港特别行政区"),
        (820000, "澳门特别行政区"),
        (440100, "广东省广州市"),
        (441200, "广东省肇庆市"),
        (441400, "广东省梅州市"),
        (620700, "甘肃省张掖市"),
        (110105, "北京市朝阳区"),
        (440106, "广东省广州市天河区"),
        (441284, "广东省肇庆市四会市"),
        (441481, "广东省梅州市兴宁市"),
        (620702, "甘肃省张掖市甘州区"),
    ];
    for (code, name) in tests {
        let r = lookup(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(r.full_name(), name, "code {code}");
        assert_eq!(r.status, CountyStatus::Current, "code {code}");
    }
}

#[test]
fn table_is_sorted_and_every_prefecture_has_a_province() {
    let codes: Vec<u32> = regions::current_codes().collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
    for code in codes {
        assert!(lookup(code).is_some(), "code {code}");
    }
}
