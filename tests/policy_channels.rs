//! Where and how each person enrolls and pays, and the notes that concern them.

use chrono::NaiveDate;
use yibao::domain::inputs::{Assist, Hukou, Status};
use yibao::domain::policy::{calculate, find, CalcInput, ChannelKind, NoteKind, Outcome, PolicyKey, Region};

const GZ22: (Region, u16) = (Region::Guangzhou, 2022);
const GZ14: (Region, u16) = (Region::Guangzhou, 2014);
const MZ: (Region, u16) = (Region::Meizhou, 2022);
const ZQ: (Region, u16) = (Region::Zhaoqing, 2022);
const ZY: (Region, u16) = (Region::ZhangyeGanzhou, 2022);

fn input((region, year): (Region, u16), status: Status, hukou: Option<Hukou>, assist: &str) -> CalcInput {
    CalcInput {
        key: PolicyKey { region, year },
        status,
        hukou,
        assist: assist.split(',').filter(|c| !c.is_empty()).map(|c| Assist::from_code(c).unwrap()).collect(),
        birth: None,
        date: NaiveDate::from_ymd_opt(2021, 10, 1).unwrap(),
    }
}

fn run(i: &CalcInput) -> Outcome {
    calculate(find(i.key).unwrap(), i)
}

#[test]
fn the_enrollment_route() {
    // (input, clause of the route, words of the route's Chinese text)
    let tests = [
        (input(GZ22, Status::CollegeStudent, None, ""), "§二", "所在学校统一办理"),
        (input(GZ22, Status::VocationalStudent, None, "medical-aid"), "§二", "区医保分中心"),
        (input(GZ14, Status::SchoolStudent, Some(Hukou::Rural), ""), "§二(二)", "村民委员会"),
        (input(GZ14, Status::VocationalStudent, Some(Hukou::Rural), ""), "§二(二)", "村民委员会"),
        (input(GZ14, Status::SchoolStudent, Some(Hukou::Urban), ""), "§二(二)、§一(四)", "网办系统"),
        (input(GZ14, Status::SchoolStudent, Some(Hukou::Rural), "medical-aid"), "§二(二)", "民政或残联"),
        (input(MZ, Status::CollegeStudent, None, ""), "§三(二)", "以学校为单位"),
        (input(MZ, Status::SchoolStudent, None, ""), "§三(二)、§三(一)", "就读地"),
        (input(MZ, Status::Adult, None, ""), "§三(一)", "全市通办"),
        (input(MZ, Status::Adult, None, "tekun"), "§三(三)", "全额资助对象"),
        (input(ZQ, Status::CollegeStudent, None, ""), "§2(1)、§2(3)", "学校所在地"),
        (input(ZQ, Status::Preschool, None, ""), "§2(1)", "居住地自行参保"),
        (input(ZQ, Status::SchoolStudent, None, "orphan"), "§2(4)", "居住地政策"),
        (input(ZY, Status::CollegeStudent, None, "dibao-rural-1"), "§五2", "户籍地"),
        (input(ZY, Status::CollegeStudent, None, "tekun"), "§五2", "户籍地"),
        (input(ZY, Status::CollegeStudent, None, ""), "§五2、§八1", "学籍地"),
        (input(ZY, Status::CollegeStudent, None, "special-care"), "§五2、§八1", "学籍地"),
        (input(ZY, Status::Newborn, None, ""), "§五4", "真实姓名"),
        (input(ZY, Status::Adult, None, ""), "§五1、§八1", "户口簿"),
    ];
    for (i, clause, words) in tests {
        let out = run(&i);
        let enroll: Vec<_> = out.channels.iter().filter(|c| c.kind == ChannelKind::Enroll).collect();
        assert_eq!(enroll.len(), 1, "{i:?}: {enroll:?}");
        assert_eq!(enroll[0].citation.clause, clause, "{i:?}");
        assert!(enroll[0].text.zh.contains(words), "{i:?}: {}", enroll[0].text.zh);
        assert!(!enroll[0].text.en.is_empty(), "{i:?}");
        assert!(enroll[0].condition.is_none(), "{i:?}");
    }
}

#[test]
fn an_unanswered_hukou_shows_both_branches() {
    // 穗人社函〔2014〕1366号 §二(二): rural hukou → village committee; others → school.
    let i = input(GZ14, Status::SchoolStudent, None, "");
    let out = run(&i);
    let enroll: Vec<_> = out.channels.iter().filter(|c| c.kind == ChannelKind::Enroll).collect();
    assert_eq!(enroll.len(), 2, "{i:?}");
    assert!(enroll[0].text.zh.contains("村民委员会") && enroll[0].condition.is_some(), "{i:?}");
    assert!(enroll[1].text.zh.contains("网办系统") && enroll[1].condition.is_none(), "{i:?}");
}

