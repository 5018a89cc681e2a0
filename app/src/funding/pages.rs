//! The funders' pages: funders and their grants, a grant's use, and the
//! report — on screen with charts (each with its table), printable on a
//! few A4 pages, and as files.

use super::api::{
    load_funders, funding_report, load_grant, my_composition, AddFunder, AddGrant, RecordGrantReceipt, ReverseGrantReceipt, SaveComposition,
    SaveFundingSettings, SetGrantPriority,
};
use super::{ReportView, Row, Scope};
use crate::domain::charts::{percent_bars, stacked_bars, BarChart, Series};
use crate::domain::indicators::Shown;
use crate::domain::pricing::format_euros;
use crate::i18n::{t, tr, Arg};
use crate::routes;
use crate::ui::coordination_pages::SubNav;
use crate::ui::widgets::{action_error, id_param, loaded, query_param, urlencode, FormError, SavedNote, Wait};
use leptos::prelude::*;
use leptos_router::components::A;

/// A figure as the tables show it: the value, or "< 5".
fn shown(s: Shown, format: fn(i64) -> String) -> String {
    match s {
        Shown::Value(v) => format(v),
        Shown::Few => t("funding-few").to_string(),
    }
}

fn number(n: i64) -> String {
    crate::i18n::format::number(n)
}

fn euros(c: i64) -> String {
    format_euros(c)
}

