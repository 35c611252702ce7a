//! Every label of the page (headings, buttons, hints, the words around figures) in both
//! languages, one module per view: the views render them with `.get(lang)`. Sentences
//! that carry data are worded by the other modules of the catalogue.

/// A label in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Label {
    /// The label in `lang`.
    pub const fn get(self, lang: crate::domain::lang::Lang) -> &'static str {
        match lang {
            crate::domain::lang::Lang::Zh => self.zh,
            crate::domain::lang::Lang::En => self.en,
        }
    }
}

/// The labels of `ui/checked_fields.rs`.
pub mod checked_fields {
    use super::Label;

    pub const ERROR: Label = Label { zh: "错误：", en: "Error: " };
    pub const WARNING: Label = Label { zh: "提醒：", en: "Warning: " };
    pub const CHOOSE: Label = Label { zh: "请选择", en: "Choose" };
    pub const THERE_IS_A_PROBLEM: Label = Label { zh: "表格中有需要改正的内容", en: "There is a problem" };
    pub const PLEASE_CHECK_THESE_DO_NOT: Label =
        Label { zh: "请核对以下内容（不影响提交）", en: "Please check (these do not stop the form)" };
}

/// The labels of `ui/editor.rs`.
pub mod editor {
    use super::Label;

    pub const NOTICE_EDITOR_FOR_STAFF: Label = Label { zh: "通知编辑器（供工作人员使用）", en: "Notice editor (for staff)" };
    pub const FILL_IN_WHAT_THIS_YEAR: Label = Label { zh: "按今年通知的内容填写，右侧的计算结果随之更新。完成后下载文件，放到本网站的 notices/ 文件夹中。草稿只保存在本页面中，不会发送到任何地方；关闭页面前请先下载。", en: "Fill in what this year's notice says; the calculator beside the draft follows. Then download the file and put it in this site's notices/ folder. The draft stays in this page only and is sent nowhere: download it before you close the page." };
    pub const CHECK_AND_DOWNLOAD_THE_NOTICE: Label = Label { zh: "检查并下载通知文件", en: "Check and download the notice file" };
    pub const START_FROM_THIS_NOTICE: Label = Label { zh: "从哪份通知开始", en: "Start from this notice" };
    pub const CHOOSING_ONE_REPLACES_THE_DRAFT: Label = Label {
        zh: "选择后，下面的内容换成这份通知的内容（未下载的修改会丢失）。",
        en: "Choosing one replaces the draft below with that notice (changes not downloaded are lost).",
    };
    pub const PAYMENT_WINDOW_AND_BENEFIT_PERIOD: Label = Label { zh: "缴费期和待遇期", en: "Payment window and benefit period" };
    pub const NOT_STATED: Label = Label { zh: "未写明", en: "not stated" };
    pub const THE_CALCULATOR_WITH_THIS_DRAFT: Label = Label { zh: "计算结果预览", en: "The calculator with this draft" };
    pub const WHO_IS_ENROLLING: Label = Label { zh: "参保身份", en: "Who is enrolling" };
    pub const ASSISTANCE_IDENTITIES: Label = Label { zh: "资助身份", en: "Assistance identities" };
    pub const WORKED_OUT_FOR_THE_FIRST: Label = Label {
        zh: "按缴费期第一天计算；未回答的问题不计。",
        en: "Worked out for the first day of the payment window; questions not answered are left out.",
    };
    pub const THE_DRAFT_STILL_HAS_PROBLEMS: Label = Label {
        zh: "草稿中还有需要改正的内容（见上方的错误摘要）；改正后这里显示计算结果。",
        en: "The draft still has problems (see the summary above); the result shows here once they are fixed.",
    };
    pub const PUT_THE_FILE_IN_THIS: Label = Label {
        zh: "把这个文件放到本网站的 notices/ 文件夹中（与 index.html 同一层的 notices 文件夹；没有就新建）。",
        en: "Put the file in this site's notices/ folder (a folder named notices beside index.html; create it if there is none).",
    };
    pub const PUT_INDEX_JSON_IN_THE: Label = Label {
        zh: "在同一文件夹中放入 index.json，列出所有通知文件，内容如下：",
        en: "Put index.json in the same folder, listing every notice file, like this:",
    };
    pub const DOWNLOAD_INDEX_JSON: Label = Label { zh: "下载 index.json", en: "Download index.json" };
    pub const OPEN_THE_SITE_AGAIN_THE: Label = Label { zh: "重新打开本网站后，这份通知会出现在地区列表中，并标明“由本网站发布”。未通过检查的文件不会向公众显示，页面底部会列出原因。", en: "Open the site again: the notice appears in the list of regions, marked as published with this site. A file that fails the checks is not shown to the public; the foot of the page says why." };
}

