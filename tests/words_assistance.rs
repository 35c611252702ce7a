//! The assistance decision is typed (`AssistDecision`) and worded only by the catalogue
//! (`yibao::words::assistance`), in both languages. Each row quotes the notice's rule.

use chrono::NaiveDate;
use yibao::domain::inputs::{Assist, Status};
use yibao::domain::lang::Lang;
use yibao::domain::money::Money;
use yibao::domain::policy::{calculate, find, AssistDecision, CalcInput, NotAdded, PolicyKey, Region};

fn outcome(region: Region, status: Status, assist: &[Assist], birth: Option<NaiveDate>) -> yibao::domain::policy::Outcome {
    let policy = find(PolicyKey { region, year: 2022 }).expect("a built-in notice");
    let input = CalcInput {
        key: policy.key,
        status,
        hukou: None,
        assist: assist.to_vec(),
        birth,
        date: NaiveDate::from_ymd_opt(2021, 10, 1).unwrap(),
    };
    calculate(policy, &input)
}

#[test]
fn full_funding_wins_and_the_other_identity_does_not_add() {
    // 梅市医保〔2021〕7号: 特困 … 个人缴费部分由医疗救助全额资助 (no stated stacking rule).
    let o = outcome(Region::Meizhou, Status::Adult, &[Assist::Tekun, Assist::Dibao], None);
    assert_eq!(
        o.assistance.decision,
        AssistDecision::Applies { winner: Assist::Tekun, others: vec![Assist::Dibao], rule: NotAdded::AlreadyFull }
    );
    let zh = yibao::words::assistance(&o.assistance, Lang::Zh);
    assert!(zh.starts_with("适用身份：特困人员（特困供养对象）。"), "{zh}");
    assert!(zh.ends_with("其他身份（低保对象（类别不详））不叠加：个人缴费已全额资助，资助不会超过个人缴费。"), "{zh}");
    let en = yibao::words::assistance(&o.assistance, Lang::En);
    assert!(en.starts_with("Applies: Person in extreme poverty (特困). "), "{en}");
    assert!(en.ends_with("do not add: the whole individual contribution is already funded, and funding never exceeds it."), "{en}");
}

#[test]
fn an_unsettled_tier_could_beat_the_settled_one() {
    // 区医保发〔2022〕69号 §四(一)2: 低保 by class; the class decides, so the figure is open.
    let o = outcome(Region::ZhangyeGanzhou, Status::Newborn, &[Assist::Dibao, Assist::DibaoRural1], None);
    match &o.assistance.decision {
        AssistDecision::Open { best: Some((code, value)), .. } => {
            assert_eq!((*code, *value), (Assist::DibaoRural1, Money::exact(250, 0)));
        }
        other => panic!("expected an open decision, got {other:?}"),
    }
    let zh = yibao::words::assistance(&o.assistance, Lang::Zh);
    assert!(zh.ends_with("（另一身份农村一类低保可得 ¥250.00，但未定金额可能更高。）"), "{zh}");
    let en = yibao::words::assistance(&o.assistance, Lang::En);
    assert!(en.contains("gives ¥250.00, but the unsettled amount may be higher."), "{en}");
}

#[test]
fn none_applies_says_why_for_each_identity() {
    // 梅市医保〔2021〕7号: 农村纯生二女结扎家庭成员 … 女孩须在14周岁以内（含14周岁）.
    let o = outcome(Region::Meizhou, Status::CollegeStudent, &[Assist::TwoDaughters], NaiveDate::from_ymd_opt(2000, 1, 1));
    assert_eq!(o.assistance.decision, AssistDecision::NoneApplies);
    let zh = yibao::words::assistance(&o.assistance, Lang::Zh);
    assert!(zh.starts_with("本通知下不适用参保资助。农村纯生二女结扎家庭成员："), "{zh}");
    assert!(zh.contains("超过14周岁的年龄限制"), "{zh}");
    assert!(yibao::words::assistance(&o.assistance, Lang::En).starts_with("No assistance applies under this notice. "));
}

#[test]
fn no_identity_chosen() {
    let o = outcome(Region::Meizhou, Status::Adult, &[], None);
    assert_eq!(o.assistance.decision, AssistDecision::NoneChosen);
    assert_eq!(yibao::words::assistance(&o.assistance, Lang::Zh), "未选择救助身份，不适用参保资助。");
    assert_eq!(yibao::words::assistance(&o.assistance, Lang::En), "No assistance identity chosen: no assistance applies.");
}
