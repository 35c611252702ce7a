//! Refunds: which reasons qualify under which notice, and what comes back.

use chrono::NaiveDate;
use yibao::domain::inputs::{Assist, Status};
use yibao::domain::policy::{find, refund, Amount, CalcInput, PolicyKey, RefundReason, RefundVerdict, Region};

const GZ22: (Region, u16) = (Region::Guangzhou, 2022);
const GZ14: (Region, u16) = (Region::Guangzhou, 2014);
const MZ: (Region, u16) = (Region::Meizhou, 2022);
const ZQ: (Region, u16) = (Region::Zhaoqing, 2022);
const ZY: (Region, u16) = (Region::ZhangyeGanzhou, 2022);

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn input((region, year): (Region, u16), status: Status, assist: &str, on: &str) -> CalcInput {
    CalcInput {
        key: PolicyKey { region, year },
        status,
        hukou: None,
        assist: assist.split(',').filter(|c| !c.is_empty()).map(|c| Assist::from_code(c).unwrap()).collect(),
        birth: None,
        date: date(on),
    }
}

#[test]
fn refunds_by_notice_reason_and_date() {
    use RefundReason::*;
    use RefundVerdict::*;
    // (clause, input, reason, verdict, amount)
    let tests = [
        ("区医保发〔2022〕69号 §七: death, in time", input(ZY, Status::Adult, "", "2022-11-01"), Death, Refundable, "350.00"),
        ("§七: own part only: 350-250", input(ZY, Status::Adult, "dibao-rural-1", "2022-11-01"), Death, Refundable, "100.00"),
        (
            "§七: own part only: 350-190",
            input(ZY, Status::Adult, "dibao-urban-partial", "2022-11-01"),
            EmployeeInsurance,
            Refundable,
            "160.00",
        ),
        ("§七: own part only: 350-100", input(ZY, Status::Adult, "tuopin", "2022-11-01"), OtherRegion, Refundable, "250.00"),
        ("§七: fully funded: own part is nothing", input(ZY, Status::Adult, "tekun", "2022-11-01"), Death, Refundable, "0.00"),
        // The tier is the user's answer: own part 100 or 160 (a range, not "not stated").
        ("§七: untiered 低保: own part by tier", input(ZY, Status::Adult, "dibao", "2022-11-01"), Death, Refundable, "unknown"),
        ("§七: cross-province duplicate", input(ZY, Status::Adult, "", "2022-11-01"), DuplicateCrossProvince, Refundable, "350.00"),
        ("§七: disappearance", input(ZY, Status::Adult, "", "2022-11-01"), Missing, Refundable, "350.00"),
        ("§七: emigration", input(ZY, Status::Adult, "", "2022-11-01"), Emigration, Refundable, "350.00"),
        ("§七: deadline day 2022-12-30", input(ZY, Status::Adult, "", "2022-12-30"), Death, Refundable, "350.00"),
        ("§七: after the deadline", input(ZY, Status::Adult, "", "2022-12-31"), Death, NotRefundable, "0.00"),
        ("§七: benefit period began", input(ZY, Status::Adult, "", "2023-01-02"), Death, NotRefundable, "0.00"),
        // §七 lists its reasons and defers the procedure to 区医保发〔2021〕74号: a reason it does
        // not list is not refused by it, so the answer is unknown, with the document named.
        ("§七: in-province duplicate not listed", input(ZY, Status::Adult, "", "2022-11-01"), DuplicateInProvince, Unknown, "unknown"),
        ("§七: system error not listed", input(ZY, Status::Adult, "", "2022-11-01"), SystemError, Unknown, "unknown"),
        ("梅市医保〔2021〕7号 §四(三): system error", input(MZ, Status::Adult, "", "2021-10-01"), SystemError, Refundable, "320.00"),
        ("§四(三): duplicate", input(MZ, Status::Adult, "", "2021-10-01"), DuplicateInProvince, Refundable, "320.00"),
        ("§四(三): death", input(MZ, Status::Adult, "", "2021-10-01"), Death, Refundable, "320.00"),
        ("§四(三): employee insurance", input(MZ, Status::Adult, "", "2021-10-01"), EmployeeInsurance, Refundable, "320.00"),
        ("§四(三): another region", input(MZ, Status::Adult, "", "2021-10-01"), OtherRegion, Refundable, "320.00"),
        ("§四(三): disappearance not listed", input(MZ, Status::Adult, "", "2021-10-01"), Missing, Unknown, "unknown"),
        ("§四(三): emigration not listed", input(MZ, Status::Adult, "", "2021-10-01"), Emigration, Unknown, "unknown"),
        // §四(三) "在相应待遇享受期开始前": no date, but the 2022年度 has begun by 2022-12-31.
        ("§四(三): during 2022, before a start it does not give", input(MZ, Status::Adult, "", "2022-06-01"), Death, Refundable, "320.00"),
        ("§四(三): last day of 2022", input(MZ, Status::Adult, "", "2022-12-31"), Death, Refundable, "320.00"),
        ("§四(三): the 2022 benefit year has certainly begun", input(MZ, Status::Adult, "", "2023-01-01"), Death, NotRefundable, "0.00"),
        ("§四(三): any day in 2023", input(MZ, Status::Adult, "", "2023-07-15"), SystemError, NotRefundable, "0.00"),
        ("§四(三): assisted: silent on what comes back", input(MZ, Status::Adult, "tekun", "2021-10-01"), Death, Unknown, "unknown"),
        ("穗医保中管〔2021〕301号: no refund rules", input(GZ22, Status::CollegeStudent, "", "2021-10-01"), Death, Unknown, "unknown"),
        ("穗人社函〔2014〕1366号: no refund rules", input(GZ14, Status::SchoolStudent, "", "2014-10-01"), Death, Unknown, "unknown"),
        ("肇庆: no refund rules", input(ZQ, Status::SchoolStudent, "", "2021-10-01"), Death, Unknown, "unknown"),
    ];
    for (clause, i, reason, verdict, amount) in tests {
        let out = refund(find(i.key).unwrap(), reason, &i, i.date);
        assert_eq!((out.verdict, out.amount.data_value()), (verdict, amount.to_string()), "{clause}: {reason:?} {i:?}");
        assert!(!out.explanation.text().zh.is_empty() && !out.explanation.text().en.is_empty(), "{clause}");
        if verdict == Unknown {
            assert!(out.ask.is_some() && matches!(out.amount, Amount::Unknown { .. }), "{clause}");
        }
    }
    let i = input(ZY, Status::Adult, "", "2022-11-01");
    let out = refund(find(i.key).unwrap(), RefundReason::SystemError, &i, i.date);
    assert!(out.explanation.text().zh.contains("区医保发〔2021〕74号"), "§七 names the procedure document: {}", out.explanation.text().zh);
    let i = input(ZY, Status::Adult, "dibao", "2022-11-01");
    let out = refund(find(i.key).unwrap(), RefundReason::Death, &i, i.date);
    let m = |y| yibao::domain::money::Money::yuan(y);
    assert_eq!(out.amount.range(), Some((m(100), m(160))), "§七 own part by tier");
}