/// The labels of `ui/forms.rs`.
pub mod forms {
    use super::Label;

    pub const CHECK_THE_FORM: Label = Label { zh: "检查表格", en: "Check the form" };
    pub const PRINT: Label = Label { zh: "打印", en: "Print" };
    pub const CLEAR_THE_FORM: Label = Label { zh: "清空表格", en: "Clear the form" };
    pub const PRINTING_HAPPENS_ON_YOUR_OWN: Label = Label { zh: "打印在您自己的电脑上进行；表格内容不会被发送或保存，关闭或刷新页面后即清除。", en: "Printing happens on your own computer; nothing in the form is sent or stored, and it is gone when you close or reload the page." };
    pub const NO_ERRORS_FOUND: Label = Label { zh: "没有发现需要改正的错误。", en: "No errors found." };
    pub const YOU_CAN_PRINT_THE_FORM: Label = Label {
        zh: "可以打印本表格，或按表格内容到经办机构办理。",
        en: "You can print the form, or use what it says at the office.",
    };
    pub const HUKOU_PLACE_OR_WHERE_THE: Label =
        Label { zh: "户籍所在地（居住证登记地）", en: "Hukou place (or where the residence permit was registered)" };
    pub const FILL_IN_SEX_AND_DATE: Label =
        Label { zh: "按证件号码填写性别和出生日期", en: "Fill in sex and date of birth from the ID number" };
    pub const SEX_AND_DATE_OF_BIRTH: Label = Label {
        zh: "已按证件号码填写性别和出生日期，请核对。",
        en: "Sex and date of birth were filled in from the ID number; please check them.",
    };
    pub const ACCOUNT: Label = Label { zh: "账号信息", en: "Account" };
    pub const UNIT: Label = Label { zh: "企业信息", en: "Unit" };
    pub const AGENT: Label = Label { zh: "经办人信息", en: "Agent (经办人)" };
}

/// The labels of `ui/household.rs`.
pub mod household {
    use super::Label;

    pub const FAMILY_MEMBERS: Label = Label { zh: "家庭成员", en: "Family members" };
    pub const GIVE_EACH_MEMBER_A_NAME: Label = Label { zh: "每位成员只需一个称呼（如“小明”），不填则显示为“成员 1、2…”。不要填写证件号码。出生日期只保存在本页面中，不会写入链接。", en: "Give each member a name you recognise (\"Xiaoming\"), or leave it empty for \"Member 1, 2…\". Never enter ID numbers. Dates of birth stay on this page and never go into the link." };
    pub const ADD_A_MEMBER: Label = Label { zh: "＋ 添加成员", en: "+ Add a member" };
    pub const SEE_THE_FAMILY_S_RESULT: Label = Label { zh: "查看全家结果 ↓", en: "See the family's result ↓" };
    pub const FAMILY_PAYS_NOW: Label = Label { zh: "全家现在缴 ", en: "Family pays now " };
    pub const IN_THE_END: Label = Label { zh: "最终负担 ", en: "in the end " };
    pub const HUKOU_TYPE_OPTIONAL: Label = Label { zh: "户籍类型（选填）", en: "Hukou type (optional)" };
    pub const DATE_OF_BIRTH_OPTIONAL_NEEDED: Label = Label {
        zh: "出生日期（选填；按年龄规定时需要）",
        en: "Date of birth (optional; needed where a rule depends on age)",
    };
    pub const NAME_OPTIONAL: Label = Label { zh: "称呼（选填）", en: "Name (optional)" };
    pub const WHO_IS_ENROLLING: Label = Label { zh: "参保身份", en: "Who is enrolling" };
    pub const ASSISTANCE_IDENTITIES_OPTIONAL_TICK_ALL: Label =
        Label { zh: "资助身份（选填，可多选）", en: "Assistance identities (optional; tick all that apply)" };
    pub const MOVE_UP: Label = Label { zh: "上移：", en: "Move up: " };
    pub const MOVE_UP_2: Label = Label { zh: "上移", en: "Move up" };
    pub const MOVE_DOWN: Label = Label { zh: "下移：", en: "Move down: " };
    pub const MOVE_DOWN_2: Label = Label { zh: "下移", en: "Move down" };
    pub const REMOVE: Label = Label { zh: "删除：", en: "Remove: " };
    pub const REMOVE_2: Label = Label { zh: "删除", en: "Remove" };
    pub const A_MEMBER_S_AMOUNT_DEPENDS: Label = Label {
        zh: "（有成员的金额取决于尚未回答的问题，见下方）",
        en: " (a member's amount depends on a question not yet answered; see below)",
    };
    pub const YOUR_FAMILY_S_RESULT: Label = Label { zh: "全家结果", en: "Your family's result" };
    pub const CHOOSE_YOUR_REGION_AND_THE: Label =
        Label { zh: "请先选择地区和通知年度。", en: "Choose your region and the notice year first." };
    pub const ADD_THE_MEMBERS_OF_YOUR: Label = Label { zh: "请添加家庭成员。", en: "Add the members of your family." };
    pub const DEADLINES_EXPLAINED_AS_OF: Label = Label { zh: "期限按此日期说明：", en: "Deadlines explained as of: " };
    pub const PRINTED_ON: Label = Label { zh: "打印日期：", en: "Printed on: " };
    pub const YOUR_FAMILY_PAYS_AT_PAYMENT: Label = Label { zh: "全家缴费时需缴纳", en: "Your family pays at payment time" };
    pub const WHAT_YOUR_FAMILY_BEARS_IN: Label = Label { zh: "全家最终个人负担", en: "What your family bears in the end" };
    pub const GOVERNMENT_SUBSIDY_IN_TOTAL: Label = Label { zh: "政府补助合计：", en: "Government subsidy, in total: " };
    pub const BY_WHERE_AND_HOW_YOU: Label = Label { zh: "按缴费方式", en: "By where and how you pay" };
    pub const LAST_DAYS_TO_PAY_EARLIEST: Label =
        Label { zh: "缴费截止日期（最早的在前）", en: "Last days to pay (earliest first)" };
    pub const EACH_MEMBER: Label = Label { zh: "每位成员", en: "Each member" };
    pub const PAYS_AT_PAYMENT_TIME: Label = Label { zh: "缴费时需缴纳", en: "Pays at payment time" };
    pub const BEARS_IN_THE_END: Label = Label { zh: "最终个人负担", en: "Bears in the end" };
    pub const BY_WHEN: Label = Label { zh: "期限：", en: "By when: " };
    pub const WHERE_AND_HOW_TO_ENROLL: Label = Label { zh: "在哪里、怎样参保缴费：", en: "Where and how to enroll and pay:" };
    pub const SOURCES: Label = Label { zh: "依据：", en: "Sources: " };
}

