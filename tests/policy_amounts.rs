//! Amounts for every fact of the policy digest: contribution, assistance (highest, never
//! added up), pay now, net payable, government subsidy. Each case names its clause.

use chrono::NaiveDate;
use yibao::domain::inputs::{Assist, Hukou, Status};
use yibao::domain::lang::Lang;
use yibao::domain::policy::{calculate, find, Amount, AssistVerdict, CalcInput, Coverage, Outcome, PaymentMode, PolicyKey, Region};

const GZ22: (Region, u16) = (Region::Guangzhou, 2022);
const GZ14: (Region, u16) = (Region::Guangzhou, 2014);
const MZ: (Region, u16) = (Region::Meizhou, 2022);
const ZQ: (Region, u16) = (Region::Zhaoqing, 2022);
const ZY: (Region, u16) = (Region::ZhangyeGanzhou, 2022);

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn codes(list: &str) -> Vec<Assist> {
    list.split(',').filter(|c| !c.is_empty()).map(|c| Assist::from_code(c).unwrap_or_else(|| panic!("code {c}"))).collect()
}

fn input((region, year): (Region, u16), status: Status, assist: &str, birth: Option<&str>, on: &str) -> CalcInput {
    CalcInput { key: PolicyKey { region, year }, status, hukou: None, assist: codes(assist), birth: birth.map(date), date: date(on) }
}

fn run(i: &CalcInput) -> Outcome {
    calculate(find(i.key).expect("policy exists"), i)
}

/// (clause, policy, status, assist codes, contribution, assistance, pay now, net payable)
type Case = (&'static str, (Region, u16), Status, &'static str, &'static str, &'static str, &'static str, &'static str);

fn check(tests: &[Case]) {
    for &(clause, key, status, assist, contribution, assistance, pay_now, net) in tests {
        let i = input(key, status, assist, None, "2021-10-01");
        let out = run(&i);
        let got =
            (out.contribution.data_value(), out.assistance.amount.data_value(), out.pay_now.data_value(), out.net_payable.data_value());
        assert_eq!(got, (contribution.to_string(), assistance.to_string(), pay_now.to_string(), net.to_string()), "{clause}: {i:?}");
    }
}

#[test]
fn guangzhou_2022_college_and_vocational_students() {
    let tests: &[Case] = &[
        ("穗医保中管〔2021〕301号 §一: 363 yuan", GZ22, Status::CollegeStudent, "", "363.00", "0.00", "363.00", "363.00"),
        ("§一: 363 yuan, secondary vocational", GZ22, Status::VocationalStudent, "", "363.00", "0.00", "363.00", "363.00"),
        ("§二: medical-aid amount not stated", GZ22, Status::CollegeStudent, "medical-aid", "363.00", "unknown", "unknown", "unknown"),
        ("§二: tekun not mentioned, not settled", GZ22, Status::CollegeStudent, "tekun", "363.00", "unknown", "unknown", "unknown"),
        ("title: school students not covered", GZ22, Status::SchoolStudent, "", "unknown", "unknown", "unknown", "unknown"),
        ("title: adults not covered", GZ22, Status::Adult, "", "unknown", "unknown", "unknown", "unknown"),
        ("title: preschool not covered", GZ22, Status::Preschool, "", "unknown", "unknown", "unknown", "unknown"),
        ("title: newborn not covered", GZ22, Status::Newborn, "", "unknown", "unknown", "unknown", "unknown"),
        ("title: minor not covered", GZ22, Status::Minor, "", "unknown", "unknown", "unknown", "unknown"),
    ];
    check(tests);
}

