//! `FAC_DOCUMENTO_PAGO`: billing receipts (boletas and facturas) for an attention.
//!
//! `addComprobante` checks here, before anything is written, what the legacy code trusted
//! blindly: at least one line; quantities > 0, prices and discounts >= 0 (money with at most
//! two decimals, quantities four); each line's `n_subtotal` = `n_precio` × `n_cantidad` −
//! `n_descuento`; each line's `n_total` = its subtotal plus its IGV (a taxable line) or the
//! subtotal alone (an inafecto line); the header's totals = the sums of the lines
//! (`n_total_bruto` of price × quantity, `n_total_descuento`, `n_total_gravada` of the taxable
//! subtotals, `n_total_no_gravada` of the inafecto ones), `n_total_impuesto` = IGV at the
//! configured rate (`[facturacion] igv`) on `n_total_gravada`, and `n_total_neto` = gravada +
//! no gravada + IGV + ICBPER − anticipo. Every amount is rounded half away from zero to two
//! decimals. A receipt that does not add up is a Spanish warning naming the first wrong figure
//! (line and field, expected and received), with nothing written and nothing audited; so are
//! a missing id, an issue date in the future and a customer document that does not fit its
//! type (DNI 8 digits, RUC with its check digit …).
//!
//! Then ONE call of `p_FAC_COMPROBANTE_Insert` writes the header, every line (the contract's
//! table-valued parameter) and the audit row in one transaction, taking the receipt's number
//! from its series inside it (no gaps, no duplicates under concurrency); what needs the stored
//! rows (the attention, the type and its series, the catalogs, each line's tariff) is the
//! procedure's check, answered through `@Response_t`. `Data` = the new `id_documento_pago`.
//!
//! Request fields as the legacy client fills them: `id_documento_pago` is the chosen payment
//! document (its combo: 1 factura, 3 boleta), `id_tipo_documento` and `c_numero_de_documento`
//! the customer's identity document (0 and empty = an unidentified customer on a boleta).
//! "Who" is the token's user, never the body's `id_user_registro`.

use dto::{FAC_COMPROBANTE_DetalleDTO, FAC_COMPROBANTEReqDTO, FAC_DOCUMENTO_PAGO_LISTADTO, FAC_DOCUMENTO_PAGORequest, NetDateTime, NoBody};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::{
    Ctx, Reply, ServiceError, ServiceResult,
    decl::{
        adm::ADM_DOCUMENTO_IDENTIDAD_GET_ALL_ACTIVES,
        fac::{FAC_DOCUMENTO_PAGO_ADD_COMPROBANTE, FAC_DOCUMENTO_PAGO_LISTAR},
    },
    legacy::{ProcCommand, peru},
    messages::{self, campo_obligatorio},
};

/// Largest amount a DECIMAL(12, 2) column holds.
const MAXIMO_IMPORTE: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// `FAC_DOCUMENTO_PAGO/addComprobante`: checks, then writes the receipt atomically; `Data` =
/// the new `id_documento_pago`.
pub async fn add(ctx: Ctx, req: FAC_COMPROBANTEReqDTO) -> ServiceResult<i64> {
    let ahora = NetDateTime::now_local();
    if let Err(w) = cuadra(&req, ctx.app.facturacion.igv) {
        return Ok(Reply::warning(w));
    }
    let d_fecha_emis = if req.d_fecha_emis.naive().date() == NetDateTime::MIN.naive().date() {
        ahora
    } else if req.d_fecha_emis.naive().date() > ahora.naive().date() {
        return Ok(Reply::warning("El campo 'd_fecha_emis' no puede ser una fecha futura."));
    } else {
        req.d_fecha_emis
    };
    let c_numero_de_documento = match cliente(&ctx, &req).await? {
        Ok(numero) => numero,
        Err(w) => return Ok(Reply::warning(w)),
    };
    let req = FAC_COMPROBANTEReqDTO { id_user_registro: ctx.who().id_usuario, d_fecha_emis, c_numero_de_documento, ..req };
    // The generated declaration, replying with the new id (the legacy action's Data was null).
    let registrar = ProcCommand {
        proc: FAC_DOCUMENTO_PAGO_ADD_COMPROBANTE.proc,
        bind: FAC_DOCUMENTO_PAGO_ADD_COMPROBANTE.bind,
        duplicate_check: None,
        controlador: FAC_DOCUMENTO_PAGO_ADD_COMPROBANTE.controlador,
        accion: FAC_DOCUMENTO_PAGO_ADD_COMPROBANTE.accion,
        ok: messages::REGISTRO_SATISFACTORIO,
        failed: messages::REGISTRO_FALLIDO,
        returns_id: true,
    };
    registrar.run(&ctx, &req).await
}