/// The funders and their grants, in the order they pay; a new funder, a
/// new grant; how the cost is shared and what the reports count.
#[component]
pub fn FundersPage() -> impl IntoView {
    let add_funder = ServerAction::<AddFunder>::new();
    let add_grant = ServerAction::<AddGrant>::new();
    let priority = ServerAction::<SetGrantPriority>::new();
    let settings = ServerAction::<SaveFundingSettings>::new();
    let data = Resource::new(
        move || (add_funder.version().get(), add_grant.version().get(), priority.version().get(), settings.version().get()),
        |_| load_funders(),
    );
    view! {
        <SubNav/>
        <h1>{t("funding-title")}</h1>
        <SavedNote/>
        <FormError error=action_error(add_funder)/>
        <FormError error=action_error(add_grant)/>
        <FormError error=action_error(priority)/>
        <FormError error=action_error(settings)/>
        <p><A href=routes::FUNDING_REPORT>{t("funding-report_link")}</A></p>
        {loaded(data, Wait::Quiet, move |d| {
            let funders = d.funders.clone();
            let categories = d.categories.clone();
            view! {
                <section class="card" aria-labelledby="grants-title">
                    <h2 id="grants-title">{t("funding-grants")}</h2>
                    <p class="hint">{if d.pro_rata { t("funding-mode_pro_rata_hint") } else { t("funding-mode_priority_hint") }}</p>
                    {if d.grants.is_empty() {
                        view! { <p>{t("funding-no_grants")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="rows grants">
                                {d.grants.into_iter().map(|g| {
                                    let used = tr("funding-used_of", &[("used", Arg::Text(euros(g.used_cents))), ("amount", Arg::Text(euros(g.amount_cents)))]);
                                    let field = format!("priority_{}", g.id);
                                    view! {
                                        <li>
                                            <A href=routes::grant(g.id)><strong>{g.funder.clone()}</strong> " — " {g.name.clone()}</A>
                                            <span class="hint">{tr("funding-period", &[("from", g.from.clone()), ("to", g.to.clone())])}</span>
                                            <span>{used}</span>
                                            {g.earmarks.into_iter().map(|e| view! { <span class="hint">{e}</span> }).collect_view()}
                                            <ActionForm action=priority attr:class="inline">
                                                <input type="hidden" name="grant_id" value=g.id.to_string()/>
                                                <label for=field.clone()>{t("field-priority")}</label>
                                                <input id=field name="priority" inputmode="numeric" value=g.priority.to_string() size="4" maxlength="4"/>
                                                <button type="submit">{t("common-save")}</button>
                                            </ActionForm>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <p>{tr("funding-unfunded_to_date", &[("amount", Arg::Text(euros(d.unfunded_cents)))])}</p>
                </section>
                <section class="card" aria-labelledby="new-grant-title">
                    <h2 id="new-grant-title">{t("funding-new_grant")}</h2>
                    {if funders.is_empty() {
                        view! { <p>{t("funding-add_funder_first")}</p> }.into_any()
                    } else {
                        let cats = categories.clone();
                        let cats2 = categories.clone();
                        view! {
                            <ActionForm action=add_grant>
                                <label for="funder_id">{t("field-funder")}</label>
                                <select id="funder_id" name="funder_id" required>
                                    {funders.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                                </select>
                                <label for="grant_name">{t("field-grant_name")}</label>
                                <input id="grant_name" name="name" required maxlength="120"/>
                                <fieldset>
                                    <legend>{t("field-source")}</legend>
                                    <label class="choice" for="source_grant">
                                        <input type="radio" id="source_grant" name="source" value="grant" checked=true/>
                                        {t("funding-source_grant")}
                                    </label>
                                    <label class="choice" for="source_members">
                                        <input type="radio" id="source_members" name="source" value="members"/>
                                        {t("funding-source_members")}
                                    </label>
                                </fieldset>
                                <label for="grant_amount">{t("field-amount")}</label>
                                <input id="grant_amount" name="amount" inputmode="decimal" maxlength="20"/>
                                <label for="grant_from">{t("money-from")}</label>
                                <input id="grant_from" name="from" type="date" required/>
                                <label for="grant_to">{t("money-to")}</label>
                                <input id="grant_to" name="to" type="date" required/>
                                <label for="grant_priority">{t("field-priority")}</label>
                                <input id="grant_priority" name="priority" inputmode="numeric" value="1" maxlength="4"/>
                                <fieldset>
                                    <legend>{t("funding-earmarks")}</legend>
                                    <label for="max_share">{t("field-max_share")}</label>
                                    <input id="max_share" name="max_share" inputmode="numeric" maxlength="4"/>
                                    <fieldset>
                                        <legend>{t("field-grant_categories")}</legend>
                                        {cats.into_iter().enumerate().map(|(i, (id, name))| {
                                            let field = format!("grant_category_{id}");
                                            view! {
                                                <label class="choice" for=field.clone()>
                                                    <input type="checkbox" id=field.clone() name=format!("categories[{i}]") value=id.to_string()/>
                                                    {name}
                                                </label>
                                            }
                                        }).collect_view()}
                                    </fieldset>
                                    <label for="cap">{t("field-cap")}</label>
                                    <input id="cap" name="cap" inputmode="decimal" maxlength="20"/>
                                    <label for="min_category">{t("field-min_category")}</label>
                                    <select id="min_category" name="min_category">
                                        <option value="">{t("funding-no_min")}</option>
                                        {cats2.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                                    </select>
                                    <label for="min_percent">{t("field-min_percent")}</label>
                                    <input id="min_percent" name="min_percent" inputmode="numeric" maxlength="4"/>
                                </fieldset>
                                <button type="submit" class="primary">{t("funding-record_grant")}</button>
                            </ActionForm>
                        }.into_any()
                    }}
                </section>
                <section class="card" aria-labelledby="funders-title">
                    <h2 id="funders-title">{t("funding-funders")}</h2>
                    <ul class="rows">
                        {d.funders.iter().map(|(_, name)| view! { <li>{name.clone()}</li> }).collect_view()}
                    </ul>
                    <ActionForm action=add_funder>
                        <label for="funder_name">{t("field-funder_name")}</label>
                        <input id="funder_name" name="name" required maxlength="120"/>
                        <p class="hint">{t("funding-funder_hint")}</p>
                        <button type="submit">{t("funding-add_funder")}</button>
                    </ActionForm>
                </section>
                <section class="card" aria-labelledby="funding-settings-title">
                    <h2 id="funding-settings-title">{t("funding-settings")}</h2>
                    <ActionForm action=settings>
                        <fieldset>
                            <legend>{t("field-funding_mode")}</legend>
                            <label class="choice" for="mode_priority">
                                <input type="radio" id="mode_priority" name="mode" value="priority" checked=!d.pro_rata/>
                                {t("funding-mode_priority")}
                            </label>
                            <label class="choice" for="mode_pro_rata">
                                <input type="radio" id="mode_pro_rata" name="mode" value="pro_rata" checked=d.pro_rata/>
                                {t("funding-mode_pro_rata")}
                            </label>
                        </fieldset>
                        <label for="local_km">{t("field-local_km")}</label>
                        <input id="local_km" name="local_km" inputmode="numeric" value=d.local_km.to_string() maxlength="4"/>
                        <fieldset>
                            <legend>{t("field-produce")}</legend>
                            {categories.into_iter().enumerate().map(|(i, (id, name))| {
                                let field = format!("produce_{id}");
                                view! {
                                    <label class="choice" for=field.clone()>
                                        <input type="checkbox" id=field.clone() name=format!("produce[{i}]") value=id.to_string() checked=d.produce.contains(&id)/>
                                        {name}
                                    </label>
                                }
                            }).collect_view()}
                        </fieldset>
                        <button type="submit" class="primary">{t("common-save")}</button>
                    </ActionForm>
                </section>
            }
            .into_any()
        })}
    }
}

/// A grant: used, left, the pace, money received, where it went.
#[component]
pub fn GrantPage() -> impl IntoView {
    let id = id_param();
    let receive = ServerAction::<RecordGrantReceipt>::new();
    let reverse = ServerAction::<ReverseGrantReceipt>::new();
    let data = Resource::new(move || (id(), receive.version().get(), reverse.version().get()), |(id, _, _)| load_grant(id));
    view! {
        <SubNav/>
        <SavedNote/>
        <FormError error=action_error(receive)/>
        <FormError error=action_error(reverse)/>
        {loaded(data, Wait::Quiet, move |v| {
            let g = v.grant.clone();
            let grant_id = g.id;
            view! {
                <h1>{g.funder.clone()} " — " {g.name.clone()}</h1>
                <section class="card" aria-labelledby="use-title">
                    <h2 id="use-title">{t("funding-use")}</h2>
                    <p>{tr("funding-period", &[("from", g.from.clone()), ("to", g.to.clone())])}</p>
                    <p class="big">{tr("funding-used_percent", &[("used", Arg::Text(euros(g.used_cents))), ("amount", Arg::Text(euros(g.amount_cents))), ("percent", Arg::Num(v.used_percent))])}</p>
                    <meter min="0" max="100" low="50" high="80" optimum="40" value=v.used_percent.min(100).to_string() aria-label=t("funding-use")></meter>
                    <p>{tr("funding-left", &[("amount", Arg::Text(euros(v.left_cents)))])}</p>
                    {v.forecast_cents.map(|f| view! { <p>{tr("funding-forecast", &[("amount", Arg::Text(euros(f))), ("to", Arg::Text(g.to.clone()))])}</p> })}
                    {(v.ended && v.left_cents > 0).then(|| view! { <p class="error">{tr("funding-ended_left", &[("amount", Arg::Text(euros(v.left_cents)))])}</p> })}
                    {g.earmarks.iter().map(|e| view! { <p class="hint">{e.clone()}</p> }).collect_view()}
                    <p><a href=v.report_link.clone()>{t("funding-grant_report")}</a></p>
                </section>
                <section class="card" aria-labelledby="cycles-title">
                    <h2 id="cycles-title">{t("funding-by_cycle")}</h2>
                    {if v.cycles.is_empty() {
                        view! { <p>{t("funding-nothing_yet")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="rows">
                                {v.cycles.into_iter().map(|c| view! { <li><span>{c.cycle}</span> <span class="hint">{c.when}</span> <span class="amount">{euros(c.cents)}</span></li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                {(!g.members).then(|| view! {
                    <section class="card" aria-labelledby="received-title">
                        <h2 id="received-title">{t("funding-received")}</h2>
                        <p>{tr("funding-received_total", &[("amount", Arg::Text(euros(g.received_cents)))])}</p>
                        <ul class="rows">
                            {v.receipts.into_iter().map(|r| view! {
                                <li>
                                    <span class="when">{r.when}</span>
                                    <span class="amount">{euros(r.cents)}</span>
                                    <span class="hint">{r.by}</span>
                                    {r.reversal.then(|| view! { <span class="status">{t("funding-reversal")}</span> })}
                                    {r.reversed.then(|| view! { <span class="status">{t("ledger-reversed")}</span> })}
                                    {(!r.reversal && !r.reversed).then(|| view! {
                                        <ActionForm action=reverse attr:class="inline">
                                            <input type="hidden" name="grant_id" value=grant_id.to_string()/>
                                            <input type="hidden" name="receipt_id" value=r.id.to_string()/>
                                            <button type="submit">{t("funding-cancel_receipt")}</button>
                                        </ActionForm>
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                        <ActionForm action=receive>
                            <input type="hidden" name="grant_id" value=grant_id.to_string()/>
                            <label for="received_day">{t("field-day")}</label>
                            <input id="received_day" name="day" type="date" required/>
                            <label for="received_amount">{t("field-amount")}</label>
                            <input id="received_amount" name="amount" inputmode="decimal" required maxlength="20"/>
                            <button type="submit" class="primary">{t("funding-record_receipt")}</button>
                        </ActionForm>
                    </section>
                })}
                <p><A href=routes::FUNDERS>{t("funding-back")}</A></p>
            }
            .into_any()
        })}
    }
}

/// A table of rows by month, the chart's words as a table.
fn month_table(id: &str, caption: String, months: &[String], rows: &[Row], format: fn(i64) -> String) -> impl IntoView + use<> {
    let months = months.to_vec();
    let rows = rows.to_vec();
    view! {
        // Focusable: a table wider than a phone scrolls by keyboard too.
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=format!("{id}_caption")>
            <table id=id.to_string()>
                <caption id=format!("{id}_caption")>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("funding-col_what")}</th>
                        {months.into_iter().map(|m| view! { <th scope="col">{m}</th> }).collect_view()}
                        <th scope="col">{t("funding-col_total")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row">{r.label}</th>
                            {r.months.into_iter().map(|c| view! { <td>{shown(c, format)}</td> }).collect_view()}
                            <td>{shown(r.total, format)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn series(rows: &[Row]) -> Vec<Series> {
    rows.iter().map(|r| Series { name: r.label.clone(), values: r.months.iter().map(|c| c.or_zero()).collect() }).collect()
}

/// The query string of a report's files: the same period and scope.
fn file_query(r: &ReportView) -> String {
    let mut q = format!("du={}&au={}", urlencode(&r.from_input), urlencode(&r.to_input));
    if let Some(f) = r.funder_id {
        q.push_str(&format!("&financeur={f}"));
    }
    if let Some(g) = r.grant_id {
        q.push_str(&format!("&subvention={g}"));
    }
    q
}

/// The report of a period, for the association, a funder or a grant.
#[component]
pub fn ReportPage() -> impl IntoView {
    let du = query_param("du");
    let au = query_param("au");
    let financeur = query_param("financeur");
    let subvention = query_param("subvention");
    let data = Resource::new(
        move || (du.get(), au.get(), financeur.get(), subvention.get()),
        |(du, au, f, g)| funding_report(du, au, f.parse().ok(), g.parse().ok()),
    );
    view! {
        <div class="no-print"><SubNav/></div>
        {loaded(data, Wait::Said, move |r| report_view(r).into_any())}
    }
}

fn report_view(r: ReportView) -> impl IntoView {
    let scope = match &r.scope {
        Scope::Association => t("funding-scope_all").to_string(),
        Scope::Funder(name) => tr("funding-scope_funder", &[("funder", name.clone())]),
        Scope::Grant(name) => tr("funding-scope_grant", &[("grant", name.clone())]),
    };
    let query = file_query(&r);
    let money: fn(i64) -> String = euros;
    let count: fn(i64) -> String = number;
    let households_chart = stacked_bars(&BarChart {
        id: "chart_households",
        title: t("funding-chart_households"),
        desc: t("funding-chart_households_desc"),
        categories: &r.months,
        series: &series(&r.households),
        format: &number,
    });
    let funders_chart = stacked_bars(&BarChart {
        id: "chart_funders",
        title: t("funding-chart_funders"),
        desc: t("funding-chart_funders_desc"),
        categories: &r.months,
        series: &series(&r.solidarity_by_funder),
        format: &euros,
    });
    let percent = |p: i64| tr("funding-percent", &[("percent", Arg::Num(p))]);
    let produce_chart = percent_bars("chart_produce", t("funding-chart_produce"), t("funding-chart_produce_desc"), &r.months, &r.produce_by_month, &percent);
    let produce_row = Row {
        label: t("funding-produce_share").to_string(),
        months: r.produce_by_month.iter().map(|p| Shown::Value(p.unwrap_or(0))).collect(),
        total: Shown::Value(r.produce_percent.unwrap_or(0)),
    };
    let pct: fn(i64) -> String = |p| tr("funding-percent", &[("percent", Arg::Num(p))]);
    let (adults, children, said) = match r.composition {
        Some((said, a, c)) => (Some(a), Some(c), Some(said)),
        None => (None, None, None),
    };
    view! {
        <article class="report">
            <header class="cover">
                <p><strong>{r.association.clone()}</strong></p>
                <h1>{t("funding-report_title")}</h1>
                <p>{scope}</p>
                <p>{tr("funding-period", &[("from", r.from.clone()), ("to", r.to.clone())])}</p>
            </header>
            {view! {
            <section class="card no-print" aria-labelledby="report-form-title">
                <h2 id="report-form-title">{t("funding-choose")}</h2>
                <form method="get" action=routes::FUNDING_REPORT>
                    <label for="report_du">{t("money-from")}</label>
                    <input id="report_du" name="du" type="date" value=r.from_input.clone() required/>
                    <label for="report_au">{t("money-to")}</label>
                    <input id="report_au" name="au" type="date" value=r.to_input.clone() required/>
                    <label for="report_financeur">{t("field-funder")}</label>
                    <select id="report_financeur" name="financeur">
                        <option value="">{t("funding-all_funders")}</option>
                        {r.funders.iter().map(|(id, name)| view! { <option value=id.to_string() selected=r.funder_id == Some(*id)>{name.clone()}</option> }).collect_view()}
                    </select>
                    <label for="report_subvention">{t("field-grant")}</label>
                    <select id="report_subvention" name="subvention">
                        <option value="">{t("funding-all_grants")}</option>
                        {r.grants.iter().map(|(id, name)| view! { <option value=id.to_string() selected=r.grant_id == Some(*id)>{name.clone()}</option> }).collect_view()}
                    </select>
                    <button type="submit" class="primary">{t("funding-show")}</button>
                </form>
                <p class="downloads">
                    <a href=format!("/coordination/rapport.ods?{query}") download="">{t("funding-download_ods")}</a>
                    <a href=format!("/coordination/rapport.csv?{query}") download="">{t("funding-download_csv")}</a>
                </p>
                <p class="hint">{t("report-print_hint")}</p>
                <p class="hint">{t("funding-anonymous")}</p>
            </section>
            }.into_any()}

            {view! {
            <section class="card" aria-labelledby="served-title">
                <h2 id="served-title">{t("funding-served")}</h2>
                <dl class="figures">
                    <dt>{t("funding-households")}</dt><dd>{shown(r.households_total, count)}</dd>
                    <dt>{t("funding-new")}</dt><dd>{shown(r.new_households, count)}</dd>
                    <dt>{t("funding-returning")}</dt><dd>{shown(r.returning_households, count)}</dd>
                    {said.map(|s| view! {
                        <dt>{t("funding-composition_said")}</dt><dd>{shown(s, count)}</dd>
                        <dt>{t("funding-adults")}</dt><dd>{adults.map(|a| shown(a, count))}</dd>
                        <dt>{t("funding-children")}</dt><dd>{children.map(|c| shown(c, count))}</dd>
                    })}
                </dl>
                <figure>
                    <div class="chart-box" inner_html=households_chart></div>
                    {month_table("table_households", t("funding-chart_households").to_string(), &r.months, &r.households, count)}
                </figure>
            </section>
            }.into_any()}

            {view! {
            <section class="card" aria-labelledby="solidarity-title">
                <h2 id="solidarity-title">{t("funding-solidarity")}</h2>
                <p>{tr("funding-solidarity_total", &[("amount", Arg::Text(euros(r.solidarity_cents)))])}</p>
                {(r.unfunded_cents > 0).then(|| view! { <p>{tr("funding-unfunded_total", &[("amount", Arg::Text(euros(r.unfunded_cents)))])}</p> })}
                <figure>
                    <div class="chart-box" inner_html=funders_chart></div>
                    {month_table("table_funders", t("funding-chart_funders").to_string(), &r.months, &r.solidarity_by_funder, money)}
                </figure>
                {month_table("table_tiers", t("funding-by_tier").to_string(), &r.months, &r.solidarity_by_tier, money)}
            </section>
            }.into_any()}

            {view! {
            <section class="card" aria-labelledby="goods-title">
                <h2 id="goods-title">{t("funding-goods")}</h2>
                <dl class="figures">
                    <dt>{t("funding-goods_total")}</dt><dd>{euros(r.goods_cents)}</dd>
                    <dt>{t("funding-kg_total")}</dt><dd>{tr("funding-kg", &[("kg", Arg::Text(crate::i18n::format::quantity(r.kg_milli)))])}</dd>
                    <dt>{t("funding-produce_share")}</dt><dd>{r.produce_percent.map(pct)}</dd>
                    <dt>{t("funding-organic_share")}</dt><dd>{r.organic_percent.map(pct)}</dd>
                    <dt>{tr("funding-local_share", &[("km", Arg::Num(r.local_km))])}</dt><dd>{r.local_percent.map(pct)}</dd>
                </dl>
                <figure>
                    <div class="chart-box" inner_html=produce_chart></div>
                    {month_table("table_produce", t("funding-chart_produce").to_string(), &r.months, &[produce_row], pct)}
                </figure>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="table_categories_caption">
                    <table id="table_categories">
                        <caption id="table_categories_caption">{t("funding-by_category")}</caption>
                        <thead><tr>
                            <th scope="col">{t("funding-col_category")}</th>
                            <th scope="col">{t("funding-col_goods")}</th>
                            <th scope="col">{t("funding-col_kg")}</th>
                            <th scope="col">{t("funding-col_solidarity_paid")}</th>
                        </tr></thead>
                        <tbody>
                            {r.categories.iter().cloned().map(|c| view! {
                                <tr>
                                    <th scope="row">{c.name}</th>
                                    <td>{shown(c.cost, money)}</td>
                                    <td>{shown(c.kg_milli, crate::i18n::format::quantity)}</td>
                                    <td>{shown(c.solidarity, money)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
            }.into_any()}

            {view! {
            <section class="card" aria-labelledby="life-title">
                <h2 id="life-title">{t("funding-life")}</h2>
                <dl class="figures">
                    <dt>{t("funding-volunteer_hours")}</dt><dd>{crate::i18n::format::duration(r.volunteer_minutes * 60)}</dd>
                    <dt>{t("funding-volunteers")}</dt><dd>{shown(r.volunteers, count)}</dd>
                    <dt>{t("funding-workshops")}</dt><dd>{number(r.workshops)}</dd>
                    <dt>{t("funding-workshop_places")}</dt><dd>{number(r.workshop_places)}</dd>
                    <dt>{t("funding-workshop_present")}</dt><dd>{number(r.workshop_present)}</dd>
                    <dt>{t("funding-votes")}</dt><dd>{number(r.votes)}</dd>
                    <dt>{t("funding-participation")}</dt>
                    <dd>{tr("funding-ballots", &[("ballots", Arg::Num(r.ballots)), ("eligible", Arg::Num(r.eligible))])}</dd>
                </dl>
            </section>
            }.into_any()}

            {view! {
            <section class="card trace" aria-labelledby="trace-title">
                <h2 id="trace-title">{t("funding-trace")}</h2>
                <p class="hint">{t("funding-trace_hint")}</p>
                <ul class="rows">
                    {r.cycles.iter().cloned().map(|c| view! {
                        <li>
                            <A href=routes::cycle_page(c.cycle_id, "argent")>{c.cycle}</A>
                            <span class="hint">{c.when}</span>
                            <span>{tr("funding-trace_cycle", &[("amount", Arg::Text(euros(c.solidarity_cents))), ("unfunded", Arg::Text(euros(c.unfunded_cents)))])}</span>
                            {c.paid.into_iter().map(|(grant, cents)| view! { <span class="hint">{tr("funding-trace_paid", &[("grant", Arg::Text(grant)), ("amount", Arg::Text(euros(cents)))])}</span> }).collect_view()}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            }.into_any()}
        </article>
    }
}

/// What a household says of itself for the association's reports, on its
/// account page: private, like its tier, and only ever added up.
#[component]
pub fn MyComposition() -> impl IntoView {
    let save = ServerAction::<SaveComposition>::new();
    let data = Resource::new(move || save.version().get(), |_| my_composition());
    view! {
        {loaded(data, Wait::Quiet, move |said| said.map(|(adults, children)| view! {
            <section class="card" id="foyer" aria-labelledby="composition-title">
                <h2 id="composition-title">{t("funding-composition_title")}</h2>
                <p class="hint">{t("funding-composition_hint")}</p>
                <FormError error=action_error(save)/>
                <ActionForm action=save>
                    <label for="adults">{t("field-adults")}</label>
                    <input id="adults" name="adults" inputmode="numeric" maxlength="2" value=adults.map(|a| a.to_string()).unwrap_or_default()/>
                    <label for="kids">{t("field-household_children")}</label>
                    <input id="kids" name="kids" inputmode="numeric" maxlength="2" value=children.map(|c| c.to_string()).unwrap_or_default()/>
                    <button type="submit">{t("common-save")}</button>
                </ActionForm>
            </section>
        }))}
    }
}