/// The labels of `ui/idcheck.rs`.
pub mod idcheck {
    use super::Label;

    pub const CHECK_IDENTITY_NUMBERS_AND_REGISTRATION: Label =
        Label { zh: "证件号码核验和登记表检查", en: "Check identity numbers and registration forms" };
    pub const WHAT_TO_CHECK: Label = Label { zh: "核验内容", en: "What to check" };
    pub const CHECK_AN_IDENTITY_NUMBER: Label = Label { zh: "核验一个证件号码", en: "Check an identity number" };
    pub const IDENTITY_NUMBER: Label = Label { zh: "证件号码", en: "Identity number" };
    pub const A_RESIDENT_ID_NUMBER_18: Label = Label { zh: "居民身份证（18位或旧式15位）、港澳台居民居住证、外国人永久居留身份证、统一社会信用代码或手机号码。可以带空格，小写 x 也可以。号码只在您的浏览器中核验，不会被发送或保存。", en: "A resident ID number (18 characters, or an old 15-digit one), a residence permit for Hong Kong, Macao and Taiwan residents, a foreigner's permanent residence ID, a unified social credit code or a mobile number. Spaces and a lower-case x are fine. The number is checked only in your browser; it is never sent or stored." };
    pub const CHECK: Label = Label { zh: "核验", en: "Check" };
    pub const WHAT_YOU_ENTERED_WITHOUT_SPACES: Label =
        Label { zh: "您输入的（去掉空格后）：", en: "What you entered, without spaces: " };
    pub const DATE_OF_BIRTH: Label = Label { zh: "出生日期", en: "Date of birth" };
    pub const AGE_TODAY: Label = Label { zh: "年龄（按今天）", en: "Age (today)" };
    pub const SEX: Label = Label { zh: "性别", en: "Sex" };
    pub const ISSUING_REGION: Label = Label { zh: "发证地区", en: "Issuing region" };
    pub const HOME_REGION_HONG_KONG_MACAO: Label =
        Label { zh: "所属地区（港澳台）", en: "Home region (Hong Kong, Macao or Taiwan)" };
    pub const REGION_WHERE_THE_NUMBER_WAS: Label =
        Label { zh: "地区（登记时的户籍地）", en: "Region (where the number was issued)" };
    pub const THE_MATCHING_18_CHARACTER_NUMBER: Label = Label { zh: "对应的18位号码", en: "The matching 18-character number" };
    pub const PLEASE_NOTE: Label = Label { zh: "请注意", en: "Please note" };
    pub const KIND_OF_NUMBER: Label = Label { zh: "号码类型", en: "Kind of number" };
    pub const NORMALISED_GROUPED_FOR_CHECKING: Label =
        Label { zh: "规范写法（分组便于核对）", en: "Normalised (grouped for checking)" };
    pub const MASKED: Label = Label { zh: "遮盖显示", en: "Masked" };
}

