//! A report as files for a funder: a CSV and an OpenDocument spreadsheet
//! with the same tables as the page, in the reader's language. Built from
//! the report itself, so a file cannot say more than the page: no names
//! of households, phone numbers or e-mails, and "< 5" where a figure
//! would describe fewer than five households.

use super::{ReportView, Row, Scope};
use crate::domain::indicators::Shown;
use crate::domain::spreadsheet::{Cell, Sheet};
use crate::i18n::{t, tr, Arg};

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn cell(s: Shown, value: fn(i64) -> Cell) -> Cell {
    match s {
        Shown::Value(v) => value(v),
        Shown::Few => text(t("funding-few")),
    }
}

fn month_rows(title: &str, months: &[String], rows: &[Row], value: fn(i64) -> Cell) -> Vec<Vec<Cell>> {
    let mut out = vec![vec![text(title)]];
    let mut head = vec![text(t("funding-col_what"))];
    head.extend(months.iter().map(|m| text(m.clone())));
    head.push(text(t("funding-col_total")));
    out.push(head);
    for r in rows {
        let mut line = vec![text(r.label.clone())];
        line.extend(r.months.iter().map(|c| cell(*c, value)));
        line.push(cell(r.total, value));
        out.push(line);
    }
    out
}

/// The report's sheets: a summary, then one per table.
pub fn sheets(r: &ReportView) -> Vec<Sheet> {
    let scope = match &r.scope {
        Scope::Association => t("funding-scope_all").to_string(),
        Scope::Funder(name) => tr("funding-scope_funder", &[("funder", name.clone())]),
        Scope::Grant(name) => tr("funding-scope_grant", &[("grant", name.clone())]),
    };
    let pct = |p: Option<i64>| p.map_or(Cell::Empty, Cell::Percent);
    let mut summary = vec![
        vec![text(r.association.clone())],
        vec![text(t("funding-report_title"))],
        vec![text(scope)],
        vec![text(tr("funding-period", &[("from", r.from.clone()), ("to", r.to.clone())]))],
        vec![],
        vec![text(t("funding-households")), cell(r.households_total, Cell::Int)],
        vec![text(t("funding-new")), cell(r.new_households, Cell::Int)],
        vec![text(t("funding-returning")), cell(r.returning_households, Cell::Int)],
    ];
    if let Some((said, adults, children)) = r.composition {
        summary.push(vec![text(t("funding-composition_said")), cell(said, Cell::Int)]);
        summary.push(vec![text(t("funding-adults")), cell(adults, Cell::Int)]);
        summary.push(vec![text(t("funding-children")), cell(children, Cell::Int)]);
    }
    summary.extend([
        vec![text(t("funding-solidarity")), Cell::Cents(r.solidarity_cents)],
        vec![text(t("funding-unfunded")), Cell::Cents(r.unfunded_cents)],
        vec![text(t("funding-goods_total")), Cell::Cents(r.goods_cents)],
        vec![text(t("funding-kg_total")), text(crate::i18n::format::quantity(r.kg_milli))],
        vec![text(t("funding-produce_share")), pct(r.produce_percent)],
        vec![text(t("funding-organic_share")), pct(r.organic_percent)],
        vec![text(tr("funding-local_share", &[("km", Arg::Num(r.local_km))])), pct(r.local_percent)],
        vec![text(t("funding-volunteer_hours")), text(crate::i18n::format::duration(r.volunteer_minutes * 60))],
        vec![text(t("funding-volunteers")), cell(r.volunteers, Cell::Int)],
        vec![text(t("funding-workshops")), Cell::Int(r.workshops)],
        vec![text(t("funding-workshop_places")), Cell::Int(r.workshop_places)],
        vec![text(t("funding-workshop_present")), Cell::Int(r.workshop_present)],
        vec![text(t("funding-votes")), Cell::Int(r.votes)],
        vec![text(t("funding-ballots_cast")), Cell::Int(r.ballots)],
        vec![text(t("funding-ballots_eligible")), Cell::Int(r.eligible)],
    ]);
    let mut categories = vec![vec![text(t("funding-by_category"))], vec![
        text(t("funding-col_category")),
        text(t("funding-col_goods")),
        text(t("funding-col_kg")),
        text(t("funding-col_solidarity_paid")),
    ]];
    for c in &r.categories {
        categories.push(vec![text(c.name.clone()), cell(c.cost, Cell::Cents), cell(c.kg_milli, |k| Cell::Text(crate::i18n::format::quantity(k))), cell(c.solidarity, Cell::Cents)]);
    }
    let mut trace = vec![vec![text(t("funding-trace"))], vec![
        text(t("funding-col_cycle")),
        text(t("funding-col_date")),
        text(t("funding-col_solidarity")),
        text(t("funding-col_grant")),
        text(t("funding-col_paid")),
    ]];
    for c in &r.cycles {
        trace.push(vec![text(c.cycle.clone()), text(c.when.clone()), Cell::Cents(c.solidarity_cents), text(t("funding-unfunded")), Cell::Cents(c.unfunded_cents)]);
        for (grant, cents) in &c.paid {
            trace.push(vec![text(c.cycle.clone()), text(c.when.clone()), Cell::Empty, text(grant.clone()), Cell::Cents(*cents)]);
        }
    }
    let produce = vec![Row {
        label: t("funding-produce_share").to_string(),
        months: r.produce_by_month.iter().map(|p| Shown::Value(p.unwrap_or(0))).collect(),
        total: Shown::Value(r.produce_percent.unwrap_or(0)),
    }];
    vec![
        Sheet { name: t("funding-sheet_summary").to_string(), rows: summary },
        Sheet { name: t("funding-sheet_households").to_string(), rows: month_rows(t("funding-chart_households"), &r.months, &r.households, Cell::Int) },
        Sheet { name: t("funding-sheet_funders").to_string(), rows: month_rows(t("funding-chart_funders"), &r.months, &r.solidarity_by_funder, Cell::Cents) },
        Sheet { name: t("funding-sheet_tiers").to_string(), rows: month_rows(t("funding-by_tier"), &r.months, &r.solidarity_by_tier, Cell::Cents) },
        Sheet { name: t("funding-sheet_goods").to_string(), rows: [categories, vec![vec![]], month_rows(t("funding-chart_produce"), &r.months, &produce, Cell::Percent)].concat() },
        Sheet { name: t("funding-sheet_trace").to_string(), rows: trace },
    ]
}

/// Every sheet one under the other, a blank line between: one CSV file.
pub fn csv(r: &ReportView) -> String {
    let rows: Vec<Vec<Cell>> = sheets(r).into_iter().flat_map(|s| {
        let mut rows = vec![vec![Cell::Text(s.name)]];
        rows.extend(s.rows);
        rows.push(vec![]);
        rows
    }).collect();
    crate::domain::spreadsheet::csv(&rows)
}

pub fn ods(r: &ReportView) -> Vec<u8> {
    crate::domain::spreadsheet::ods(&sheets(r))
}
