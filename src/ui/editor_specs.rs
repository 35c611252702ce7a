//! What the editor's lists hold (`editor_lists.rs` draws them): for each list of the file
//! format (`policies/README.md`), its path, its words and its fields, each with the clause
//! of the notice it comes from.

use super::editor_lists::{
    code_of, coded_options, codes, filled, filled_text, from_code, from_codes, read_money, AnyList, Field, Kind, Label, List,
};
use crate::domain::inputs::{Assist, Status};
use crate::domain::lang::Text;
use crate::domain::policy::{
    AgeLimit, AssistKind, AssistRule, CitedText, CoverageRule, NotCoveredRule, NoteKind, NoteRule, Office, RefundReason, RefundRule, Route,
    Task, TaskAudience, UnlistedAssist, UnlistedTreat, When, WindowException,
};

const CLAUSE: Label = ("出自的条款，例如 §二(一)", "Clause it comes from, e.g. §二(一)");
const TEXT: Label = ("通知的说明", "What the notice says");
const ASK: Label = ("咨询哪个机构", "Office to ask");
const WHEN: Label = ("适用于谁（不选：所有人）", "Who it applies to (nothing chosen: everyone)");

/// A required text field `x.$f`.
macro_rules! text {
    ($key:literal, $label:expr, $f:ident) => {
        Field { key: $key, label: $label, kind: Kind::Text(|x| x.$f.clone(), |x, v| x.$f = v) }
    };
}

/// An optional text field (empty: absent).
macro_rules! opt_text {
    ($key:literal, $label:expr, $f:ident) => {
        Field { key: $key, label: $label, kind: Kind::Text(|x| x.$f.clone().unwrap_or_default(), |x, v| x.$f = filled(v)) }
    };
}

/// A required text in both languages.
macro_rules! both {
    ($key:literal, $label:expr, $f:ident) => {
        Field { key: $key, label: $label, kind: Kind::Both(|x| x.$f.clone(), |x, v| x.$f = v) }
    };
}

/// An optional text in both languages (both empty: absent).
macro_rules! opt_both {
    ($key:literal, $label:expr, $f:ident) => {
        Field { key: $key, label: $label, kind: Kind::Both(|x| x.$f.clone().unwrap_or_default(), |x, v| x.$f = filled_text(v)) }
    };
}

/// The codes of a closed set (`Status`, `Assist`, …) as checkboxes.
macro_rules! many {
    ($key:literal, $label:expr, $t:ty, $f:ident) => {
        Field { key: $key, label: $label, kind: Kind::Many(coded_options::<$t>, |x| codes(&x.$f), |x, v| x.$f = from_codes(&v)) }
    };
}

/// One of the options of an enum of the file format.
macro_rules! choice {
    ($key:literal, $label:expr, $options:expr, $f:ident) => {
        Field {
            key: $key,
            label: $label,
            kind: Kind::Choice(
                $options,
                |x| code_of(&x.$f),
                |x, v| {
                    if let Some(c) = from_code(v) {
                        x.$f = c
                    }
                },
            ),
        }
    };
}

/// One of the draft's offices.
macro_rules! office {
    ($key:literal, $label:expr, $f:ident) => {
        Field { key: $key, label: $label, kind: Kind::Office(|x| x.$f.clone(), |x, v| x.$f = v) }
    };
}

/// The clause an item comes from.
macro_rules! clause {
    () => {
        text!("clause", CLAUSE, clause)
    };
}

pub static OFFICES: List<Office> = List {
    path: "offices",
    heading: ("经办机构", "Offices"),
    item: ("经办机构", "office"),
    hint: (
        "通知中写明的咨询和经办机构。机构编号由您自定，其他条目用它指这个机构。",
        "The offices the notice names. You choose each office's id; other entries refer to the office by it.",
    ),
    single: false,
    min: 0,
    max: 60,
    get: |d| d.offices.clone(),
    set: |d, v| d.offices = v,
    new: |_| Office { id: String::new(), name: Text::default(), phone: None, address: None, directory: false, clause: String::new() },
    fields: &[
        text!(
            "id",
            ("机构编号（小写字母、数字和连字符，例如 city-office）", "Office id (lowercase letters, digits and hyphens, e.g. city-office)"),
            id
        ),
        both!("name", ("机构名称", "Office name"), name),
        opt_text!("phone", ("电话（通知写明时填写）", "Phone (where the notice gives one)"), phone),
        opt_both!("address", ("地址（通知写明时填写）", "Address (where the notice gives one)"), address),
        Field {
            key: "directory",
            label: ("只是附件名录中的机构（没有规则指向它）", "Only listed in a directory annex (no rule refers to it)"),
            kind: Kind::Flag(|x| x.directory, |x, v| x.directory = v),
        },
        clause!(),
    ],
};