#[test]
fn guangzhou_2014_school_students_provisional_200() {
    let tests: &[Case] = &[
        ("穗人社函〔2014〕1366号 §二(三): provisional 200", GZ14, Status::SchoolStudent, "", "200.00", "0.00", "200.00", "200.00"),
        ("§二(三): provisional 200, secondary vocational", GZ14, Status::VocationalStudent, "", "200.00", "0.00", "200.00", "200.00"),
        ("§二(二): medical-aid amount not stated", GZ14, Status::SchoolStudent, "medical-aid", "200.00", "unknown", "unknown", "unknown"),
        ("序言: college students not covered", GZ14, Status::CollegeStudent, "", "unknown", "unknown", "unknown", "unknown"),
        ("序言: preschool not covered", GZ14, Status::Preschool, "", "unknown", "unknown", "unknown", "unknown"),
        ("序言: adults not covered", GZ14, Status::Adult, "", "unknown", "unknown", "unknown", "unknown"),
    ];
    check(tests);
    let out = run(&input(GZ14, Status::SchoolStudent, "", None, "2014-09-01"));
    assert!(out.contribution.is_provisional(), "§二(三) calls 200 provisional");
    assert!(out.pay_now.is_provisional() && out.net_payable.is_provisional());
    assert_eq!(out.contribution.citation().unwrap().clause, "§二(三)");
    let out = run(&input(GZ22, Status::CollegeStudent, "", None, "2021-09-01"));
    assert!(!out.contribution.is_provisional(), "363 is not provisional");
}

#[test]
fn meizhou_320_and_full_funding() {
    let tests: &[Case] = &[
        ("梅市医保〔2021〕7号 §一: 320 yuan", MZ, Status::Adult, "", "320.00", "0.00", "320.00", "320.00"),
        ("§一: students too", MZ, Status::CollegeStudent, "", "320.00", "0.00", "320.00", "320.00"),
        ("§一: newborns", MZ, Status::Newborn, "", "320.00", "0.00", "320.00", "320.00"),
        ("§三(三): 特困供养对象 full", MZ, Status::Adult, "tekun", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): 低保家庭成员 full", MZ, Status::Adult, "dibao", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): tiered 低保 counts as 低保", MZ, Status::Minor, "dibao-rural-3", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): urban 低保 counts as 低保", MZ, Status::Adult, "dibao-urban-partial", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): 建档立卡脱贫人口 full", MZ, Status::Adult, "tuopin", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): 边缘家庭 full", MZ, Status::Adult, "edge", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): 低收入 full", MZ, Status::Adult, "low-income", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): 重度残疾 full (county)", MZ, Status::Adult, "disabled-severe", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): two-daughters parent, any age", MZ, Status::Adult, "two-daughters", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): several full identities, funded once", MZ, Status::Adult, "tekun,dibao,edge", "320.00", "320.00", "0.00", "0.00"),
        ("§三(三): 返贫致贫 not listed: not settled", MZ, Status::Adult, "fanpin", "320.00", "unknown", "unknown", "unknown"),
        ("§三(三): orphan not listed: not settled", MZ, Status::Minor, "orphan", "320.00", "unknown", "unknown", "unknown"),
        ("§三(三): full beats an unsettled identity", MZ, Status::Adult, "fanpin,tekun", "320.00", "320.00", "0.00", "0.00"),
    ];
    check(tests);
}

#[test]
fn meizhou_two_daughters_age_rule() {
    // 梅市医保〔2021〕7号 §三(三): "农村纯生二女结扎的夫妇双方及其年龄在14周岁以内的女孩" (14
    // included; parents regardless of age). The notice fixes no day for the age, so it is
    // judged over its own window, §二 2021-09-01..2021-12-31 — never against today.
    let tests = [
        (Status::SchoolStudent, Some("2010-03-01"), "320.00"),  // 11 all through the window
        (Status::SchoolStudent, Some("2007-01-01"), "320.00"),  // 15 only on 2022-01-01, after it
        (Status::SchoolStudent, Some("2006-09-01"), "0.00"),    // 15 on the window's first day
        (Status::SchoolStudent, Some("2006-11-01"), "unknown"), // 15 on 2021-11-01, inside it
        (Status::Preschool, Some("2018-01-01"), "320.00"),
        (Status::Preschool, None, "320.00"), // a preschool child is never over 14
        (Status::Newborn, Some("2021-09-30"), "320.00"),
        (Status::CollegeStudent, Some("2002-01-01"), "0.00"),
        (Status::Adult, Some("1940-01-01"), "320.00"), // a parent, any age
        (Status::Adult, None, "320.00"),
        (Status::SchoolStudent, None, "unknown"),               // age needed
        (Status::SchoolStudent, Some("2030-01-01"), "unknown"), // born after the window
    ];
    for (status, birth, want) in tests {
        for on in ["2021-10-01", "2021-12-01", "2023-06-01", "2026-12-02"] {
            let i = input(MZ, status, "two-daughters", birth, on);
            let out = run(&i);
            assert_eq!(out.assistance.amount.data_value(), want, "§三(三) {i:?}");
            if want == "0.00" {
                assert!(matches!(out.assistance.lines[0].verdict, AssistVerdict::NotEligible { .. }), "{i:?}");
                assert_eq!(out.pay_now.data_value(), "320.00", "{i:?}");
                // over the age limit: the fully-funded route does not apply
                assert!(!out.channels.iter().any(|c| c.text.zh.contains("全额资助对象")), "{i:?}");
            }
        }
    }
}