#[test]
fn payment_channels() {
    // (input, words that must appear among the payment steps, words that must not)
    let tests = [
        (input(MZ, Status::Adult, Some(Hukou::Rural), ""), vec!["粤税通", "邮储银行", "乡村金融服务站", "POS", "签约扣款"], vec![]),
        (input(MZ, Status::Adult, Some(Hukou::Urban), ""), vec!["粤税通", "签约扣款"], vec!["乡村金融服务站"]),
        (input(ZY, Status::Adult, None, ""), vec!["兰州银行", "微信", "支付宝", "甘肃税务", "截图"], vec!["先按350元"]),
        (input(ZY, Status::Adult, None, "tuopin"), vec!["先按350元全额缴费", "支付宝"], vec![]),
        (input(ZQ, Status::SchoolStudent, None, ""), vec!["未列出"], vec![]),
    ];
    for (i, want, not) in tests {
        let out = run(&i);
        let pay: String = out.channels.iter().filter(|c| c.kind == ChannelKind::Pay).map(|c| c.text.zh.as_str()).collect();
        for w in want {
            assert!(pay.contains(w), "{i:?}: missing {w} in {pay}");
        }
        for w in not {
            assert!(!pay.contains(w), "{i:?}: unexpected {w} in {pay}");
        }
    }
}

#[test]
fn fully_funded_people_get_no_payment_channels() {
    // Meizhou §三(一) (除享受政府全额资助参保的特殊人群外), Zhangye §四(二)1 (个人不再缴费).
    for i in
        [input(MZ, Status::Adult, None, "dibao"), input(ZY, Status::Adult, None, "orphan"), input(ZQ, Status::SchoolStudent, None, "dibao")]
    {
        let out = run(&i);
        assert!(out.channels.iter().all(|c| c.kind == ChannelKind::Enroll), "{i:?}");
    }
}

#[test]
fn waiting_period_and_other_notes() {
    // (input, kind, clause, words)
    let tests = [
        (input(ZY, Status::Newborn, None, ""), NoteKind::Waiting, "§五4", "不设待遇享受等待期"),
        (input(MZ, Status::Newborn, None, ""), NoteKind::Waiting, "§四(二)", "不设待遇等待期"),
        (input(MZ, Status::Adult, None, ""), NoteKind::Waiting, "§四(二)", "待遇等待期3个月"),
        (input(MZ, Status::Adult, None, ""), NoteKind::General, "§四(一)", "不允许重复参保"),
        (input(ZY, Status::CollegeStudent, None, ""), NoteKind::General, "§五2", "12月31日"),
        (input(ZY, Status::Adult, None, "dibao-rural-3"), NoteKind::General, "§四(二)3、§四(二)4", "补差"),
        (input(GZ14, Status::SchoolStudent, None, ""), NoteKind::General, "§二(三)", "暂定"),
        (input(GZ14, Status::SchoolStudent, None, ""), NoteKind::General, "§一(四)", "广东农信社"),
        (input(GZ22, Status::CollegeStudent, None, ""), NoteKind::General, "§三(三)", "保留学籍"),
        (input(ZQ, Status::CollegeStudent, None, ""), NoteKind::General, "§2(3)", "逾期不予补缴"),
        (input(ZQ, Status::SchoolStudent, None, ""), NoteKind::General, "§2(5)", "医保电子凭证"),
    ];
    for (i, kind, clause, words) in tests {
        let out = run(&i);
        assert!(
            out.notes.iter().any(|n| n.kind == kind && n.citation.clause == clause && n.text.zh.contains(words) && !n.text.en.is_empty()),
            "{i:?}: {:?}",
            out.notes
        );
    }
    // Meizhou's 3-month switching wait is not shown for newborns (who have none).
    let out = run(&input(MZ, Status::Newborn, None, ""));
    assert!(!out.notes.iter().any(|n| n.text.zh.contains("待遇等待期3个月")));
}

#[test]
fn scope_notes() {
    let out = run(&input(ZQ, Status::Preschool, None, ""));
    let yibao::domain::policy::Coverage::Covered { note: Some(note), citation } = &out.coverage else { panic!() };
    assert!(note.zh.contains("幼儿园或托育机构"), "{}", note.zh);
    assert_eq!(citation.clause, "序言");
    let out = run(&input(MZ, Status::Adult, None, ""));
    let yibao::domain::policy::Coverage::Covered { note: Some(note), .. } = &out.coverage else { panic!() };
    assert!(note.zh.contains("港澳台居民居住证"), "{}", note.zh);
}