pub static COVERAGE: List<CoverageRule> = List {
    path: "coverage",
    heading: ("参保范围", "Who is covered"),
    item: ("参保人群", "covered group"),
    hint: ("通知规定可以参保的人群，至少一项。", "The people the notice lets enroll: at least one group."),
    single: false,
    min: 0,
    max: 30,
    get: |d| d.coverage.clone(),
    set: |d, v| d.coverage = v,
    new: |_| CoverageRule { statuses: Vec::new(), clause: String::new(), note: None },
    fields: &[
        many!("statuses", ("哪些人", "Who"), Status, statuses),
        clause!(),
        opt_both!("note", ("补充说明（可不填）", "Remark (optional)"), note),
    ],
};

pub static NOT_COVERED: List<NotCoveredRule> = List {
    path: "not_covered",
    heading: ("不在参保范围的人", "People the notice does not cover"),
    item: ("不在参保范围的人", "people not covered"),
    hint: ("计算器对不在上述范围的人显示的话。", "What the calculator tells someone outside the groups above."),
    single: true,
    min: 1,
    max: 1,
    get: |d| vec![d.not_covered.clone()],
    set: |d, v| {
        if let Some(x) = v.into_iter().next() {
            d.not_covered = x
        }
    },
    new: |_| NotCoveredRule { text: Text::default(), clause: String::new(), ask: String::new() },
    fields: &[both!("text", ("告诉他们的话", "What they are told"), text), clause!(), office!("ask", ASK, ask)],
};

const ASSIST_KINDS: &[(&str, Label)] = &[
    ("full", ("全额资助个人缴费", "The whole contribution is paid for them")),
    ("fixed", ("定额资助（填写金额）", "A fixed amount (enter it)")),
    ("unknown", ("通知写了这类人，但未写明金额", "The notice names them but states no amount")),
    ("elsewhere", ("按其他政策参保（本通知不写金额）", "They enroll under another policy (no amount here)")),
];

const PAYMENT_MODES: &[(&str, Label)] = &[
    ("", ("未写明", "Not stated")),
    ("funded-directly", ("财政直接代缴，本人不用先交", "Paid directly by the fund: the person pays nothing first")),
    ("pay-first-reimbursed", ("先缴后补：本人先全额缴费，之后补回", "Pay first, reimbursed later")),
];

pub static ASSISTANCE: List<AssistRule> = List {
    path: "assistance",
    heading: ("资助档次", "Assistance lines"),
    item: ("资助档次", "assistance line"),
    hint: (
        "通知资助表的每一行。同一身份只能出现在一行中；有“就高不重复”规定时，见下方的勾选项。",
        "Each line of the notice's assistance table. An identity may be in one line only; for the highest-not-cumulative rule see the box below.",
    ),
    single: false,
    min: 0,
    max: 40,
    get: |d| d.assistance.clone(),
    set: |d, v| d.assistance = v,
    new: |_| AssistRule {
        codes: Vec::new(),
        kind: AssistKind::Fixed,
        amount: None,
        max: None,
        payment: None,
        clause: String::new(),
        text: Text::default(),
        ask: None,
        age_limit: None,
        payment_clause: None,
    },
    fields: ASSIST_FIELDS,
};

