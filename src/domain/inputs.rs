//! The applicant's answers as closed types, with the URL codes of `../shared/CONTRACT.md`.

use crate::domain::lang::Text;

/// Declares a closed enum with its URL code and bilingual label.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal, $zh:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The URL code.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            /// Parses a URL code; `None` for an unknown code.
            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The label shown to people.
            pub fn label(self) -> $crate::domain::lang::Text {
                match self { $($name::$variant => $crate::domain::lang::Text::new($zh, $en),)+ }
            }
        }

        impl $crate::domain::inputs::Coded for $name {
            fn all() -> &'static [$name] {
                $name::ALL
            }
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn from_code(code: &str) -> Option<$name> {
                $name::from_code(code)
            }
            fn label(self) -> $crate::domain::lang::Text {
                $name::label(self)
            }
        }
    };
}

pub(crate) use coded_enum;

/// A closed set of choices with URL codes and labels (every `coded_enum!`), so one view can
/// offer any of them.
pub trait Coded: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in display order.
    fn all() -> &'static [Self];
    /// The URL code.
    fn code(self) -> &'static str;
    /// Parses a URL code; `None` for an unknown code.
    fn from_code(code: &str) -> Option<Self>;
    /// The label shown to people.
    fn label(self) -> Text;
}

coded_enum! {
    /// The applicant identity (参保身份).
    Status {
        /// 新生儿
        Newborn = "newborn", "新生儿", "Newborn";
        /// 学龄前儿童 (incl. kindergarten)
        Preschool = "preschool", "学龄前儿童（含幼儿园）", "Preschool child (incl. kindergarten)";
        /// 中小学生
        SchoolStudent = "school-student", "中小学生", "Primary or secondary school student";
        /// 中职/技工学校学生
        VocationalStudent = "vocational-student", "中职/技工学校学生", "Secondary vocational or technical school student";
        /// 大学生 (incl. graduate students)
        CollegeStudent = "college-student", "大学生（含研究生）", "College or university student (incl. graduate students)";
        /// 未成年(未入学)
        Minor = "minor", "未成年（未入学）", "Minor not in school";
        /// 普通居民(成年)
        Adult = "adult", "普通居民（成年）", "Adult resident";
    }
}

coded_enum! {
    /// Hukou type (户籍), where a rule depends on it.
    Hukou {
        Urban = "urban", "城镇户籍", "Urban hukou";
        Rural = "rural", "农村户籍", "Rural hukou";
    }
}

coded_enum! {
    /// An assistance identity; a person may hold several.
    Assist {
        Tekun = "tekun", "特困人员（特困供养对象）", "Person in extreme poverty (特困)";
        Orphan = "orphan", "孤儿（含事实无人抚养儿童）", "Orphan (incl. de-facto unsupported child)";
        Dibao = "dibao", "低保对象（类别不详）", "Subsistence allowance (低保), tier unknown";
        DibaoRural1 = "dibao-rural-1", "农村一类低保", "Rural 低保, class 1";
        DibaoRural2 = "dibao-rural-2", "农村二类低保", "Rural 低保, class 2";
        DibaoRural3 = "dibao-rural-3", "农村三类低保", "Rural 低保, class 3";
        DibaoRural4 = "dibao-rural-4", "农村四类低保", "Rural 低保, class 4";
        DibaoUrbanFull = "dibao-urban-full", "城市全额低保", "Urban 低保, full";
        DibaoUrbanPartial = "dibao-urban-partial", "城市差额低保", "Urban 低保, differential";
        Fanpin = "fanpin", "返贫致贫人口", "Returned to or fell into poverty (返贫致贫)";
        Yifanpin = "yifanpin", "易返贫致贫人口", "At risk of poverty (易返贫致贫)";
        Tuopin = "tuopin", "已脱贫人口（建档立卡脱贫人口）", "Lifted out of poverty (脱贫)";
        Edge = "edge", "边缘家庭救助对象", "Marginal-family assistance recipient";
        LowIncome = "low-income", "低收入救助对象", "Low-income assistance recipient";
        DisabledSevere = "disabled-severe", "重度残疾人员", "Person with a severe disability";
        TwoDaughters = "two-daughters", "农村纯生二女结扎家庭成员", "Rural two-daughter sterilisation family member";
        MedicalAid = "medical-aid", "医疗救助金资助参保对象", "Funded by medical assistance (医疗救助金资助参保)";
        SpecialCare = "special-care", "优抚对象", "Special-care recipient (优抚对象)";
    }
}

impl Status {
    /// The oldest a person of this status can be, in full years, where the status itself
    /// settles it: a newborn (新生儿) is under 1; a preschool child (学龄前儿童) has not reached
    /// school age, 6 (7 allowed for late entry). A reading, stated in policies/README.md.
    ///
    /// ```
    /// use yibao::domain::inputs::Status;
    /// assert_eq!(Status::Preschool.max_full_years(), Some(7));
    /// assert_eq!(Status::SchoolStudent.max_full_years(), None);
    /// ```
    pub fn max_full_years(self) -> Option<u32> {
        match self {
            Status::Newborn => Some(1),
            Status::Preschool => Some(7),
            _ => None,
        }
    }
}

impl Assist {
    /// The untiered group a tiered code also counts as (`dibao-rural-1` → `dibao`).
    pub fn group(self) -> Assist {
        match self {
            Assist::DibaoRural1
            | Assist::DibaoRural2
            | Assist::DibaoRural3
            | Assist::DibaoRural4
            | Assist::DibaoUrbanFull
            | Assist::DibaoUrbanPartial => Assist::Dibao,
            other => other,
        }
    }

    /// The tiers of a group (`dibao` → the six 低保 tiers); empty for a code without tiers.
    pub fn tiers(self) -> Vec<Assist> {
        Assist::ALL.iter().copied().filter(|a| *a != self && a.group() == self).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::from_code(s.code()), Some(*s), "{s:?}");
        }
        for a in Assist::ALL {
            assert_eq!(Assist::from_code(a.code()), Some(*a), "{a:?}");
        }
        for h in Hukou::ALL {
            assert_eq!(Hukou::from_code(h.code()), Some(*h), "{h:?}");
        }
        assert_eq!(Status::ALL.len(), 7);
        assert_eq!(Assist::ALL.len(), 18);
    }

    #[test]
    fn tiers_count_as_their_group() {
        assert_eq!(Assist::DibaoRural3.group(), Assist::Dibao);
        assert_eq!(Assist::DibaoUrbanFull.group(), Assist::Dibao);
        assert_eq!(Assist::Tekun.group(), Assist::Tekun);
    }
}

/// Reads a closed enum from its URL code (used by the policy data files, `policies/*.toml`).
macro_rules! deserialize_by_code {
    ($($name:ident),+) => {$(
        /// Written as its code, named as a variant (see `Region`'s `Serialize`); its index
        /// is its place in `ALL` (the order it is declared in, as serde's derive counts).
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_unit_variant(stringify!($name), *self as u32, self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::from_code(&code).ok_or_else(|| {
                    let known: Vec<&str> = $name::ALL.iter().map(|v| v.code()).collect();
                    serde::de::Error::custom(format!(
                        "unknown {} code {:?}; known codes: {}",
                        stringify!($name),
                        code,
                        known.join(", ")
                    ))
                })
            }
        }
    )+};
}

deserialize_by_code!(Status, Hukou, Assist);