/// The labels of `ui/notices.rs`.
pub mod notices {
    use super::Label;

    pub const CHOOSE_YOUR_REGION_AND_THE: Label = Label { zh: "选择地区和通知年度", en: "Choose your region and the notice year" };
    pub const GUANGDONG_NOTICES_ARE_NAMED_BY: Label = Label { zh: "广东各市的通知以待遇年度命名（2022年度：2021年秋季缴费，2022年享受待遇）；甘州区的通知以缴费年度命名。", en: "Guangdong notices are named by the benefit year (2022: pay in autumn 2021, covered in 2022); the Ganzhou (Zhangye) notice is named by the payment year." };
}

/// The labels of `ui/provenance.rs`.
pub mod provenance {
    use super::Label;

    pub const EVERY_OTHER_NOTICE_KEEPS_WORKING: Label = Label { zh: "其他通知不受影响。请按下面的说明改正文件（或用“通知编辑器”重新生成），再放回 notices/ 文件夹。", en: "Every other notice keeps working. Correct each file as said below (or make it again with the notice editor) and put it back in the notices/ folder." };
    pub const SEE_WHY_IN_THE_NOTICE: Label = Label { zh: "在通知编辑器中查看原因", en: "See why in the notice editor" };
}

/// The labels of `ui/result.rs`.
pub mod result {
    use super::Label;