#[test]
fn refund_deadline_condition_and_office() {
    let i = input(ZY, Status::Adult, "", "2022-11-01");
    let out = refund(find(i.key).unwrap(), RefundReason::Death, &i, i.date);
    assert_eq!(out.deadline.as_ref().map(|d| d.value), Some(date("2022-12-30")));
    assert_eq!(out.ask.as_ref().and_then(|a| a.phone.as_deref()), Some("0936-8219073"), "§七 tax office");
    assert!(out.condition.is_none());
    let i = input(ZY, Status::Adult, "dibao-rural-1", "2022-11-01");
    let out = refund(find(i.key).unwrap(), RefundReason::Death, &i, i.date);
    assert!(out.explanation.text().zh.contains("只退回个人缴费部分"), "{}", out.explanation.text().zh);

    // Meizhou: refundable only before the benefit period begins, whose date it does not give.
    let i = input(MZ, Status::Adult, "", "2021-10-01");
    let out = refund(find(i.key).unwrap(), RefundReason::Death, &i, i.date);
    assert!(out.deadline.is_none());
    assert!(out.condition.as_ref().unwrap().text().en.contains("before the benefit period"), "{:?}", out.condition);
    assert_eq!(out.accepted.len(), 6);
    assert_eq!(out.citation.unwrap().clause, "§四(三)");
}

#[test]
fn reason_codes_round_trip() {
    for &r in RefundReason::ALL {
        assert_eq!(RefundReason::from_code(r.code()), Some(r));
        assert!(!r.label().zh.is_empty() && !r.label().en.is_empty());
    }
}
