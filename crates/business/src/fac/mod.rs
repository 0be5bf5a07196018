//! Billing: hand-written services of the `FAC_` controllers.

use rust_decimal::Decimal;

pub mod comprobante;

/// `[facturacion]` settings the billing services need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facturacion {
    /// IGV rate (0.18 = 18 %), applied to the taxable amount of a receipt.
    pub igv: Decimal,
}

impl Facturacion {
    /// From the configured rate (`[facturacion] igv`): between 0 and 1 (excluded), at most four
    /// decimals; anything else stops the start with this message.
    pub fn from_rate(igv: f64) -> Result<Self, String> {
        let bad = || format!("facturacion.igv debe ser una tasa entre 0 y 1 con hasta 4 decimales (0.18 = 18 %); se configuró {igv}");
        // f64's Display is the shortest text that reads back as the same value: 0.18 is "0.18".
        let rate: Decimal = igv.to_string().parse().map_err(|_| bad())?;
        if rate.is_sign_negative() || rate >= Decimal::ONE || rate.normalize().scale() > 4 {
            return Err(bad());
        }
        Ok(Self { igv: rate.normalize() })
    }
}

impl Default for Facturacion {
    /// Peru's IGV: 18 %.
    fn default() -> Self {
        Self { igv: Decimal::new(18, 2) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_configured_rate_is_read_exactly_or_refused() {
        assert_eq!(Facturacion::from_rate(0.18).unwrap().igv.to_string(), "0.18");
        assert_eq!(Facturacion::from_rate(0.0).unwrap().igv, Decimal::ZERO);
        for bad in [-0.01, 1.0, 18.0, 0.123_45, f64::NAN] {
            assert!(Facturacion::from_rate(bad).is_err(), "{bad}");
        }
    }
}