/// Where only the user's answer (or the day the notice leaves open) is missing, the amount
/// is a range with the question that decides it; never "the notice does not say".
#[test]
fn answer_missing_is_a_range_with_its_question() {
    use yibao::domain::policy::Question;
    let m = |s: &str| yibao::domain::money::Money::yuan(s.parse().unwrap());
    // (clause, input, question, assistance range, net range)
    let tests = [
        (
            "梅市医保〔2021〕7号 §三(三): no date of birth",
            input(MZ, Status::SchoolStudent, "two-daughters", None, "2021-10-01"),
            Question::BirthDate { max: 14 },
            ("0", "320"),
            ("0", "320"),
        ),
        (
            "§三(三): 15 on 2021-11-01, inside the window",
            input(MZ, Status::SchoolStudent, "two-daughters", Some("2006-11-01"), "2026-12-02"),
            Question::AgeDay { max: 14, on: date("2021-11-01") },
            ("0", "320"),
            ("0", "320"),
        ),
        (
            "区医保发〔2022〕69号 §四(一)2、§四(一)5、§四(二)3: 低保 tier not given + 脱贫",
            input(ZY, Status::Adult, "dibao,tuopin", None, "2022-10-01"),
            Question::Tier { group: Assist::Dibao },
            ("190", "250"),
            ("100", "160"),
        ),
        (
            "§四(一)2: 低保 tier not given",
            input(ZY, Status::Adult, "dibao", None, "2022-10-01"),
            Question::Tier { group: Assist::Dibao },
            ("190", "250"),
            ("100", "160"),
        ),
    ];
    for (clause, i, question, (amin, amax), (nmin, nmax)) in tests {
        let out = run(&i);
        assert_eq!(out.questions, vec![question.clone()], "{clause}");
        assert_eq!(out.assistance.amount.data_value(), "unknown", "{clause}");
        assert_eq!(out.assistance.amount.range(), Some((m(amin), m(amax))), "{clause}");
        assert_eq!(out.net_payable.range(), Some((m(nmin), m(nmax))), "{clause}");
        assert_eq!(out.net_payable.questions(), std::slice::from_ref(&question), "{clause}");
        assert!(!question.text().zh.is_empty() && !question.text().en.is_empty(), "{clause}");
    }
    // 甘州 §四(二)2: every 低保 tier pays the full 350 first (先缴后补), whatever the tier.
    let out = run(&input(ZY, Status::Adult, "dibao", None, "2022-10-01"));
    assert_eq!(out.pay_now.data_value(), "350.00");
    // 梅州 with no date of birth: the funded route and the payment ways each carry the
    // condition that decides them, never both as if they applied at once.
    let out = run(&input(MZ, Status::SchoolStudent, "two-daughters", None, "2021-10-01"));
    let funded = out.channels.iter().find(|c| c.text.zh.contains("全额资助对象")).expect("funded route");
    assert!(funded.condition.as_ref().is_some_and(|c| c.text().zh.contains("14周岁以内")), "{funded:?}");
    let pay: Vec<_> = out.channels.iter().filter(|c| c.kind == yibao::domain::policy::ChannelKind::Pay).collect();
    assert!(!pay.is_empty());
    assert!(pay.iter().all(|c| c.condition.as_ref().is_some_and(|c| c.text().zh.contains("超过14周岁"))), "{pay:?}");
}