/// `FAC_DOCUMENTO_PAGO/GetAllDocumentoPagoFilters`: the receipts matching `c_dato`.
pub async fn get_all_filters(ctx: Ctx, req: FAC_DOCUMENTO_PAGORequest) -> ServiceResult<Vec<FAC_DOCUMENTO_PAGO_LISTADTO>> {
    FAC_DOCUMENTO_PAGO_LISTAR.list(&ctx, &req).await
}

/// The customer's document number checked by its type (`id_tipo_documento`, an active
/// `ADM_DOCUMENTO_IDENTIDAD`), trimmed; none for an unidentified customer.
async fn cliente(ctx: &Ctx, req: &FAC_COMPROBANTEReqDTO) -> Result<Result<Option<String>, String>, ServiceError> {
    let numero = req.c_numero_de_documento.as_deref().map(str::trim).filter(|n| !n.is_empty());
    if req.id_tipo_documento == 0 {
        return Ok(match numero {
            None => Ok(None),
            Some(_) => Err("Indique el tipo del documento del cliente (id_tipo_documento) o deje vacío c_numero_de_documento.".into()),
        });
    }
    let tipos = ADM_DOCUMENTO_IDENTIDAD_GET_ALL_ACTIVES.rows(ctx, &NoBody::default()).await?;
    let codigo = match peru::catalogo("id_tipo_documento", req.id_tipo_documento, tipos.iter().map(|t| t.id_documento_identidad)) {
        Ok(id) => tipos.iter().find(|t| t.id_documento_identidad == id).and_then(|t| t.c_codigo.clone()).unwrap_or_default(),
        Err(w) => return Ok(Err(w)),
    };
    Ok(peru::documento("c_numero_de_documento", &codigo, numero).map(Some))
}

