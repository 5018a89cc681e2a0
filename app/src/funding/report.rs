//! A report, built from the rows: the allocation of every closed cycle to
//! the grants, then the indicators of the period for the association, a
//! funder or a grant. Worded in the reader's language here, so the page
//! and the files say the same thing.

use super::{repo, CategoryLine, CycleTrace, ReportView, Row, Scope};
use crate::accounts::repo as accounts_repo;
use crate::cycles::time;
use crate::domain::funding::{allocate, CycleCost, Mode, Outcome};
use crate::domain::indicators::{about, count, percent, tally_households, Served};
use crate::error::{AppError, AppResult};
use crate::i18n::{format, tr, Arg};
use sqlx::AnyPool;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// The longest period a report covers: three years of months.
pub const MAX_MONTHS: usize = 36;

/// The months of `[from, to)`: the start of each, in Paris.
pub fn months(from: i64, to: i64) -> Vec<i64> {
    let (mut y, mut m, _) = time::calendar_day(from);
    let mut out = Vec::new();
    while let Some(start) = time::day_start((y, m, 1)) {
        if start >= to || out.len() >= MAX_MONTHS {
            break;
        }
        out.push(start);
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

/// The month index of a moment among `starts`.
fn month_of(starts: &[i64], ts: i64) -> usize {
    starts.iter().rposition(|s| *s <= ts).unwrap_or(0)
}

/// How a share reads: the tier's name where one tier has it, else "40 %".
pub fn share_label(tiers: &[(String, i64)], share: i64) -> String {
    match tiers.iter().filter(|t| t.1 == share).collect::<Vec<_>>().as_slice() {
        [one] => one.0.clone(),
        _ => tr("funding-share", &[("percent", Arg::Num(share))]),
    }
}

/// The allocation of every closed cycle up to `to`, from the first day a
/// grant covers (or `from`, if earlier): grants are used by earlier cycles
/// first, so a report of June must know what January took.
pub async fn allocation(pool: &AnyPool, from: i64, to: i64) -> Result<(Vec<repo::GrantRow>, Vec<CycleCost>, Outcome), sqlx::Error> {
    let grants = repo::grants(pool).await?;
    let categories = repo::grant_categories(pool).await?;
    let settings = accounts_repo::settings(pool).await?;
    let start = grants.iter().map(|g| g.starts_at).min().unwrap_or(from).min(from);
    let cycles = repo::cycle_costs(pool, start, to).await?;
    let domain: Vec<_> = grants.iter().map(|g| g.domain(&categories)).collect();
    let mode = if settings.funding_pro_rata { Mode::ProRata } else { Mode::Priority };
    let outcome = allocate(&cycles, &domain, mode);
    Ok((grants, cycles, outcome))
}

/// A report with its figures and without its words: read from the
/// database (asynchronously), then worded in one go in the reader's
/// language ([`Draft::word`]), which a plain file download sets around a
/// synchronous call only.
pub struct Draft {
    view: ReportView,
    tiers: Vec<(String, i64)>,
    /// The share of each row of `households` and `solidarity_by_tier`.
    household_shares: Vec<i64>,
    tier_shares: Vec<i64>,
    /// Whether the last row of `solidarity_by_funder` is what no grant paid.
    unfunded_row: bool,
    month_starts: Vec<i64>,
    trace_times: Vec<i64>,
    from: i64,
    to: i64,
}

impl Draft {
    pub fn word(self) -> ReportView {
        let Draft { mut view, tiers, household_shares, tier_shares, unfunded_row, month_starts, trace_times, from, to } = self;
        for (row, share) in view.households.iter_mut().zip(&household_shares) {
            row.label = share_label(&tiers, *share);
        }
        for (row, share) in view.solidarity_by_tier.iter_mut().zip(&tier_shares) {
            row.label = share_label(&tiers, *share);
        }
        if unfunded_row {
            if let Some(last) = view.solidarity_by_funder.last_mut() {
                last.label = crate::i18n::t("funding-unfunded").to_string();
            }
        }
        view.months = month_starts.iter().map(|s| format::month(*s)).collect();
        for (trace, at) in view.cycles.iter_mut().zip(&trace_times) {
            trace.when = format::date(*at);
        }
        view.from = format::date(from);
        view.to = format::date(to - 1);
        view
    }
}

/// The report of `[from, to)`, for every grant (`funder` and `grant`
/// `None`), one funder's grants, or one grant, worded in the reader's
/// language.
pub async fn build(pool: &AnyPool, from: i64, to: i64, funder: Option<i64>, grant: Option<i64>, now: i64) -> AppResult<ReportView> {
    Ok(draft(pool, from, to, funder, grant, now).await?.word())
}

pub async fn draft(pool: &AnyPool, from: i64, to: i64, funder: Option<i64>, grant: Option<i64>, now: i64) -> AppResult<Draft> {
    if to <= from {
        return Err(AppError::invalid("field-to", "funding-error_period"));
    }
    let settings = accounts_repo::settings(pool).await?;
    let tiers: Vec<(String, i64)> = accounts_repo::list_tiers(pool).await?.into_iter().map(|t| (t.name, t.share_percent)).collect();
    let starts = months(from, to);
    let to = match starts.len() {
        MAX_MONTHS => to.min(time::add_days(starts[MAX_MONTHS - 1], 31)),
        _ => to,
    };
    let n = starts.len();
    let whole = grant.is_none() && funder.is_none();
    // The reads go at once, each on a connection of its own: the report of
    // a large group's year waits for its longest query, not for their sum.
    let ((grants, _, outcome), funders, cycles, served_rows, before, goods, category_households, names, compositions) = tokio::try_join!(
        allocation(pool, from, to),
        repo::funders(pool),
        repo::closed_cycles(pool, from, to),
        async { if whole { repo::served(pool, from, to).await } else { Ok(Vec::new()) } },
        repo::ordered_before(pool, from),
        repo::goods(pool, from, to, settings.report_local_km),
        repo::category_households(pool, from, to),
        repo::categories(pool),
        repo::compositions(pool),
    )?;

    // Which grants the report is about.
    let chosen: HashSet<i64> = grants.iter().filter(|g| grant.is_none_or(|id| g.id == id) && funder.is_none_or(|id| g.funder_id == id)).map(|g| g.id).collect();
    let scope = match (grant, funder) {
        (Some(id), _) => Scope::Grant(grants.iter().find(|g| g.id == id).map(repo::GrantRow::label).ok_or(AppError::NotFound)?),
        (None, Some(id)) => Scope::Funder(funders.iter().find(|f| f.0 == id).map(|f| f.1.clone()).ok_or(AppError::NotFound)?),
        (None, None) => Scope::Association,
    };

    let cycle_month: HashMap<i64, usize> = cycles.iter().map(|c| (c.0, month_of(&starts, c.2))).collect();
    let grant_of: HashMap<i64, &repo::GrantRow> = grants.iter().map(|g| (g.id, g)).collect();

    // Who was served: every household that ordered, or those a chosen
    // grant paid for.
    let served: Vec<Served> = if whole {
        served_rows
            .into_iter()
            .filter_map(|(c, household, share_percent)| cycle_month.get(&c).map(|&month| Served { month, household, share_percent }))
            .collect()
    } else {
        outcome
            .allocations
            .iter()
            .filter(|a| chosen.contains(&a.grant))
            .filter_map(|a| cycle_month.get(&a.cycle).map(|&month| Served { month, household: a.household, share_percent: a.share_percent }))
            .collect()
    };
    let before: HashSet<i64> = before.into_iter().collect();
    let tally = tally_households(&served, n, &before);
    let household_shares: Vec<i64> = tally.by_share.keys().rev().copied().collect();
    let households = tally
        .by_share
        .iter()
        .rev()
        .map(|(share, total)| Row {
            label: String::new(),
            months: tally.by_share_month[share].iter().map(|h| count(*h)).collect(),
            total: count(*total),
        })
        .collect();

    // What was bought.
    let category_households: HashMap<i64, i64> = category_households.into_iter().collect();
    let produce: HashSet<i64> = settings.report_produce_categories.iter().copied().collect();
    let mut by_category: BTreeMap<i64, (i64, i64)> = BTreeMap::new();
    let (mut goods_cents, mut kg_milli, mut organic, mut local) = (0, 0, 0, 0);
    let mut produce_month = vec![(0i64, 0i64); n];
    for g in &goods {
        let e = by_category.entry(g.category_id).or_default();
        e.0 += g.cost_cents;
        e.1 += g.kg_milli;
        goods_cents += g.cost_cents;
        kg_milli += g.kg_milli;
        organic += g.organic_cents;
        local += g.local_cents;
        if let Some(&m) = cycle_month.get(&g.cycle_id) {
            produce_month[m].1 += g.cost_cents;
            if produce.contains(&g.category_id) {
                produce_month[m].0 += g.cost_cents;
            }
        }
    }
    let produce_cents: i64 = goods.iter().filter(|g| produce.contains(&g.category_id)).map(|g| g.cost_cents).sum();

    // The solidarity each chosen grant paid, by category, tier, funder, month.
    let in_period = |cycle: i64| cycle_month.contains_key(&cycle);
    let mut funded_category: HashMap<i64, i64> = HashMap::new();
    let mut funded_share: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    let mut by_funder: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    // Who each funder's money went to, over the period and each month: a
    // funder's figure describes them.
    let mut funder_households: HashMap<(String, Option<usize>), HashSet<i64>> = HashMap::new();
    for a in outcome.allocations.iter().filter(|a| in_period(a.cycle) && chosen.contains(&a.grant)) {
        let m = cycle_month[&a.cycle];
        *funded_category.entry(a.category).or_default() += a.cents;
        funded_share.entry(a.share_percent).or_insert_with(|| vec![0; n])[m] += a.cents;
        if let Some(g) = grant_of.get(&a.grant) {
            by_funder.entry(g.funder.clone()).or_insert_with(|| vec![0; n])[m] += a.cents;
            for key in [None, Some(m)] {
                funder_households.entry((g.funder.clone(), key)).or_default().insert(a.household);
            }
        }
    }
    // What each grant paid in each cycle, in one pass over the allocations
    // (a large year has hundreds of thousands).
    let mut paid_in: HashMap<i64, BTreeMap<i64, i64>> = HashMap::new();
    for a in outcome.allocations.iter().filter(|a| in_period(a.cycle)) {
        *paid_in.entry(a.cycle).or_default().entry(a.grant).or_default() += a.cents;
    }
    let mut unfunded_month = vec![0; n];
    let mut solidarity_month = vec![0; n];
    let mut traces = Vec::new();
    let mut trace_times = Vec::new();
    for f in outcome.cycles.iter().filter(|f| in_period(f.cycle)) {
        let m = cycle_month[&f.cycle];
        unfunded_month[m] += f.unfunded_cents;
        solidarity_month[m] += f.solidarity_cents;
        let c = cycles.iter().find(|c| c.0 == f.cycle);
        let paid = paid_in.remove(&f.cycle).unwrap_or_default();
        trace_times.push(c.map_or(0, |c| c.2));
        traces.push(CycleTrace {
            cycle_id: f.cycle,
            cycle: c.map(|c| c.1.clone()).unwrap_or_default(),
            when: String::new(),
            solidarity_cents: f.solidarity_cents,
            paid: paid.into_iter().map(|(g, cents)| (grant_of.get(&g).map(|g| g.label()).unwrap_or_default(), cents)).collect(),
            unfunded_cents: f.unfunded_cents,
        });
    }

    // Solidarity by tier: the whole cost for the association, what the
    // chosen grants paid otherwise; hidden where a tier is fewer than 5.
    let tier_months: BTreeMap<i64, Vec<i64>> = if whole {
        let mut t: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
        for g in goods.iter().filter(|g| g.share_percent < 100) {
            if let Some(&m) = cycle_month.get(&g.cycle_id) {
                t.entry(g.share_percent).or_insert_with(|| vec![0; n])[m] += g.cost_cents - g.due_cents;
            }
        }
        t
    } else {
        funded_share
    };
    let tier_shares: Vec<i64> = tier_months.keys().rev().copied().collect();
    let solidarity_by_tier = tier_months
        .iter()
        .rev()
        .map(|(share, per)| {
            let households = tally.by_share.get(share).copied().unwrap_or(0);
            let month_households = tally.by_share_month.get(share);
            Row {
                label: String::new(),
                months: per.iter().enumerate().map(|(m, c)| about(month_households.map_or(0, |h| h[m]), *c)).collect(),
                total: about(households, per.iter().sum()),
            }
        })
        .collect();
    let reached = |name: &str, m: Option<usize>| funder_households.get(&(name.to_string(), m)).map_or(0, |h| h.len() as i64);
    let funded: i64 = by_funder.values().flatten().sum();
    let mut solidarity_by_funder: Vec<Row> = by_funder
        .into_iter()
        .map(|(name, per)| Row {
            total: about(reached(&name, None), per.iter().sum()),
            months: per.iter().enumerate().map(|(m, c)| about(reached(&name, Some(m)), *c)).collect(),
            label: name,
        })
        .collect();
    let (solidarity_cents, unfunded_cents) = if whole {
        let unfunded: i64 = unfunded_month.iter().sum();
        // What no grant paid describes the households below 100 % that month.
        let helped = |m: usize| tally.by_share_month.iter().filter(|(s, _)| **s < 100).map(|(_, h)| h[m]).sum::<i64>();
        let helped_all = tally.by_share.iter().filter(|(s, _)| **s < 100).map(|(_, h)| h).sum::<i64>();
        solidarity_by_funder.push(Row {
            label: String::new(),
            total: about(helped_all, unfunded),
            months: unfunded_month.iter().enumerate().map(|(m, c)| about(helped(m), *c)).collect(),
        });
        (solidarity_month.iter().sum(), unfunded)
    } else {
        (funded, 0)
    };

    // Household composition, where households said.
    let who: BTreeSet<i64> = served.iter().map(|s| s.household).collect();
    let said: Vec<_> = compositions.into_iter().filter(|c| who.contains(&c.0)).collect();
    let composition = (!said.is_empty()).then(|| {
        let k = said.len() as i64;
        (count(k), about(k, said.iter().filter_map(|c| c.1).sum()), about(k, said.iter().filter_map(|c| c.2).sum()))
    });

    let until = to.min(now);
    let (volunteer_minutes, volunteers) = repo::volunteering(pool, from, until).await?;
    let (workshops, workshop_places, workshop_present) = repo::workshops(pool, from, until).await?;
    let (votes, ballots, eligible) = repo::participation(pool, from, until).await?;

    let categories = by_category
        .iter()
        .map(|(id, (cost, kg))| {
            let h = category_households.get(id).copied().unwrap_or(0);
            CategoryLine {
                name: names.iter().find(|c| c.0 == *id).map(|c| c.1.clone()).unwrap_or_default(),
                cost: about(h, *cost),
                kg_milli: about(h, *kg),
                solidarity: about(h, funded_category.get(id).copied().unwrap_or(0)),
            }
        })
        .collect();

    let view = ReportView {
        association: settings.association_name,
        scope,
        funder_id: funder,
        grant_id: grant,
        from: String::new(),
        to: String::new(),
        from_input: time::to_day_input(from),
        to_input: time::to_day_input(to - 1),
        months: Vec::new(),
        households,
        households_total: count(tally.total),
        new_households: count(tally.new),
        returning_households: count(tally.returning),
        composition,
        categories,
        goods_cents,
        kg_milli,
        produce_percent: percent(produce_cents, goods_cents),
        organic_percent: percent(organic, goods_cents),
        local_percent: percent(local, goods_cents),
        local_km: settings.report_local_km,
        produce_by_month: produce_month.into_iter().map(|(p, all)| percent(p, all)).collect(),
        solidarity_by_tier,
        solidarity_by_funder,
        solidarity_cents,
        unfunded_cents,
        volunteer_minutes,
        volunteers: count(volunteers),
        workshops,
        workshop_places,
        workshop_present,
        votes,
        ballots,
        eligible,
        cycles: traces,
        funders,
        grants: grants.iter().map(|g| (g.id, g.label())).collect(),
    };
    Ok(Draft { view, tiers, household_shares, tier_shares, unfunded_row: whole, month_starts: starts, trace_times, from, to })
}