#[test]
fn zhaoqing_school_students() {
    let tests: &[Case] = &[
        ("肇庆 §1: 320 for school students", ZQ, Status::SchoolStudent, "", "320.00", "0.00", "320.00", "320.00"),
        ("序言: kindergarten/daycare", ZQ, Status::Preschool, "", "320.00", "0.00", "320.00", "320.00"),
        ("序言: colleges", ZQ, Status::CollegeStudent, "", "320.00", "0.00", "320.00", "320.00"),
        ("序言: technical schools", ZQ, Status::VocationalStudent, "", "320.00", "0.00", "320.00", "320.00"),
        ("序言: adults not covered", ZQ, Status::Adult, "", "unknown", "unknown", "unknown", "unknown"),
        ("序言: minors not in school not covered", ZQ, Status::Minor, "", "unknown", "unknown", "unknown", "unknown"),
        ("序言: newborns not covered", ZQ, Status::Newborn, "", "unknown", "unknown", "unknown", "unknown"),
        (
            "§2(4): 低保 enroll at residence, no amount",
            ZQ,
            Status::SchoolStudent,
            "dibao-rural-1",
            "unknown",
            "unknown",
            "unknown",
            "unknown",
        ),
        ("§2(4): orphans", ZQ, Status::SchoolStudent, "orphan", "unknown", "unknown", "unknown", "unknown"),
        ("§2(4): special care", ZQ, Status::CollegeStudent, "special-care", "unknown", "unknown", "unknown", "unknown"),
        ("§2(4): disabled", ZQ, Status::Preschool, "disabled-severe", "unknown", "unknown", "unknown", "unknown"),
        (
            "§2(4): not listed: contribution known, assistance not settled",
            ZQ,
            Status::SchoolStudent,
            "tuopin",
            "320.00",
            "unknown",
            "unknown",
            "unknown",
        ),
    ];
    check(tests);
}