    pub const YOUR_REGION_AND_THE_NOTICE: Label = Label { zh: "地区和通知年度", en: "your region and the notice year" };
    pub const WHO_IS_ENROLLING: Label = Label { zh: "参保身份", en: "who is enrolling" };
    pub const YOUR_RESULT: Label = Label { zh: "结果", en: "Your result" };
    pub const THERE_IS_NO_NOTICE_FOR: Label = Label {
        zh: "没有这个地区和年度的通知，请在上面重新选择。",
        en: "There is no notice for this region and year: choose one above.",
    };
    pub const TO_SEE_YOUR_RESULT_ANSWER: Label = Label { zh: "请先回答：", en: "To see your result, answer: " };
    pub const DEPENDS_ON_YOUR_ANSWER: Label = Label { zh: "（取决于您的回答）", en: " (depends on your answer)" };
    pub const NOT_STATED_IN_THE_NOTICE: Label = Label { zh: "通知未载明", en: "Not stated in the notice" };
    pub const PROVISIONAL: Label = Label { zh: "暂定", en: "Provisional" };
    pub const THIS_NOTICE_CANNOT_BE_FOUND: Label = Label { zh: "找不到这份通知。", en: "This notice cannot be found." };
    pub const WHAT_FOLLOWS_SHOWS_THE_RULES: Label = Label { zh: "以下内容仅供了解当时的规定。本年度的标准和时间请以当地最新通知为准，或咨询当地医疗保障经办机构。", en: "What follows shows the rules of that year only. For this year's amounts and dates, see the latest local notice or ask the local medical insurance office." };
    pub const THIS_NOTICE_DOES_NOT_COVER: Label =
        Label { zh: "这份通知不适用于您选择的情况", en: "This notice does not cover the applicant you described" };
    pub const BREAKDOWN_AND_ASSISTANCE: Label = Label { zh: "费用明细和资助说明", en: "Breakdown and assistance" };
    pub const REFUNDS: Label = Label { zh: "退费", en: "Refunds" };
    pub const YOUR_ANSWERS: Label = Label { zh: "您的回答", en: "Your answers" };
    pub const NOTICE: Label = Label { zh: "通知", en: "Notice" };
    pub const WHO_IS_ENROLLING_2: Label = Label { zh: "参保身份", en: "Who is enrolling" };
    pub const HUKOU: Label = Label { zh: "户籍", en: "Hukou" };
    pub const ASSISTANCE_IDENTITIES: Label = Label { zh: "资助身份", en: "Assistance identities" };
    pub const NONE: Label = Label { zh: "无", en: "None" };
    pub const DATE_OF_BIRTH: Label = Label { zh: "出生日期", en: "Date of birth" };
    pub const DEADLINES_EXPLAINED_AS_OF: Label = Label { zh: "期限按此日期说明", en: "Deadlines explained as of" };
    pub const PRINTED_ON: Label = Label { zh: "打印日期", en: "Printed on" };
    pub const SOURCES: Label = Label { zh: "依据", en: "Sources" };
    pub const A_DESCRIPTION_SUPPLIED_BY_THIS: Label = Label {
        zh: "（本页拟定的名称，并非通知原标题）",
        en: " (a description supplied by this page, not the notice's own title)",
    };
    pub const FOR_SCHOOLS_AND_OFFICES_THE: Label = Label {
        zh: "给学校和经办机构：通知规定的工作时间",
        en: "For schools and offices: the dates the notice sets them",
    };
    pub const PASSED: Label = Label { zh: "（已过）", en: " (passed)" };
    pub const DOWNLOAD_THESE_DATES_ICS: Label = Label { zh: "下载这些工作日期（.ics）", en: "Download these dates (.ics)" };
    pub const YOU_PAY_AT_PAYMENT_TIME: Label = Label { zh: "缴费时需缴纳", en: "You pay at payment time" };
    pub const WHAT_YOU_BEAR_IN_THE: Label = Label { zh: "最终个人负担", en: "What you bear in the end" };
    pub const BY_WHEN: Label = Label { zh: "期限：", en: "By when: " };
    pub const WHERE: Label = Label { zh: "在哪里办：", en: "Where: " };
    pub const WHERE_AND_HOW_TO_ENROLL: Label =
        Label { zh: "在哪里、怎样参保缴费 ↓", en: "Where and how to enroll and pay ↓" };
    pub const BREAKDOWN: Label = Label { zh: "费用明细", en: "Breakdown" };
    pub const ITEM: Label = Label { zh: "项目", en: "Item" };
    pub const AMOUNT: Label = Label { zh: "金额", en: "Amount" };
    pub const SOURCE: Label = Label { zh: "依据", en: "Source" };
    pub const TOTAL_PREMIUM_PER_PERSON: Label = Label { zh: "人均筹资总额", en: "Total premium per person" };
    pub const YOU_BEAR_IN_THE_END: Label = Label { zh: "个人最终负担", en: "You bear in the end" };
    pub const ASSISTANCE_IDENTITY_APPLIED: Label = Label { zh: "适用的资助身份：", en: "Assistance identity applied: " };
    pub const WHY_THIS_ASSISTANCE: Label = Label { zh: "为什么是这个资助金额", en: "Why this assistance" };
    pub const PAY_FIRST_REIMBURSED_AFTER_HOW: Label =
        Label { zh: "先缴后补：钱怎么退回来", en: "Pay first, reimbursed after: how the money comes back" };
    pub const FULLY_FUNDED_YOU_PAY_NOTHING: Label = Label { zh: "全额资助：个人不用缴费", en: "Fully funded: you pay nothing" };
    pub const WHERE_AND_HOW_TO_ENROLL_2: Label = Label { zh: "在哪里、怎样参保缴费", en: "Where and how to enroll and pay" };
    pub const ENROLLING: Label = Label { zh: "参保登记", en: "Enrolling" };
    pub const PAYING: Label = Label { zh: "缴费渠道", en: "Paying" };
    pub const START_NOT_STATED: Label = Label { zh: "（起始日未载明）", en: "(start not stated)" };
    pub const BENEFIT_PERIOD: Label = Label { zh: "待遇享受期：", en: "Benefit period: " };
    pub const PAYMENT_WINDOW_AND_BENEFIT_PERIOD: Label =
        Label { zh: "缴费期和待遇享受期", en: "Payment window and benefit period" };
    pub const BENEFIT_PERIOD_2: Label = Label { zh: "待遇享受期", en: "Benefit period" };
    pub const REFUNDABLE: Label = Label { zh: "可以退费", en: "Refundable" };
    pub const NOT_REFUNDABLE: Label = Label { zh: "不能退费", en: "Not refundable" };
    pub const NOT_SETTLED_BY_THE_NOTICE: Label = Label { zh: "通知未载明", en: "Not settled by the notice" };
    pub const LAST_DAY_TO_APPLY_FOR: Label = Label { zh: "退费申请截止：", en: "Last day to apply for a refund: " };
    pub const BY_REASON_APPLYING_ON_THE: Label =
        Label { zh: "按退费原因，在所选日期申请", en: "By reason, applying on the chosen day" };
    pub const REASON: Label = Label { zh: "退费原因", en: "Reason" };
    pub const OUTCOME: Label = Label { zh: "结果", en: "Outcome" };
    pub const AMOUNT_BACK: Label = Label { zh: "退回金额", en: "Amount back" };
    pub const WAITING_PERIODS_AND_OTHER_ADVICE: Label = Label { zh: "等待期和其他提示", en: "Waiting periods and other advice" };
    pub const NOT_STATED: Label = Label { zh: "未载明", en: "not stated" };
    pub const THIS_NOTICE_DOES_NOT_COVER_2: Label =
        Label { zh: "这份通知不适用于所选情况", en: "This notice does not cover this applicant" };
    pub const CLOSED: Label = Label { zh: "已截止", en: "closed" };
    pub const PAY_NOW: Label = Label { zh: "现在缴 ", en: "Pay now " };
    pub const IN_THE_END: Label = Label { zh: "最终负担 ", en: "in the end " };
    pub const SEE_THE_RESULT: Label = Label { zh: "查看结果 ↓", en: "See the result ↓" };
}