/// Payment ways follow the route: a person whose school pays, or who is enrolled by an
/// office, is not told to pay through channels meant for others.
#[test]
fn payment_ways_follow_the_route() {
    let pays = |i: &CalcInput| run(i).channels.iter().filter(|c| c.kind == ChannelKind::Pay).count();
    // 梅市医保〔2021〕7号 §三(二): full-time college and vocational students enroll and pay
    // through the school; the five ways of §三(一) are for people who pay themselves.
    assert_eq!(pays(&input(MZ, Status::CollegeStudent, None, "")), 0, "§三(二)");
    assert_eq!(pays(&input(MZ, Status::VocationalStudent, Some(Hukou::Rural), "")), 0, "§三(二)");
    assert_eq!(pays(&input(MZ, Status::Adult, Some(Hukou::Urban), "")), 4, "§三(一)1、2、4、5");
    assert_eq!(pays(&input(MZ, Status::Adult, Some(Hukou::Rural), "")), 5, "§三(一)1-5");
    // §三(一)3 says 农村居民: read as rural hukou, and the page says it is a reading.
    let out = run(&input(MZ, Status::Adult, None, ""));
    let station = out.channels.iter().find(|c| c.citation.clause == "§三(一)3").unwrap();
    assert!(station.text.zh.contains("按农村户籍理解") && station.condition.is_some(), "{station:?}");
    // 穗人社函〔2014〕1366号 §一(四): the 23 banks debit the school's account: only for
    // students whose school enrolls them.
    let banks = |i: &CalcInput| run(i).notes.into_iter().find(|n| n.citation.clause == "§一(四)");
    assert!(banks(&input(GZ14, Status::SchoolStudent, Some(Hukou::Rural), "")).is_none(), "village route");
    assert!(banks(&input(GZ14, Status::SchoolStudent, Some(Hukou::Urban), "medical-aid")).is_none(), "civil-affairs route");
    let school = banks(&input(GZ14, Status::SchoolStudent, Some(Hukou::Urban), "")).expect("school route");
    assert!(school.condition.is_none());
    let maybe = banks(&input(GZ14, Status::SchoolStudent, None, "")).expect("hukou not given");
    assert!(maybe.condition.unwrap().text().zh.contains("学校"), "shown on the condition of the school route");
}

/// Rules the notices state, each shown to the people it concerns with its clause.
#[test]
fn stated_rules_are_modelled() {
    let note = |i: &CalcInput, clause: &str| run(i).notes.into_iter().find(|n| n.citation.clause == clause);
    // 梅市医保〔2021〕7号 §三(三) second paragraph.
    let n = note(&input(MZ, Status::Adult, None, "low-income"), "§三(三)").expect("§三(三) employee insurance");
    assert!(n.text.zh.contains("职工基本医疗保险"), "{n:?}");
    assert!(note(&input(MZ, Status::Adult, None, ""), "§三(三)").is_none());
    // 区医保发〔2022〕69号 §四(二)3: insured in another region, still assisted here.
    let n = note(&input(ZY, Status::Adult, None, "tuopin"), "§四(二)3").expect("§四(二)3");
    assert!(n.text.zh.contains("外地"), "{n:?}");
    // §五5: veterans, seasonal and flexible workers follow 甘医保发〔2021〕55号.
    let n = note(&input(ZY, Status::Adult, None, ""), "§五5").expect("§五5");
    assert!(n.text.zh.contains("甘医保发〔2021〕55号"), "{n:?}");
    // §五2: students' reimbursement not reduced by the referral rule.
    let n = note(&input(ZY, Status::CollegeStudent, None, ""), "§五2").expect("§五2");
    assert!(n.text.zh.contains("不受转外就医调减比例"), "{n:?}");
    // 穗人社函〔2014〕1366号 §三(二): 公费医疗 students, how they enroll is not stated.
    let n = note(&input(GZ14, Status::SchoolStudent, None, ""), "§三(二)").expect("§三(二)");
    assert!(n.text.zh.contains("公费医疗") && n.text.zh.contains("请咨询"), "{n:?}");
}

/// 区医保发〔2022〕69号: the 250 line's "当月参保，次月资助" is §四(二)3's sentence, so it cites it.
#[test]
fn citations_name_the_clause_of_each_sentence() {
    let out = run(&input(ZY, Status::Adult, None, "dibao-rural-1"));
    let line = &out.assistance.lines[0];
    assert!(line.reason.text().zh.contains("当月参保，次月资助"));
    assert_eq!(line.citation.clause, "§四(一)2、§四(二)2、§四(二)3");
    // 肇庆: the document is named as what it is, and its title is marked as ours.
    let zq = find(PolicyKey { region: Region::Zhaoqing, year: 2022 }).unwrap();
    assert_eq!(zq.document_number(), "肇庆市2022年度在校学生参保通知（未载文号）");
    assert!(zq.data.title_supplied);
}