#[test]
fn zhangye_350_assistance_table() {
    let tests: &[Case] = &[
        ("区医保发〔2022〕69号 §三: 350", ZY, Status::Adult, "", "350.00", "0.00", "350.00", "350.00"),
        ("§三: students", ZY, Status::SchoolStudent, "", "350.00", "0.00", "350.00", "350.00"),
        ("§三: college students", ZY, Status::CollegeStudent, "", "350.00", "0.00", "350.00", "350.00"),
        ("§三: newborns", ZY, Status::Newborn, "", "350.00", "0.00", "350.00", "350.00"),
        ("§四(一)1: 特困 full, pays nothing", ZY, Status::Adult, "tekun", "350.00", "350.00", "0.00", "0.00"),
        ("§四(一)1: orphan full", ZY, Status::Minor, "orphan", "350.00", "350.00", "0.00", "0.00"),
        ("§四(一)2: rural class 1: 250, 先缴后补", ZY, Status::Adult, "dibao-rural-1", "350.00", "250.00", "350.00", "100.00"),
        ("§四(一)2: rural class 2: 250", ZY, Status::Adult, "dibao-rural-2", "350.00", "250.00", "350.00", "100.00"),
        ("§四(一)2: urban full 低保: 250", ZY, Status::Adult, "dibao-urban-full", "350.00", "250.00", "350.00", "100.00"),
        ("§四(一)2: rural class 3: 190", ZY, Status::Adult, "dibao-rural-3", "350.00", "190.00", "350.00", "160.00"),
        ("§四(一)2: rural class 4: 190", ZY, Status::Adult, "dibao-rural-4", "350.00", "190.00", "350.00", "160.00"),
        ("§四(一)2: urban differential: 190", ZY, Status::Adult, "dibao-urban-partial", "350.00", "190.00", "350.00", "160.00"),
        ("§四(一)2: untiered 低保: 190 or 250, unknown", ZY, Status::Adult, "dibao", "350.00", "unknown", "350.00", "unknown"),
        ("§四(一)3: 返贫致贫 190", ZY, Status::Adult, "fanpin", "350.00", "190.00", "350.00", "160.00"),
        ("§四(一)4: 易返贫致贫 150", ZY, Status::Adult, "yifanpin", "350.00", "150.00", "350.00", "200.00"),
        ("§四(一)5: 已脱贫 100 in 2022", ZY, Status::Adult, "tuopin", "350.00", "100.00", "350.00", "250.00"),
        ("§四(二)3: highest, never added up", ZY, Status::Adult, "dibao-rural-1,tuopin", "350.00", "250.00", "350.00", "100.00"),
        ("§四(二)3: highest of three", ZY, Status::Adult, "tuopin,yifanpin,fanpin", "350.00", "190.00", "350.00", "160.00"),
        ("§四(二)3: full wins", ZY, Status::Adult, "tuopin,tekun,dibao-rural-1", "350.00", "350.00", "0.00", "0.00"),
        ("§四(二)3: full settles an untiered 低保", ZY, Status::Adult, "dibao,orphan", "350.00", "350.00", "0.00", "0.00"),
        (
            "§四(二)3: 250 settles an untiered 低保 (at most 250)",
            ZY,
            Status::Adult,
            "dibao,dibao-urban-full",
            "350.00",
            "250.00",
            "350.00",
            "100.00",
        ),
        ("§四(二)3: 190 does not settle it", ZY, Status::Adult, "dibao,fanpin", "350.00", "unknown", "350.00", "unknown"),
        ("§四(一): special care not listed: none", ZY, Status::Adult, "special-care", "350.00", "0.00", "350.00", "350.00"),
        ("§四(一): severe disability not listed: none", ZY, Status::Adult, "disabled-severe", "350.00", "0.00", "350.00", "350.00"),
        ("§四(一): unlisted does not mix with listed", ZY, Status::Adult, "special-care,yifanpin", "350.00", "150.00", "350.00", "200.00"),
    ];
    check(tests);
}

#[test]
fn zhangye_subsidy_and_total_premium() {
    // §三: 350 + 610 = 960 per person.
    let out = run(&input(ZY, Status::Adult, "", None, "2022-10-01"));
    assert_eq!(out.government_subsidy.as_ref().map(Amount::data_value).as_deref(), Some("610.00"));
    assert_eq!(out.total_premium.as_ref().map(Amount::data_value).as_deref(), Some("960.00"));
    assert_eq!(out.government_subsidy.unwrap().citation().unwrap().clause, "§三");
    // The other notices state no subsidy: absent, never invented.
    for key in [GZ22, GZ14, MZ, ZQ] {
        let i = input(key, Status::CollegeStudent, "", None, "2021-10-01");
        let out = run(&i);
        assert!(out.government_subsidy.is_none() && out.total_premium.is_none(), "{i:?}");
    }
}

#[test]
fn winner_and_why_the_others_do_not_add() {
    let i = input(ZY, Status::Adult, "tuopin,dibao-rural-1,special-care", None, "2022-10-01");
    let out = run(&i);
    let a = &out.assistance;
    assert_eq!(a.winner, Some(Assist::DibaoRural1), "{i:?}");
    assert_eq!(a.payment, Some(PaymentMode::PayFirstReimbursed));
    assert_eq!(a.stacking.as_ref().unwrap().clause, "§四(二)3");
    let (zh, en) = (yibao::words::assistance(a, Lang::Zh), yibao::words::assistance(a, Lang::En));
    assert!(zh.contains("就高不重复"), "{zh}");
    assert!(en.contains("never added up"), "{en}");
    assert_eq!(a.lines.len(), 3);
    assert_eq!(a.lines[2].verdict, AssistVerdict::NotListed, "special-care under zhangye");
    assert!(a.amount.citation().unwrap().clause.contains("§四(一)2"));

    let out = run(&input(ZY, Status::Adult, "tekun", None, "2022-10-01"));
    assert_eq!(out.assistance.payment, Some(PaymentMode::FundedDirectly));

    // Tiered code counted as its group where the notice does not distinguish tiers.
    let out = run(&input(MZ, Status::Adult, "dibao-rural-1", None, "2021-10-01"));
    assert_eq!(out.assistance.lines[0].counted_as, Assist::Dibao);
    let out = run(&input(ZY, Status::Adult, "dibao-rural-1", None, "2022-10-01"));
    assert_eq!(out.assistance.lines[0].counted_as, Assist::DibaoRural1);
}