/// The labels of `ui/roster.rs`.
pub mod roster {
    use super::Label;

    pub const CHECK_A_ROSTER: Label = Label { zh: "名单核验", en: "Check a roster" };
    pub const PASTE_A_ROSTER_OR_CHOOSE: Label = Label { zh: "粘贴名单或选择文件（CSV/TSV，第一行为表头），逐行检查证件号码、重复登记、手机号码、性别和出生日期。名单只在本浏览器中处理，不会上传。", en: "Paste a roster or choose a file (CSV/TSV with a header row). Every row is checked: the ID number, repeated rows, the mobile number, sex and date of birth. The roster is processed in this browser only and never uploaded." };
    pub const PASTE_THE_ROSTER: Label = Label { zh: "粘贴名单", en: "Paste the roster" };
    pub const COPY_THE_WHOLE_SHEET_FROM: Label = Label { zh: "从 Excel 复制整张表（含表头）粘贴到这里，或粘贴 CSV 文本。表头应包含“姓名”和“身份证号码”，可选“联系电话”“性别”“出生日期”。按 Ctrl+Enter 或下面的按钮开始检查。", en: "Copy the whole sheet from Excel (header row included) and paste it here, or paste CSV text. The header should have name and ID number columns, and may have mobile number, sex and date of birth. Press Ctrl+Enter or the button below to check." };
    pub const CLEAR: Label = Label { zh: "清除", en: "Clear" };
    pub const EDIT_IN_THE_BOX: Label = Label { zh: "放进输入框编辑", en: "Edit in the box" };
    pub const THE_ROSTER_IS_LARGE_IN: Label = Label {
        zh: "名单很大：放进输入框后，页面可能会卡顿几秒。",
        en: "The roster is large: in the box, the page may freeze for a few seconds.",
    };
    pub const CHECK_ROSTER: Label = Label { zh: "检查名单", en: "Check roster" };
    pub const OR_CHOOSE_A_FILE: Label = Label { zh: "或选择文件", en: "Or choose a file" };
    pub const A_CSV_OR_TXT_FILE: Label = Label {
        zh: "CSV 或 TXT 文件，UTF-8 或 Excel 保存的 GBK 编码均可。选择后立即检查。",
        en: "A CSV or TXT file, in UTF-8 or the GBK encoding Excel saves. It is checked as soon as you choose it.",
    };
    pub const CANCEL: Label = Label { zh: "取消", en: "Cancel" };
    pub const THE_ROSTER_CHECK_COULD_NOT: Label = Label { zh: "名单检查没能在这个浏览器中启动（可能禁用了 Web Worker，或页面文件没有下载完整）。请刷新页面后再试，或使用最新版的 Chrome、Edge、Firefox 或 Safari。", en: "The roster check could not start in this browser (Web Workers may be disabled, or the page's files did not fully download). Reload the page and try again, or use an up-to-date Chrome, Edge, Firefox or Safari." };
    pub const THE_ROSTER_CHECK_FAILED_PERHAPS: Label = Label { zh: "名单检查出错了（可能是内存不足），没有结果。页面的其他功能不受影响。请再试一次，或把名单分成几个文件分别检查。", en: "The roster check failed (perhaps out of memory) and has no result. The rest of the page still works. Try again, or split the roster into several files and check each." };
    pub const THE_CHECK_WAS_CANCELLED_SUBMIT: Label = Label {
        zh: "检查已取消。需要时请重新提交名单。",
        en: "The check was cancelled. Submit the roster again when you are ready.",
    };
    pub const THE_ROSTER_IS_EMPTY_PASTE: Label = Label {
        zh: "名单是空的。请粘贴包含表头（姓名、身份证号码）的名单，或选择一个文件。",
        en: "The roster is empty. Paste a roster with a header row (name, ID number), or choose a file.",
    };
    pub const RESULT: Label = Label { zh: "检查结果", en: "Result" };
    pub const COLUMNS: Label = Label { zh: "列对应", en: "Columns" };
    pub const SOME_COLUMNS_COULD_NOT_BE: Label = Label { zh: "有些列无法从表头确定。请确认下面每一项对应的列，改动后会立即重新检查。", en: "Some columns could not be recognised from the header. Confirm the column of each value below; the roster is checked again as soon as you change one." };
    pub const REQUIRED: Label = Label { zh: "（必填）", en: " (required)" };
    pub const NO_SUCH_COLUMN: Label = Label { zh: "（无此列）", en: "(no such column)" };
    pub const ROSTER_CHECKED_CSV: Label = Label { zh: "名单检查结果.csv", en: "roster-checked.csv" };
    pub const SHOW_ONLY_ROWS_WITH_PROBLEMS: Label = Label { zh: "只显示有问题的行", en: "Show only rows with problems" };
    pub const SHOW_ID_NUMBERS_IN_FULL: Label = Label { zh: "显示完整证件号码", en: "Show ID numbers in full" };
    pub const EXPORT_THE_CHECKED_ROSTER_CSV: Label = Label { zh: "导出检查结果（CSV）", en: "Export the checked roster (CSV)" };
    pub const PROBLEMS: Label = Label { zh: "问题", en: "Problems" };
    pub const NO_PROBLEMS: Label = Label { zh: "无问题", en: "No problems" };
    pub const NEXT_ROW_WITH_A_PROBLEM: Label = Label { zh: "下一个有问题的行", en: "Next row with a problem" };
    pub const LINE: Label = Label { zh: "行号", en: "Line" };
    pub const PROBLEMS_AND_HOW_TO_FIX: Label = Label { zh: "问题及修改方法", en: "Problems and how to fix them" };
    pub const IS_THE_FIRST_ROW_A: Label = Label { zh: "第一行是表头吗？", en: "Is the first row a header?" };
    pub const FIRST_ROW: Label = Label { zh: "第一行：", en: "First row: " };
    pub const YES_THE_FIRST_ROW_NAMES: Label = Label { zh: "是，第一行是列名", en: "Yes: the first row names the columns" };
    pub const NO_THE_FIRST_ROW_IS: Label = Label { zh: "否，第一行就是第一个人", en: "No: the first row is the first person" };
}

