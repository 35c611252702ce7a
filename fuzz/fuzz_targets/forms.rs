#![no_main]
//! Fuzzes the two registration forms' checks (`yibao::domain::forms`): any text in any field,
//! on any reference day, must give problems (never a panic), each on a field of the form,
//! worded in both languages, at most one per field, in field order.

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use yibao::domain::forms::resident::{self, ResidentForm, Subsidy};
use yibao::domain::forms::unit::{self, UnitForm};
use yibao::domain::forms::{has_errors, problems, Checked, FieldError, IdDocType};
use yibao::domain::id::Sex;
use yibao::domain::inputs::Status;
use yibao::domain::lang::Lang;
use yibao::words::forms::{problem, FieldWords};

fn sound<R, F: FieldWords>(checked: &Checked<R, F>, prefix: &str) {
    let mut seen: Vec<F> = Vec::new();
    let shown: &[FieldError<F>] = problems(checked);
    assert_eq!(checked.is_err(), has_errors(shown), "a form with errors never parses");
    for p in shown {
        assert!(p.field.id().starts_with(prefix), "field {:?} is not one of the form's", p.field);
        assert!(!problem(p, Lang::Zh).is_empty() && !problem(p, Lang::En).is_empty(), "{p:?} is not worded in both languages");
        assert!(!seen.contains(&p.field), "two problems on {:?}", p.field);
        seen.push(p.field);
    }
}

fuzz_target!(|data: &[u8]| {
    // The first two bytes choose the reference day (1990 to 2069); the rest are the fields,
    // separated by 0x1F (a byte no one types), in the forms' order.
    let (day, rest) = data.split_at(data.len().min(2));
    let days = day.iter().fold(0u32, |d, b| d * 256 + u32::from(*b)) % 29_000;
    let reference = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Duration::days(i64::from(days));
    let text = String::from_utf8_lossy(rest);
    let mut f = text.split('\u{1f}').map(str::to_string);
    let mut next = || f.next().unwrap_or_default();

    let r = ResidentForm {
        name: next(),
        id_type: IdDocType::from_code(&next()),
        id_number: next(),
        sex: Sex::from_code(&next()),
        birth: next(),
        phone: next(),
        province: next(),
        city: next(),
        county: next(),
        village: next(),
        address: next(),
        identity: Status::from_code(&next()),
        subsidy: Subsidy::from_code(&next()),
    };
    sound(&resident::check(&r, reference), "rf-");
    let _ = resident::prefill_from_id(&r, reference);

    let u = UnitForm {
        account: next(),
        password: next(),
        password_confirm: next(),
        uscc: next(),
        unit_name: next(),
        unit_address: next(),
        legal_name: next(),
        legal_id_type: IdDocType::from_code(&next()),
        legal_id_number: next(),
        legal_mobile: next(),
        agent_name: next(),
        agent_id_type: IdDocType::from_code(&next()),
        agent_id_number: next(),
        agent_valid_from: next(),
        agent_valid_to: next(),
        agent_long_term: next().is_empty(),
        agent_mobile: next(),
        agent_password: next(),
        agent_password_confirm: next(),
    };
    sound(&unit::check(&u, reference), "uf-");
});