/// Rounds half away from zero to two decimals (SUNAT's rounding of amounts).
fn redondeo(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// An amount as shown in a warning: two decimals (`118.00`).
fn importe(d: Decimal) -> String {
    let mut r = redondeo(d);
    r.rescale(2);
    r.to_string()
}

/// What was received, as sent (`90`, `90.5`, `90.001`).
fn recibido(d: Decimal) -> String {
    d.normalize().to_string()
}

/// A figure that must be an amount: not negative, at most two decimals, within DECIMAL(12, 2).
fn monto(campo: &str, d: Decimal) -> Result<(), String> {
    if d.is_sign_negative() && !d.is_zero() {
        return Err(format!("{campo} no puede ser negativo; se recibió {}.", recibido(d)));
    }
    if d.normalize().scale() > 2 {
        return Err(format!("{campo} admite hasta dos decimales; se recibió {}.", recibido(d)));
    }
    if d >= MAXIMO_IMPORTE {
        return Err(format!("{campo} excede el máximo permitido; se recibió {}.", recibido(d)));
    }
    Ok(())
}

/// One figure compared: `Err` names it with the expected and the received value.
fn igual(campo: &str, como: &str, esperado: Decimal, recibido_: Decimal) -> Result<(), String> {
    if esperado == recibido_ {
        Ok(())
    } else {
        Err(format!("{campo} no cuadra: se esperaba {} ({como}) y se recibió {}.", importe(esperado), recibido(recibido_)))
    }
}

/// The receipt's arithmetic at IGV rate `igv`; the first wrong figure is the warning.
fn cuadra(req: &FAC_COMPROBANTEReqDTO, igv: Decimal) -> Result<(), String> {
    for (campo, id) in [
        ("id_documento_pago", req.id_documento_pago),
        ("id_atencion", req.id_atencion),
        ("id_condicion_pago", req.id_condicion_pago),
        ("id_moneda", req.id_moneda),
    ] {
        if id <= 0 {
            return Err(campo_obligatorio(campo));
        }
    }
    if req.DetalleComprobante.is_empty() {
        return Err("El comprobante no tiene líneas: envíe al menos una en DetalleComprobante.".into());
    }
    let (mut bruto, mut descuento, mut gravada, mut no_gravada) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for (i, l) in req.DetalleComprobante.iter().enumerate() {
        let linea = Linea::de(i + 1, l, igv)?;
        bruto += linea.bruto;
        descuento += l.n_descuento.decimal();
        if linea.inafecta {
            no_gravada += linea.subtotal;
        } else {
            gravada += linea.subtotal;
        }
    }

    let tasa = igv * Decimal::ONE_HUNDRED;
    if Decimal::from(req.n_porcen_igv) != tasa {
        return Err(format!(
            "El campo 'n_porcen_igv' debe ser {} (la tasa del IGV configurada); se recibió {}.",
            tasa.normalize(),
            req.n_porcen_igv
        ));
    }
    if !(0..=100).contains(&req.n_porcen_descu) {
        return Err(format!("El campo 'n_porcen_descu' es un porcentaje entre 0 y 100; se recibió {}.", req.n_porcen_descu));
    }
    let cabecera = |campo: &str| format!("El total '{campo}'");
    for (campo, valor) in [
        ("n_total_bruto", req.n_total_bruto),
        ("n_total_descuento", req.n_total_descuento),
        ("n_total_anticipo", req.n_total_anticipo),
        ("n_total_gravada", req.n_total_gravada),
        ("n_total_no_gravada", req.n_total_no_gravada),
        ("n_total_icbper", req.n_total_icbper),
        ("n_total_impuesto", req.n_total_impuesto),
        ("n_total_neto", req.n_total_neto),
    ] {
        monto(&cabecera(campo), valor.decimal())?;
    }
    igual(&cabecera("n_total_bruto"), "suma de precio × cantidad de las líneas", bruto, req.n_total_bruto.decimal())?;
    igual(&cabecera("n_total_descuento"), "suma de los descuentos de las líneas", descuento, req.n_total_descuento.decimal())?;
    igual(&cabecera("n_total_gravada"), "suma de los subtotales gravados", gravada, req.n_total_gravada.decimal())?;
    igual(&cabecera("n_total_no_gravada"), "suma de los subtotales inafectos", no_gravada, req.n_total_no_gravada.decimal())?;
    let impuesto = redondeo(gravada * igv);
    igual(&cabecera("n_total_impuesto"), &format!("IGV {}% de n_total_gravada", tasa.normalize()), impuesto, req.n_total_impuesto.decimal())?;
    let neto = gravada + no_gravada + impuesto + req.n_total_icbper.decimal() - req.n_total_anticipo.decimal();
    if neto.is_sign_negative() && !neto.is_zero() {
        return Err(format!("El anticipo (n_total_anticipo) excede el total del comprobante ({}).", importe(neto + req.n_total_anticipo.decimal())));
    }
    igual(&cabecera("n_total_neto"), "gravada + no gravada + IGV + ICBPER − anticipo", neto, req.n_total_neto.decimal())
}

/// One line, checked.
struct Linea {
    /// price × quantity, rounded.
    bruto: Decimal,
    subtotal: Decimal,
    inafecta: bool,
}

impl Linea {
    fn de(n: usize, l: &FAC_COMPROBANTE_DetalleDTO, igv: Decimal) -> Result<Self, String> {
        let campo = |f: &str| format!("La línea {n}, '{f}',");
        let (precio, cantidad, descuento) = (l.n_precio.decimal(), l.n_cantidad.decimal(), l.n_descuento.decimal());
        if l.id_tarifario_segus <= 0 {
            return Err(format!("La línea {n}: el campo 'id_tarifario_segus' es obligatorio."));
        }
        if cantidad <= Decimal::ZERO {
            return Err(format!("{} debe ser mayor que 0; se recibió {}.", campo("n_cantidad"), recibido(cantidad)));
        }
        if cantidad.normalize().scale() > 4 || cantidad >= MAXIMO_IMPORTE {
            return Err(format!("{} admite hasta cuatro decimales; se recibió {}.", campo("n_cantidad"), recibido(cantidad)));
        }
        for (f, v) in [("n_precio", precio), ("n_descuento", descuento), ("n_subtotal", l.n_subtotal.decimal()), ("n_total", l.n_total.decimal())] {
            monto(&campo(f), v)?;
        }
        let bruto = redondeo(precio * cantidad);
        if descuento > bruto {
            return Err(format!("{} excede precio × cantidad ({}); se recibió {}.", campo("n_descuento"), importe(bruto), recibido(descuento)));
        }
        let subtotal = bruto - descuento;
        igual(&format!("La línea {n}, 'n_subtotal',"), "n_precio × n_cantidad − n_descuento", subtotal, l.n_subtotal.decimal())?;
        let con_igv = subtotal + redondeo(subtotal * igv);
        let total = l.n_total.decimal();
        let inafecta = total == subtotal && con_igv != subtotal;
        if total != con_igv && !inafecta {
            return Err(format!(
                "La línea {n}, 'n_total', no cuadra: se esperaba {} (subtotal + IGV) o {} (inafecta) y se recibió {}.",
                importe(con_igv),
                importe(subtotal),
                recibido(total)
            ));
        }
        Ok(Self { bruto, subtotal, inafecta })
    }
}

#[cfg(test)]
mod tests {
    use dto::NetDecimal;

    use super::*;

    fn d(s: &str) -> NetDecimal {
        NetDecimal(s.parse().unwrap())
    }

    fn linea(precio: &str, cantidad: &str, descuento: &str, subtotal: &str, total: &str) -> FAC_COMPROBANTE_DetalleDTO {
        FAC_COMPROBANTE_DetalleDTO {
            id_tarifario_segus: 1,
            n_precio: d(precio),
            n_cantidad: d(cantidad),
            n_descuento: d(descuento),
            n_subtotal: d(subtotal),
            n_total: d(total),
            ..Default::default()
        }
    }

    /// Three lines (one discounted, one inafecta): 100.00 taxable, 18.00 IGV, 20.00 inafecto.
    fn comprobante() -> FAC_COMPROBANTEReqDTO {
        FAC_COMPROBANTEReqDTO {
            id_documento_pago: 3,
            id_atencion: 1,
            id_condicion_pago: 1,
            id_moneda: 1,
            n_porcen_igv: 18,
            n_total_bruto: d("130.00"),
            n_total_descuento: d("10.00"),
            n_total_gravada: d("100.00"),
            n_total_no_gravada: d("20.00"),
            n_total_impuesto: d("18.00"),
            n_total_neto: d("138.00"),
            DetalleComprobante: vec![
                linea("50.00", "1", "0", "50.00", "59.00"),
                linea("30.00", "2", "10.00", "50.00", "59.00"),
                linea("10.00", "2", "0", "20.00", "20.00"),
            ],
            ..Default::default()
        }
    }

    const IGV: Decimal = Decimal::from_parts(18, 0, 0, false, 2);

    #[test]
    fn a_receipt_that_adds_up_passes() {
        assert_eq!(cuadra(&comprobante(), IGV), Ok(()));
    }

    #[test]
    fn the_first_wrong_figure_is_named_with_expected_and_received() {
        let mut c = comprobante();
        c.DetalleComprobante[1].n_subtotal = d("60.00");
        c.n_total_gravada = d("1.00");
        assert_eq!(
            cuadra(&c, IGV).unwrap_err(),
            "La línea 2, 'n_subtotal', no cuadra: se esperaba 50.00 (n_precio × n_cantidad − n_descuento) y se recibió 60."
        );
        let mut c = comprobante();
        c.n_total_impuesto = d("18.01");
        assert_eq!(cuadra(&c, IGV).unwrap_err(), "El total 'n_total_impuesto' no cuadra: se esperaba 18.00 (IGV 18% de n_total_gravada) y se recibió 18.01.");
        let mut c = comprobante();
        c.n_total_neto = d("118.00");
        assert!(cuadra(&c, IGV).unwrap_err().starts_with("El total 'n_total_neto' no cuadra: se esperaba 138.00"));
        let mut c = comprobante();
        c.DetalleComprobante[0].n_total = d("58.00");
        assert_eq!(
            cuadra(&c, IGV).unwrap_err(),
            "La línea 1, 'n_total', no cuadra: se esperaba 59.00 (subtotal + IGV) o 50.00 (inafecta) y se recibió 58."
        );
    }

    #[test]
    fn igv_is_rounded_half_away_from_zero() {
        // 0.25 × 0.18 = 0.045 → 0.05 (banker's rounding would give 0.04).
        let mut c = comprobante();
        c.DetalleComprobante = vec![linea("0.25", "1", "0", "0.25", "0.30")];
        c.n_total_bruto = d("0.25");
        c.n_total_descuento = d("0");
        c.n_total_gravada = d("0.25");
        c.n_total_no_gravada = d("0");
        c.n_total_impuesto = d("0.05");
        c.n_total_neto = d("0.30");
        assert_eq!(cuadra(&c, IGV), Ok(()));
        c.n_total_impuesto = d("0.04");
        assert!(cuadra(&c, IGV).unwrap_err().contains("se esperaba 0.05"));
    }

    #[test]
    fn quantities_prices_lines_and_rate_are_checked() {
        let mut c = comprobante();
        c.DetalleComprobante[2].n_cantidad = d("0");
        assert_eq!(cuadra(&c, IGV).unwrap_err(), "La línea 3, 'n_cantidad', debe ser mayor que 0; se recibió 0.");
        let mut c = comprobante();
        c.DetalleComprobante[0].n_precio = d("-1");
        assert_eq!(cuadra(&c, IGV).unwrap_err(), "La línea 1, 'n_precio', no puede ser negativo; se recibió -1.");
        let mut c = comprobante();
        c.DetalleComprobante.clear();
        assert!(cuadra(&c, IGV).unwrap_err().starts_with("El comprobante no tiene líneas"));
        let mut c = comprobante();
        c.n_porcen_igv = 0;
        assert_eq!(cuadra(&c, IGV).unwrap_err(), "El campo 'n_porcen_igv' debe ser 18 (la tasa del IGV configurada); se recibió 0.");
        let mut c = comprobante();
        c.id_atencion = 0;
        assert_eq!(cuadra(&c, IGV).unwrap_err(), "El campo 'id_atencion' es obligatorio.");
        // Another configured rate: the same receipt no longer adds up.
        assert!(cuadra(&comprobante(), Decimal::new(10, 2)).is_err());
    }
}