/// The labels of `ui/share.rs`.
pub mod share {
    use super::Label;

    pub const COPY_LINK: Label = Label { zh: "复制链接", en: "Copy link" };
    pub const COPIED_THE_LINK_HOLDS_YOUR: Label = Label {
        zh: "已复制：链接只包含您的选择，不含出生日期。",
        en: "Copied: the link holds your choices only, not the date of birth.",
    };
    pub const WORKS_OFFLINE_THIS_PAGE_OPENS: Label = Label {
        zh: "已可离线使用：断网时也能打开本页面。",
        en: "Works offline: this page opens even without a connection.",
    };
    pub const AFTER_THIS_FIRST_VISIT_THE: Label =
        Label { zh: "首次打开后即可离线使用。", en: "After this first visit, the page works offline." };
    pub const EMBED_THE_CALCULATOR_IN_YOUR: Label =
        Label { zh: "在您的网页中嵌入计算器", en: "Embed the calculator in your page" };
    pub const CHOOSE_THE_DEFAULT_REGION_YEAR: Label = Label { zh: "选择默认的地区、年度和身份，预览后复制代码，粘贴到您的信息公开页面。嵌入的页面只向您的页面发送它的高度，不发送其他任何内容。", en: "Choose the default region, year and status, preview, then copy the code into your information page. The embedded page sends your page its height and nothing else." };
    pub const DEFAULT_NOTICE: Label = Label { zh: "默认通知", en: "Default notice" };
    pub const NONE_THE_USER_CHOOSES: Label = Label { zh: "（不预选，由用户选择）", en: "(none: the user chooses)" };
    pub const DEFAULT_STATUS: Label = Label { zh: "默认身份", en: "Default status" };
    pub const LANGUAGE: Label = Label { zh: "语言", en: "Language" };
    pub const CODE_TO_PASTE: Label = Label { zh: "嵌入代码", en: "Code to paste" };
    pub const COPY_THE_CODE: Label = Label { zh: "复制代码", en: "Copy the code" };
    pub const COPIED: Label = Label { zh: "已复制。", en: "Copied." };
    pub const PREVIEW: Label = Label { zh: "预览", en: "Preview" };
    pub const PREVIEW_OF_THE_EMBEDDED_CALCULATOR: Label = Label { zh: "嵌入效果预览", en: "Preview of the embedded calculator" };
    pub const SHOW_ONLY_THIS_NOTICE: Label = Label { zh: "只显示本地区的通知", en: "Show only this notice" };
    pub const THE_EMBEDDED_CALCULATOR_LISTS_ONLY: Label = Label {
        zh: "嵌入的计算器只列出上面选择的通知，用户不能改选其他地区或年度。",
        en: "The embedded calculator lists only the notice chosen above; people cannot switch to another region or year.",
    };
    pub const CHOOSE_A_DEFAULT_NOTICE_ABOVE: Label = Label {
        zh: "先在上面选择默认通知，此项才起作用。",
        en: "Choose a default notice above for this to take effect.",
    };
    pub const QR_CODE_OF_THE_LINK: Label = Label { zh: "二维码：扫码打开下面的链接", en: "QR code of the link below" };
    pub const QR_CODE_AND_POSTER: Label = Label { zh: "二维码和海报", en: "QR code and poster" };
    pub const SCANNING_OPENS_THE_FULL_PAGE: Label = Label {
        zh: "扫码打开完整页面，已选好上面的通知、身份和语言。可以打印成A4海报张贴。",
        en: "Scanning opens the full page with the notice, status and language chosen above. Print it as an A4 poster to put up.",
    };
    pub const PRINT_POSTER: Label = Label { zh: "打印海报", en: "Print poster" };
}

