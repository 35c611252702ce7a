//! The catalogue of identity numbers and forms (`yibao::words::{id, forms}`) words every
//! decision in both languages: full sentences, Chinese in Chinese, English in English.

use chrono::NaiveDate;
use yibao::domain::forms::{resident, unit, FieldError, IdDocType, Reason};
use yibao::domain::id::portal::{AccountError, PasswordError};
use yibao::domain::id::validity::ValidityError;
use yibao::domain::id::{IdError, IdKind, IdWarning, Sex};
use yibao::domain::lang::Lang;
use yibao::words::forms::{problem, FieldWords};
use yibao::words::id;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A sentence in each language: the Chinese one has Chinese in it and ends with 。, the
/// English one starts with a capital letter and ends with a full stop.
fn sentences(what: &str, zh: &str, en: &str) {
    assert!(zh.ends_with('。') || zh.ends_with('）'), "{what}: {zh}");
    assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{what}: {zh}");
    assert!(en.ends_with('.') || en.ends_with(')'), "{what}: {en}");
    assert!(en.starts_with(|c: char| c.is_ascii_uppercase()), "{what}: {en}");
    assert_ne!(zh, en, "{what}");
}

fn id_errors(kind: IdKind) -> Vec<IdError> {
    vec![
        IdError::Empty { kind },
        IdError::Length { kind, found: 3 },
        IdError::Character { kind, position: 2, found: 'A' },
        IdError::Date { kind, digits: 19990230 },
        IdError::FutureDate { kind, birth: d(2030, 1, 1), reference: d(2026, 1, 1) },
        IdError::Region { kind, code: if kind == IdKind::HmtResidencePermit { 990000 } else { 99 } },
        IdError::Check { kind },
        IdError::MobilePrefix { found: *b"12" },
        IdError::UsccAuthority { found: 'B' },
    ]
}

#[test]
fn every_id_error_of_every_kind_is_a_sentence_in_both_languages() {
    for kind in IdKind::ALL {
        for e in id_errors(kind) {
            sentences(&format!("{e:?}"), &id::error(&e, Lang::Zh), &id::error(&e, Lang::En));
            assert_eq!(e.to_string(), id::error(&e, Lang::En), "Display is the English sentence");
        }
    }
}

#[test]
fn every_warning_and_portal_and_validity_error_is_worded() {
    let warnings = [
        IdWarning::UnknownCounty { code: 110199 },
        IdWarning::AbolishedCounty { code: 110103, name: "崇文区", last_year: 2010 },
        IdWarning::Old15Digit { converted: "11010519491231002X".into() },
        IdWarning::OldForeignCard,
        IdWarning::UsccRegionUnknown { code: 999999 },
        IdWarning::LooksLikeMistypedId { kind: IdKind::ResidentId },
    ];
    for w in &warnings {
        sentences(&format!("{w:?}"), &id::warning(w, Lang::Zh), &id::warning(w, Lang::En));
    }
    for e in [AccountError::Length { found: 3 }, AccountError::Character { position: 3, found: '_' }] {
        sentences(&format!("{e:?}"), &id::account(&e, Lang::Zh), &id::account(&e, Lang::En));
    }
    let passwords =
        [PasswordError::Length { found: 3 }, PasswordError::Character { position: 3 }, PasswordError::NoLetter, PasswordError::NoDigit];
    for e in passwords {
        sentences(&format!("{e:?}"), &id::password(&e, Lang::Zh), &id::password(&e, Lang::En));
    }
    let validity = [
        ValidityError::PeriodOrder { start: d(2030, 1, 1), end: d(2020, 1, 1) },
        ValidityError::Expired { end: d(2020, 1, 1), reference: d(2026, 1, 1) },
    ];
    for e in validity {
        sentences(&format!("{e:?}"), &id::validity(&e, Lang::Zh), &id::validity(&e, Lang::En));
    }
}

fn reasons() -> Vec<Reason> {
    vec![
        Reason::Missing,
        Reason::NotChosen,
        Reason::IdNumberMissing { doc: Some(IdDocType::ResidentId) },
        Reason::IdNumberMissing { doc: None },
        Reason::TooLong { max: 20, found: 21 },
        Reason::DocNumberTooLong { max: 40 },
        Reason::DigitsInName,
        Reason::NotADate,
        Reason::AfterToday { date: d(2030, 1, 1), today: d(2026, 1, 1) },
        Reason::Id(IdError::Check { kind: IdKind::ResidentId }),
        Reason::IdWarning(IdWarning::OldForeignCard),
        Reason::Old15Digit { converted: "11010519491231002X".into() },
        Reason::OtherDocType(IdDocType::HmtResidencePermit),
        Reason::NoSexOrBirth,
        Reason::SexMismatch { from_id: Sex::Female },
        Reason::BirthMismatch { from_id: d(1949, 12, 31) },
        Reason::LandlineLength { found: 8 },
        Reason::Account(AccountError::Length { found: 3 }),
        Reason::Password(PasswordError::NoDigit),
        Reason::ConfirmMismatch,
        Reason::Validity(ValidityError::Expired { end: d(2020, 1, 1), reference: d(2026, 1, 1) }),
        Reason::AgeOutsideBand { age: 2, band: resident::age_band(yibao::domain::inputs::Status::Adult).unwrap() },
        Reason::OrphanAdult,
        Reason::CollegeAtHukou,
    ]
}

/// Every reason on every field of a form is worded in both languages, whatever the field.
fn every_reason_on<F: FieldWords>() {
    for &field in F::ALL {
        for reason in reasons() {
            let e = FieldError { field, reason };
            sentences(&format!("{e:?}"), &problem(&e, Lang::Zh), &problem(&e, Lang::En));
        }
    }
}

#[test]
fn every_reason_on_every_field_is_worded() {
    every_reason_on::<resident::Field>();
    every_reason_on::<unit::Field>();
}