const ASSIST_FIELDS: &[Field<AssistRule>] = &[
    many!("codes", ("哪些资助身份", "Which assistance identities"), Assist, codes),
    choice!("kind", ("资助方式", "What they get"), ASSIST_KINDS, kind),
    Field {
        key: "amount",
        label: ("资助金额（元，定额资助时填写）", "Amount (yuan, for a fixed amount)"),
        kind: Kind::Parsed(|x| x.amount.map(|m| m.decimal().to_string()).unwrap_or_default(), |x, v| read_money(v).map(|m| x.amount = m)),
    },
    Field {
        key: "max",
        label: ("资助上限（元，未写明金额但写了上限时填写）", "Upper bound (yuan, where no amount but a bound is stated)"),
        kind: Kind::Parsed(|x| x.max.map(|m| m.decimal().to_string()).unwrap_or_default(), |x, v| read_money(v).map(|m| x.max = m)),
    },
    Field {
        key: "payment",
        label: ("资助怎样到位", "How the assistance is paid"),
        kind: Kind::Choice(PAYMENT_MODES, |x| x.payment.as_ref().map(code_of).unwrap_or_default(), |x, v| x.payment = from_code(v)),
    },
    opt_text!(
        "payment_clause",
        ("资助方式出自的条款（与下面的条款不同时填写）", "Clause of how it is paid (where it differs from the one below)"),
        payment_clause
    ),
    clause!(),
    both!("text", TEXT, text),
    Field {
        key: "ask",
        label: ("未写明金额时咨询哪个机构", "Office to ask where no amount is stated"),
        kind: Kind::Office(|x| x.ask.clone().unwrap_or_default(), |x, v| x.ask = filled(v)),
    },
    Field {
        key: "age_limit.max_full_years",
        label: ("年龄上限（周岁；没有年龄限制则留空）", "Age limit (full years; empty where there is none)"),
        kind: Kind::Parsed(|x| x.age_limit.as_ref().map(|a| a.max_full_years.to_string()).unwrap_or_default(), set_age_limit),
    },
    Field {
        key: "age_limit.statuses",
        label: ("年龄上限适用于哪些人（先填年龄上限）", "Who the age limit applies to (enter the limit first)"),
        kind: Kind::Many(
            coded_options::<Status>,
            |x| x.age_limit.as_ref().map(|a| codes(&a.statuses)).unwrap_or_default(),
            |x, v| {
                if let Some(a) = x.age_limit.as_mut() {
                    a.statuses = from_codes(&v)
                }
            },
        ),
    },
    Field {
        key: "age_limit.text",
        label: ("年龄上限的说明（先填年龄上限）", "What the notice says about the age limit (enter the limit first)"),
        kind: Kind::Both(
            |x| x.age_limit.as_ref().map(|a| a.text.clone()).unwrap_or_default(),
            |x, v| {
                if let Some(a) = x.age_limit.as_mut() {
                    a.text = v
                }
            },
        ),
    },
];

fn set_age_limit(x: &mut AssistRule, v: &str) -> Result<(), Text> {
    if v.trim().is_empty() {
        x.age_limit = None;
        return Ok(());
    }
    let years: u32 = v
        .trim()
        .parse()
        .map_err(|_| Text::new("请只用数字填写周岁，例如 18。", "enter the age in full years, in digits only, for example 18."))?;
    x.age_limit.get_or_insert_with(|| AgeLimit { statuses: Vec::new(), max_full_years: years, text: Text::default() }).max_full_years =
        years;
    Ok(())
}

const UNLISTED_TREAT: &[(&str, Label)] = &[
    ("none", ("资助表已列全：其他身份不资助", "The table is complete: other identities get nothing")),
    ("unknown", ("通知没有说清：请他们咨询", "The notice does not settle it: they should ask")),
];

pub static UNLISTED: List<UnlistedAssist> = List {
    path: "unlisted_assist",
    heading: ("资助表未列出的身份", "Identities the table does not list"),
    item: ("资助表未列出的身份", "identities not listed"),
    hint: (
        "有资助身份、但资助表中没有这一身份的人，计算器怎样回答。",
        "What the calculator answers for an assistance identity the table does not list.",
    ),
    single: true,
    min: 1,
    max: 1,
    get: |d| vec![d.unlisted_assist.clone()],
    set: |d, v| {
        if let Some(x) = v.into_iter().next() {
            d.unlisted_assist = x
        }
    },
    new: |_| UnlistedAssist { treat_as: UnlistedTreat::Unknown, text: Text::default(), clause: String::new(), ask: String::new() },
    fields: &[
        choice!("treat_as", ("按哪种情况处理", "How they are treated"), UNLISTED_TREAT, treat_as),
        both!("text", TEXT, text),
        clause!(),
        office!("ask", ASK, ask),
    ],
};

