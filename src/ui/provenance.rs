//! Where a notice comes from, on the page: a notice published with this deployment says so
//! (its file and document number), apart from the built-in notices we checked against the
//! source text; and, for staff, which published files were refused and why.

use crate::words::labels as L;
use leptos::prelude::*;

use super::{label_of, tr, State};
use crate::domain::policy::{self, Origin, PolicyKey};

/// The marks of published notices, given (as context) only by the files that read
/// `notices/` (`ui::start_reading_notices`): the other files carry none of this code.
#[derive(Clone, Copy)]
pub struct PublishedMarks {
    origin: fn(PolicyKey) -> AnyView,
    provenance: fn(PolicyKey) -> AnyView,
    report_link: fn() -> AnyView,
}

/// The marks, for `provide_context` in the files that read `notices/`.
pub const MARKS: PublishedMarks = PublishedMarks {
    origin: |key| view! { <OriginMark key /> }.into_any(),
    provenance: |key| view! { <NoticeOrigin key /> }.into_any(),
    report_link: || view! { <NoticesReportLink /> }.into_any(),
};

/// [`OriginMark`] where this file reads published notices.
pub fn origin_mark(key: PolicyKey) -> Option<AnyView> {
    use_context::<PublishedMarks>().map(|m| (m.origin)(key))
}

/// [`NoticeOrigin`] where this file reads published notices.
pub fn notice_origin(key: PolicyKey) -> Option<AnyView> {
    use_context::<PublishedMarks>().map(|m| (m.provenance)(key))
}

/// [`NoticesReportLink`] where this file reads published notices.
pub fn report_link() -> Option<AnyView> {
    use_context::<PublishedMarks>().map(|m| (m.report_link)())
}

/// The file a notice was published in, where it is not built in.
fn published_file(key: PolicyKey) -> Option<(String, String)> {
    let p = policy::find(key)?;
    match &p.origin {
        Origin::Deployment { file } => Some((file.clone(), p.document_number().to_string())),
        Origin::BuiltIn | Origin::Draft => None,
    }
}

/// A short mark beside a notice in a list: “本网站发布” / “published with this site”.
#[component]
pub fn OriginMark(key: PolicyKey) -> impl IntoView {
    let lang = move || State::get().lang();
    published_file(key).map(|(file, _)| {
        let attr = file.clone();
        view! {
            <span class="radios__hint" data-testid="notice-origin" data-origin="deployment" data-file=attr>
                {move || crate::words::page::published_with_site(&format!("{}{file}", super::notices_loader::FOLDER)).get(lang()).to_string()}
            </span>
        }
    })
}

/// Under a result: the notice was published with this deployment, not checked by us.
#[component]
pub fn NoticeOrigin(key: PolicyKey) -> impl IntoView {
    let lang = move || State::get().lang();
    published_file(key).map(|(file, doc)| {
        let attr = file.clone();
        view! {
            <p class="stamp" data-testid="notice-provenance" data-origin="deployment" data-file=attr>
                {move || crate::words::page::published_notice(&doc, &format!("{}{file}", super::notices_loader::FOLDER)).get(lang()).to_string()}
            </p>
        }
    })
}

/// For staff: the published files that were refused, each with its fields and what to change.
/// Shown nowhere when every file passed.
#[component]
pub fn NoticesReport() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let rejected = policy::deployment().map(|d| d.rejected.clone()).unwrap_or_default();
    (!rejected.is_empty()).then(|| {
        let count = rejected.len();
        view! {
            <details class="details notices-report" data-testid="notices-report" data-rejected=count.to_string()>
                <summary>
                    {move || crate::words::page::files_rejected(count).get(lang()).to_string()}
                </summary>
                <p>{label_of(L::provenance::EVERY_OTHER_NOTICE_KEEPS_WORKING)}</p>
                <ul class="notices-report__files">
                    {rejected.into_iter().map(|r| {
                        let file = r.file.clone();
                        view! {
                            <li data-testid="notices-report-file" data-file=file.clone()>
                                <code>{format!("{}{file}", super::notices_loader::FOLDER)}</code>
                                <ul>
                                    {r.findings.into_iter().map(|f| {
                                        let field = f.field.clone();
                                        let words = f.describe();
                                        view! { <li data-field=field>{move || words.get(lang()).to_string()}</li> }
                                    }).collect_view()}
                                </ul>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </details>
        }
    })
}

/// For staff, at the foot of the public pages: how many published files were refused, with
/// a link to the notice editor, which lists each file's fields ([`NoticesReport`]). The words
/// for each field stay out of the public tools' files.
#[component]
pub fn NoticesReportLink() -> impl IntoView {
    let state = State::get();
    let lang = move || state.lang();
    let count = policy::deployment().map_or(0, |d| d.rejected.len());
    (count > 0).then(|| {
        let files: Vec<String> = policy::deployment().map(|d| d.rejected.iter().map(|r| r.file.clone()).collect()).unwrap_or_default();
        let href = move || format!("?view=editor&lang={}", lang().code());
        view! {
            <p class="notices-report" data-testid="notices-report-link" data-rejected=count.to_string() data-files=files.join(" ")>
                {move || format!("{}{}", crate::words::page::files_rejected(count).get(lang()), tr(lang(), "。", "."))}
                " "
                <a href=href>{label_of(L::provenance::SEE_WHY_IN_THE_NOTICE)}</a>
            </p>
        }
    })
}
