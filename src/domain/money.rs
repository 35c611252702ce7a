//! Money: exact decimal yuan, never floats.

use std::fmt;
use std::ops::{Add, Sub};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// An amount of renminbi in yuan, exact to the fen.
///
/// ```
/// use yibao::domain::money::Money;
/// let m = Money::yuan(350);
/// assert_eq!(m.to_string(), "¥350.00");
/// assert_eq!(m.plain(), "350.00");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct Money(Decimal);

/// Written as its decimal string (`"350.00"`), named as `Money` so that the notice code
/// generator (`policy/codegen.rs`) can write it as a constant.
impl Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct("Money", &self.0)
    }
}

impl Money {
    /// Zero yuan.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// A whole number of yuan.
    pub fn yuan(yuan: i64) -> Money {
        Money(Decimal::from(yuan))
    }

    /// The amount as a decimal number of yuan.
    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// `mantissa` × 10^−`scale` yuan (`Money::exact(35000, 2)` is ¥350.00), as the
    /// generated notice code writes amounts.
    pub const fn exact(mantissa: i64, scale: u32) -> Money {
        Money(Decimal::from_parts(mantissa.unsigned_abs() as u32, (mantissa.unsigned_abs() >> 32) as u32, 0, mantissa < 0, scale))
    }

    /// From a decimal number of yuan.
    pub fn from_decimal(d: Decimal) -> Money {
        Money(d)
    }

    /// Reads an amount as written in a notice file: digits with at most two decimals
    /// (`"380"`, `"363.50"`); `None` for anything else.
    ///
    /// ```
    /// use yibao::domain::money::Money;
    /// assert_eq!(Money::parse(" 363.50 ").map(|m| m.plain()), Some("363.50".to_string()));
    /// assert_eq!(Money::parse("-1").map(|m| m.plain()), Some("-1.00".to_string()));
    /// assert!(Money::parse("三百").is_none() && Money::parse("1.234").is_none() && Money::parse("1e3").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Money> {
        let t = text.trim();
        let digits = t.strip_prefix('-').unwrap_or(t);
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let ok = !whole.is_empty()
            && whole.len() <= 9
            && whole.bytes().all(|b| b.is_ascii_digit())
            && frac.len() <= 2
            && frac.bytes().all(|b| b.is_ascii_digit())
            && !(digits.contains('.') && frac.is_empty());
        if !ok {
            return None;
        }
        t.parse::<Decimal>().ok().map(Money)
    }

    /// A plain decimal with two places, as in `data-value` (`"350.00"`).
    pub fn plain(self) -> String {
        let mut d = self.0.round_dp(2);
        d.rescale(2);
        d.to_string()
    }

    /// The smaller of two amounts.
    pub fn min(self, other: Money) -> Money {
        if self <= other {
            self
        } else {
            other
        }
    }

    /// The larger of two amounts.
    pub fn max(self, other: Money) -> Money {
        if self >= other {
            self
        } else {
            other
        }
    }

    /// `self - other`, never below zero.
    pub fn saturating_sub(self, other: Money) -> Money {
        (self - other).max(Money::ZERO)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "¥{}", self.plain())
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_two_places() {
        let tests = [(0, "0.00"), (350, "350.00"), (960, "960.00")];
        for (yuan, want) in tests {
            assert_eq!(Money::yuan(yuan).plain(), want, "{yuan} yuan");
        }
        assert_eq!(Money::from_decimal(Decimal::new(36312, 2)).to_string(), "¥363.12");
    }

    #[test]
    fn saturating_sub_stops_at_zero() {
        assert_eq!(Money::yuan(100).saturating_sub(Money::yuan(350)), Money::ZERO);
        assert_eq!(Money::yuan(350).saturating_sub(Money::yuan(250)), Money::yuan(100));
    }
}