#[test]
fn unknowns_say_why_and_where_to_ask() {
    let tests = [
        (input(GZ22, Status::CollegeStudent, "medical-aid", None, "2021-10-01"), "区医保分中心", None),
        (input(ZQ, Status::SchoolStudent, "dibao", None, "2021-10-01"), "居住地", None),
        (input(GZ14, Status::SchoolStudent, "medical-aid", None, "2014-10-01"), "医保经办机构", None),
    ];
    for (i, office, phone) in tests {
        let out = run(&i);
        match &out.assistance.amount {
            Amount::Unknown { reason, ask } => {
                assert!(!reason.text().zh.is_empty() && !reason.text().en.is_empty(), "{i:?}");
                assert!(ask.office.zh.contains(office), "{i:?}: {:?}", ask.office);
                assert_eq!(ask.phone.as_deref(), phone, "{i:?}");
            }
            other => panic!("{i:?}: expected unknown, got {other:?}"),
        }
    }
}

#[test]
fn not_covered_says_so_with_the_office() {
    let tests = [
        (input(GZ22, Status::SchoolStudent, "", None, "2021-10-01"), "区医保分中心"),
        (input(GZ14, Status::CollegeStudent, "", None, "2014-10-01"), "医保经办机构"),
        (input(ZQ, Status::Adult, "", None, "2021-10-01"), "经办机构"),
        (input(ZQ, Status::Minor, "", None, "2021-10-01"), "经办机构"),
    ];
    for (i, office) in tests {
        let out = run(&i);
        match &out.coverage {
            Coverage::NotCovered { reason, ask, citation } => {
                assert!(!reason.en.is_empty(), "{i:?}");
                assert!(ask.office.zh.contains(office), "{i:?}");
                assert!(!citation.clause.is_empty(), "{i:?}");
            }
            c => panic!("{i:?}: expected not covered, got {c:?}"),
        }
        assert!(out.channels.is_empty(), "{i:?}");
        assert_eq!(out.pay_now.data_value(), "unknown", "{i:?}");
    }
}

#[test]
fn every_known_figure_is_cited() {
    for p in yibao::domain::policy::all() {
        for status in Status::ALL {
            for assist in ["", "tekun", "dibao-rural-1", "medical-aid", "dibao,tuopin"] {
                let mut i = input((p.key.region, p.key.year), *status, assist, Some("2010-01-01"), "2021-10-01");
                i.hukou = Some(Hukou::Rural);
                let out = calculate(p, &i);
                for a in [&out.contribution, &out.assistance.amount, &out.pay_now, &out.net_payable] {
                    if let Amount::Known { value, .. } = a {
                        assert!(!value.citation.clause.is_empty(), "{i:?}");
                        assert_eq!(value.citation.document_number, p.document_number(), "{i:?}");
                    }
                }
                assert!(!out.citations().is_empty(), "{i:?}");
            }
        }
    }
}

#[test]
fn ages_in_full_years() {
    use yibao::domain::policy::age_in_full_years;
    let tests = [
        (("2007-10-01", "2021-10-01"), Some(14)),
        (("2007-10-02", "2021-10-01"), Some(13)),
        (("2008-02-29", "2022-02-28"), Some(13)),
        (("2008-02-29", "2022-03-01"), Some(14)),
        (("2021-10-01", "2021-10-01"), Some(0)),
        (("2021-10-02", "2021-10-01"), None),
    ];
    for ((birth, on), want) in tests {
        assert_eq!(age_in_full_years(date(birth), date(on)), want, "born {birth}, on {on}");
    }
}