/// The labels of `ui/shell.rs`.
pub mod shell {
    use super::Label;

    pub const EMBEDDED_MEDICAL_INSURANCE_HELPER: Label = Label { zh: "嵌入的医保助手", en: "Embedded medical insurance helper" };
    pub const OPENING: Label = Label { zh: "正在打开…", en: "Opening…" };
    pub const IF_IT_DOES_NOT_OPEN: Label = Label { zh: "如未打开，请点这里", en: "If it does not open, follow this link" };
    pub const CONTRIBUTION_CALCULATOR: Label = Label { zh: "缴费计算", en: "Contribution calculator" };
    pub const ID_NUMBER_CHECK: Label = Label { zh: "号码校验", en: "ID number check" };
    pub const ROSTER_CHECK: Label = Label { zh: "名单校验", en: "Roster check" };
    pub const EMBED_IN_A_WEB_PAGE: Label = Label { zh: "嵌入到网页", en: "Embed in a web page" };
    pub const WHOLE_FAMILY: Label = Label { zh: "全家一起计算", en: "Whole family" };
    pub const NOTICE_EDITOR: Label = Label { zh: "通知编辑器", en: "Notice editor" };
    pub const MEDICAL_INSURANCE_HELPER: Label = Label { zh: "医保助手", en: "Medical insurance helper" };
    pub const EMBEDDED_HELPER_HEADER: Label = Label { zh: "嵌入的医保助手页头", en: "Embedded helper header" };
    pub const SKIP_TO_MAIN_CONTENT: Label = Label { zh: "跳到主要内容", en: "Skip to main content" };
    pub const RESIDENT_MEDICAL_INSURANCE_HELPER: Label = Label { zh: "城乡居民医保助手", en: "Resident Medical Insurance Helper" };
    pub const OPEN_THE_FULL_PAGE_IN: Label = Label { zh: "在新窗口打开完整页面", en: "Open the full page in a new window" };
    pub const TOOLS: Label = Label { zh: "工具", en: "Tools" };
    pub const CHECK_AN_ID_NUMBER: Label = Label { zh: "证件号码核验", en: "Check an ID number" };
    pub const CHECK_A_ROSTER: Label = Label { zh: "名单核验", en: "Check a roster" };
    pub const EMBED_IN_YOUR_PAGE: Label = Label { zh: "嵌入到网页", en: "Embed in your page" };
    pub const NOTICE_EDITOR_STAFF: Label = Label { zh: "通知编辑器（工作人员）", en: "Notice editor (staff)" };
    pub const SOME_OF_THE_LINK_COULD: Label = Label { zh: "链接中有些内容无法识别", en: "Some of the link could not be used" };
    pub const THIS_PAGE_RUNS_ENTIRELY_IN: Label = Label {
        zh: "本页面完全在您的浏览器中运行：您输入的任何内容（包括证件号码）都不会被发送或保存。",
        en: "This page runs entirely in your browser: nothing you type, identity numbers included, is sent or stored.",
    };
    pub const EVERY_AMOUNT_AND_DATE_COMES: Label = Label { zh: "所有金额和日期均摘自各地公开通知，并注明文号和条款；以当地医保经办机构的解释为准。", en: "Every amount and date comes from a public notice, cited by document number and clause; the local medical insurance office has the final word." };
}