/// The fields of an enrollment route and of a payment channel.
const ROUTE_FIELDS: &[Field<Route>] = &[
    opt_text!(
        "id",
        (
            "途径编号（缴费渠道或说明要区分参保途径时填写，例如 school）",
            "Route id (where channels or remarks depend on the route, e.g. school)"
        ),
        id
    ),
    opt_both!(
        "name",
        ("经办方名称（与途径编号一起填写，例如“学校”）", "Who the route goes through (with the id, e.g. “the school”)"),
        name
    ),
    Field { key: "when", label: WHEN, kind: Kind::When(|x| x.when.clone(), |x, v| x.when = v) },
    clause!(),
    both!("text", TEXT, text),
];

fn new_route(_: &crate::domain::policy::PolicyData) -> Route {
    Route { id: None, name: None, when: When::default(), clause: String::new(), text: Text::default() }
}

pub static ENROLL: List<Route> = List {
    path: "enroll",
    heading: ("参保途径", "Enrollment routes"),
    item: ("参保途径", "enrollment route"),
    hint: ("按顺序排列：计算器用第一条适用的途径。至少一条。", "In order: the calculator uses the first that applies. At least one."),
    single: false,
    min: 0,
    max: 30,
    get: |d| d.enroll.clone(),
    set: |d, v| d.enroll = v,
    new: new_route,
    fields: ROUTE_FIELDS,
};

pub static PAY: List<Route> = List {
    path: "pay",
    heading: ("缴费渠道", "Payment channels"),
    item: ("缴费渠道", "payment channel"),
    hint: ("通知写明的缴费方式，每种适用于哪些人。", "The ways to pay the notice gives, and who each is for."),
    single: false,
    min: 0,
    max: 30,
    get: |d| d.pay.clone(),
    set: |d, v| d.pay = v,
    new: new_route,
    fields: ROUTE_FIELDS,
};

const NOTE_KINDS: &[(&str, Label)] = &[
    ("eligibility", ("参保资格和范围", "Who may enroll")),
    ("waiting", ("待遇等待期", "Waiting period")),
    ("general", ("其他", "Anything else")),
];

pub static NOTES: List<NoteRule> = List {
    path: "notes",
    heading: ("其他说明", "Other remarks"),
    item: ("说明", "remark"),
    hint: ("显示给相关人员的其他说明。", "Other remarks shown to the people they concern."),
    single: false,
    min: 0,
    max: 40,
    get: |d| d.notes.clone(),
    set: |d, v| d.notes = v,
    new: |_| NoteRule { kind: NoteKind::General, when: When::default(), clause: String::new(), text: Text::default() },
    fields: &[
        choice!("kind", ("说明的种类", "Kind of remark"), NOTE_KINDS, kind),
        Field { key: "when", label: WHEN, kind: Kind::When(|x| x.when.clone(), |x, v| x.when = v) },
        clause!(),
        both!("text", TEXT, text),
    ],
};

const AUDIENCES: &[(&str, Label)] =
    &[("school", ("学校", "Schools")), ("township", ("乡镇（街道）", "Townships")), ("office", ("医保经办机构", "Insurance offices"))];

pub static TASKS: List<Task> = List {
    path: "tasks",
    heading: ("学校、乡镇和经办机构的时间节点", "Dates for schools, townships and offices"),
    item: ("时间节点", "dated task"),
    hint: (
        "只显示给工作人员；参保人的日期是缴费期和退费截止日。“X日前”按“X日当天及以前”填写 X 日。",
        "Shown to staff only; the applicants' dates are the window and the refund deadline. For “by X” enter X.",
    ),
    single: false,
    min: 0,
    max: 40,
    get: |d| d.tasks.clone(),
    set: |d, v| d.tasks = v,
    new: |d| Task {
        date: d.window.end,
        audience: TaskAudience::Office,
        who: Text::default(),
        text: Text::default(),
        clause: String::new(),
    },
    fields: &[
        Field {
            key: "date",
            label: ("日期（年-月-日）", "Date (year-month-day)"),
            kind: Kind::Parsed(
                |x| x.date.to_string(),
                |x, v| super::editor::read_date(v).and_then(|d| d.ok_or_else(super::editor::date_problem)).map(|d| x.date = d),
            ),
        },
        choice!("audience", ("由谁办理", "Whose task it is"), AUDIENCES, audience),
        both!("who", ("办理单位", "Who does it"), who),
        both!("text", ("要做的事", "What is to be done"), text),
        clause!(),
    ],
};

pub static REFUND: List<RefundRule> = List {
    path: "refund",
    heading: ("退费规定", "Refund rules"),
    item: ("退费规定", "refund rules"),
    hint: (
        "通知没有退费规定时不要添加，并在下面填写咨询退费的机构。",
        "Add none where the notice has no refund rules; then give the office to ask below.",
    ),
    single: true,
    min: 0,
    max: 1,
    get: |d| d.refund.iter().cloned().collect(),
    set: |d, v| d.refund = v.into_iter().next(),
    new: |_| RefundRule {
        reasons: Vec::new(),
        clause: String::new(),
        text: Text::default(),
        deadline: None,
        deadline_clause: None,
        until_benefit_start: true,
        own_part_only: false,
        ask: String::new(),
        procedure_document: None,
    },
    fields: REFUND_FIELDS,
};

const REFUND_FIELDS: &[Field<RefundRule>] = &[
    many!("reasons", ("可以退费的情形", "When a refund is given"), RefundReason, reasons),
    clause!(),
    both!("text", TEXT, text),
    Field {
        key: "deadline",
        label: ("申请退费的截止日（年-月-日；未写明则留空）", "Last day to apply (year-month-day; empty where not stated)"),
        kind: Kind::Parsed(
            |x| x.deadline.map(|d| d.to_string()).unwrap_or_default(),
            |x, v| super::editor::read_date(v).map(|d| x.deadline = d),
        ),
    },
    opt_text!("deadline_clause", ("截止日出自的条款", "Clause of the last day"), deadline_clause),
    Field {
        key: "until_benefit_start",
        label: ("待遇期开始后不再退费", "No refund once the benefit period has begun"),
        kind: Kind::Flag(|x| x.until_benefit_start, |x, v| x.until_benefit_start = v),
    },
    Field {
        key: "own_part_only",
        label: ("受资助的人只退本人缴纳的部分", "Assisted people get back only their own part"),
        kind: Kind::Flag(|x| x.own_part_only, |x, v| x.own_part_only = v),
    },
    office!("ask", ASK, ask),
    opt_text!(
        "procedure_document",
        ("退费办法依据的文件（通知提到时填写）", "The document for the refund procedure (where the notice names one)"),
        procedure_document
    ),
];

pub static EXCEPTIONS: List<WindowException> = List {
    path: "window.exceptions",
    heading: ("不适用这个缴费期的人", "People this window does not apply to"),
    item: ("例外", "exception"),
    hint: (
        "通知让某些人按另一份文件缴费时（例如新生儿）。",
        "Where the notice sends some people to another document (newborns, for example).",
    ),
    single: false,
    min: 0,
    max: 10,
    get: |d| d.window.exceptions.clone(),
    set: |d, v| d.window.exceptions = v,
    new: |_| WindowException {
        statuses: Vec::new(),
        clause: String::new(),
        text: Text::default(),
        document: String::new(),
        ask: String::new(),
    },
    fields: &[
        many!("statuses", ("哪些人", "Who"), Status, statuses),
        clause!(),
        both!("text", TEXT, text),
        text!("document", ("改按哪份文件（文号）", "The document that applies instead (its number)"), document),
        office!("ask", ASK, ask),
    ],
};

pub static AFTER_CLOSE: List<CitedText> = List {
    path: "window.after_close",
    heading: ("缴费期结束以后", "After the window closes"),
    item: ("缴费期结束以后", "after the window closes"),
    hint: (
        "通知写明逾期怎样处理时添加（例如“逾期不予补缴”）。",
        "Add where the notice says what happens after the deadline (e.g. no late payment).",
    ),
    single: true,
    min: 0,
    max: 1,
    get: |d| d.window.after_close.iter().cloned().collect(),
    set: |d, v| d.window.after_close = v.into_iter().next(),
    new: |_| CitedText { clause: String::new(), text: Text::default() },
    fields: &[clause!(), both!("text", TEXT, text)],
};

/// Every list, for finding where a checker's finding belongs.
pub static ALL: [&'static dyn AnyList; 12] =
    [&OFFICES, &COVERAGE, &NOT_COVERED, &ASSISTANCE, &UNLISTED, &ENROLL, &PAY, &NOTES, &TASKS, &REFUND, &EXCEPTIONS, &AFTER_CLOSE];
