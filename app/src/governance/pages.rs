//! The users' commissions: who sits where, proposals and their votes,
//! elections, ideas. Readable by every member; each form shows only to
//! those who may use it, and the server checks again.

use crate::ui::widgets::{action_error, id_param, marked, query_param, FormError, SavedNote, loaded, Wait};
use crate::domain::governance::{Choice, Phase, ProposalKind, Scope};
use crate::domain::quantity::Unit;
use crate::governance::api::{
    election, governance_overview, proposal, CastBallot, Comment, CreateCommission, OpenElection, OpenProposal, SendIdea, Stand, StepDown, Vote,
};
use crate::i18n::{t, tr, Arg};
use leptos::prelude::*;
use leptos_router::components::A;
use crate::routes;

#[component]
pub fn CommissionsPage() -> impl IntoView {
    let idea = ServerAction::<SendIdea>::new();
    let step_down = ServerAction::<StepDown>::new();
    let create = ServerAction::<CreateCommission>::new();
    let election_open = ServerAction::<OpenElection>::new();
    let data = Resource::new(
        move || idea.version().get() + step_down.version().get() + create.version().get() + election_open.version().get(),
        |_| governance_overview(),
    );
    view! {
        <h1>{t("gov-title")}</h1>
        <p class="hint">{t("gov-intro")}</p>
        <SavedNote/>
        {[action_error(idea), action_error(step_down), action_error(election_open)].into_iter().map(|e| view! { <FormError error=e/> }).collect_view()}
        {loaded(data, Wait::Said, move |g| {
            let coordinates = g.coordinates;
            view! {
                {(!g.elections.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="elections">
                        <h2 id="elections">{t("gov-elections")}</h2>
                        <ul class="rows">
                            {g.elections.into_iter().map(|e| view! {
                                <li><A href=routes::election(e.id)>{e.commission}</A> " — " {t(e.phase.label_key())} " · " {e.until}</li>
                            }).collect_view()}
                        </ul>
                    </section>
                })}
                {g.commissions.is_empty().then(|| view! { <section class="card"><p>{t("gov-none")}</p></section> })}
                {g.commissions.into_iter().map(|c| {
                    let cid = c.id.to_string();
                    let (cid3, cid4) = (cid.clone(), cid.clone());
                    let idea_field = format!("idea-{}", c.id);
                    let voting_field = format!("voting-{}", c.id);
                    let closes_field = format!("closes-{}", c.id);
                    let i_sit = c.i_sit;
                    view! {
                        <section class="card commission" id=format!("commission-{}", c.id) aria-labelledby=format!("c-{}", c.id)>
                            <h2 id=format!("c-{}", c.id)>{c.name.clone()}</h2>
                            <p class="hint">{t(c.scope.label_key())} " · " {tr("gov-seats", &[("count", c.seats)])} " · " {c.rules.clone()}</p>
                            {(!c.description.is_empty()).then(|| view! { <p>{c.description.clone()}</p> })}
                            <h3>{t("gov-members")}</h3>
                            {if c.members.is_empty() {
                                view! { <p>{t("gov-no_members")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="rows">
                                        {c.members.into_iter().map(|m| view! { <li>{tr("gov-member_until", &[("name", m.name), ("until", m.until)])}</li> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                            {i_sit.then(|| view! {
                                <p><A href=routes::propose_in(c.id) attr:class="button primary">{t("gov-open_proposal")}</A></p>
                                <ActionForm action=step_down>
                                    <input type="hidden" name="commission_id" value=cid3/>
                                    <button type="submit">{t("gov-step_down")}</button>
                                </ActionForm>
                            })}
                            <h3>{t("gov-proposals")}</h3>
                            {c.proposals.is_empty().then(|| view! { <p class="hint">{t("gov-no_proposals")}</p> })}
                            <ul class="rows">
                                {c.proposals.into_iter().map(|p| view! {
                                    <li>
                                        <A href=routes::proposal(p.id)>{p.title}</A>
                                        <span class="status">{t(p.state.label_key())} " · " {t(p.kind.label_key())} " · " {tr("gov-closes", &[("when", p.closes)])}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                            <h3>{t("gov-ideas")}</h3>
                            {c.ideas.is_empty().then(|| view! { <p class="hint">{t("gov-no_ideas")}</p> })}
                            <ul class="rows">
                                {c.ideas.into_iter().map(|i| {
                                    let link = match i.proposal_id {
                                        Some(p) => Some((routes::proposal(p), t("gov-idea_became"))),
                                        None if i_sit => Some((format!("{}?idee={}", routes::propose_in(c.id), i.id), t("gov-idea_to_proposal"))),
                                        None => None,
                                    };
                                    view! {
                                        <li>
                                            <span>{tr("gov-idea_by", &[("idea", i.body), ("author", i.author)])}</span>
                                            {link.map(|(href, words)| view! { <A href=href>{words}</A> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <ActionForm action=idea>
                                <input type="hidden" name="commission_id" value=cid/>
                                <label for=idea_field.clone()>{t("field-idea")}</label>
                                <textarea id=idea_field name="body" maxlength="600" rows="2" required></textarea>
                                <p class="hint">{t("gov-idea_public")}</p>
                                <button type="submit">{t("gov-send_idea")}</button>
                            </ActionForm>
                            {coordinates.then(|| view! {
                                <details>
                                    <summary>{t("gov-new_election")}</summary>
                                    <ActionForm action=election_open>
                                        <input type="hidden" name="commission_id" value=cid4/>
                                        <label for=voting_field.clone()>{t("field-voting_from")}</label>
                                        <input id=voting_field name="voting" type="datetime-local" required/>
                                        <label for=closes_field.clone()>{t("field-vote_closes")}</label>
                                        <input id=closes_field name="closes" type="datetime-local" required/>
                                        <button type="submit">{t("gov-start_election")}</button>
                                    </ActionForm>
                                </details>
                            })}
                        </section>
                    }
                }).collect_view()}
                {coordinates.then(|| view! {
                    <section class="card" aria-labelledby="new-commission">
                        <h2 id="new-commission">{t("gov-new_commission")}</h2>
                        <FormError error=action_error(create)/>
                        <ActionForm action=create>
                            <label for="c-name">{t("field-name")}</label>
                            <input id="c-name" name="name" required maxlength="120"/>
                            <label for="c-scope">{t("field-scope")}</label>
                            <select id="c-scope" name="scope">
                                {Scope::ALL.into_iter().map(|s| view! { <option value=s.code()>{t(s.label_key())}</option> }).collect_view()}
                            </select>
                            <label for="c-description">{t("field-description")}</label>
                            <textarea id="c-description" name="description" maxlength="2000" rows="2"></textarea>
                            <div class="two">
                                <div>
                                    <label for="c-seats">{t("field-seats")}</label>
                                    <input id="c-seats" name="seats" inputmode="numeric" value="5" maxlength="2"/>
                                </div>
                                <div>
                                    <label for="c-term">{t("field-term_days")}</label>
                                    <input id="c-term" name="term_days" inputmode="numeric" value="365" maxlength="4"/>
                                </div>
                            </div>
                            <div class="two">
                                <div>
                                    <label for="c-quorum">{t("field-quorum")}</label>
                                    <input id="c-quorum" name="quorum_percent" inputmode="numeric" value="50" maxlength="3"/>
                                </div>
                                <div>
                                    <label for="c-majority">{t("field-majority")}</label>
                                    <select id="c-majority" name="majority">
                                        <option value="simple">{t("gov-majority_simple")}</option>
                                        <option value="two_thirds">{t("gov-majority_two_thirds")}</option>
                                    </select>
                                </div>
                            </div>
                            <button type="submit" class="primary">{t("gov-create_commission")}</button>
                        </ActionForm>
                    </section>
                })}
                <p><a href="/gouvernance/journal.json" rel="external">{t("gov-whole_log")}</a></p>
            }.into_any()
        })}
    }
}

/// A commission member opens a proposal. Without JavaScript every field is
/// there, grouped by the kind it belongs to.
#[component]
pub fn NewProposalPage() -> impl IntoView {
    let id = id_param();
    let idea = query_param("idee");
    let open = ServerAction::<OpenProposal>::new();
    let data = Resource::new(|| (), |_| governance_overview());
    view! {
        <p><A href=routes::COMMISSIONS>{t("gov-back")}</A></p>
        <h1>{t("gov-open_proposal")}</h1>
        <FormError error=action_error(open)/>
        {loaded(data, Wait::Quiet, move |g| {
            let cid = id();
            let commission = g.commissions.iter().find(|c| c.id == cid).map(|c| c.name.clone()).unwrap_or_default();
            let idea_id = idea.get_untracked();
            view! {
                <p class="hint">{commission}</p>
                <ActionForm action=open>
                    <input type="hidden" name="commission_id" value=cid.to_string()/>
                    {(!idea_id.is_empty()).then(|| view! { <input type="hidden" name="idea_id" value=idea_id.clone()/> })}
                    <label for="p-title">{t("field-title")}</label>
                    <input id="p-title" name="title" required maxlength="160"/>
                    <label for="p-reasons">{t("field-reasons")}</label>
                    <textarea id="p-reasons" name="reasons" required maxlength="2000" rows="4"></textarea>
                    <label for="p-kind">{t("field-kind")}</label>
                    <select id="p-kind" name="kind">
                        {ProposalKind::ALL.into_iter().map(|k| view! { <option value=k.code()>{t(k.label_key())}</option> }).collect_view()}
                    </select>
                    <label for="p-closes">{t("field-vote_closes")}</label>
                    <input id="p-closes" name="closes" type="datetime-local" required/>
                    <p class="check">
                        <input type="checkbox" id="p-secret" name="secret" value="1"/>
                        <label for="p-secret">{t("gov-secret")}</label>
                    </p>
                    <fieldset>
                        <legend>{t("gov-for_product_kinds")}</legend>
                        <label for="p-product">{t("field-product")}</label>
                        <select id="p-product" name="product_id">
                            {g.products.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                        </select>
                    </fieldset>
                    <fieldset>
                        <legend>{t("gov-for_producer_kinds")}</legend>
                        <label for="p-producer">{t("field-producer")}</label>
                        <select id="p-producer" name="producer_id">
                            {g.producers.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                        </select>
                        <label for="p-price">{t("field-price")}</label>
                        <input id="p-price" name="price" inputmode="decimal" maxlength="12"/>
                    </fieldset>
                    <fieldset>
                        <legend>{t("gov-for_add_product")}</legend>
                        <label for="p-name">{t("field-name")}</label>
                        <input id="p-name" name="name" maxlength="120"/>
                        <label for="p-description">{t("field-description")}</label>
                        <textarea id="p-description" name="description" maxlength="2000" rows="2"></textarea>
                        <label for="p-category">{t("field-category")}</label>
                        <select id="p-category" name="category_id">
                            {g.categories.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                        </select>
                        <div class="two">
                            <div>
                                <label for="p-unit">{t("field-unit")}</label>
                                <select id="p-unit" name="unit">
                                    {Unit::ALL.into_iter().map(|u| view! { <option value=u.code()>{t(u.label_key())}</option> }).collect_view()}
                                </select>
                            </div>
                            <div>
                                <label for="p-step">{t("field-step")}</label>
                                <input id="p-step" name="step" inputmode="decimal" maxlength="8" value="1"/>
                            </div>
                        </div>
                        <label for="p-min">{t("field-min")}</label>
                        <input id="p-min" name="min" inputmode="decimal" maxlength="8"/>
                        <fieldset>
                            <legend>{t("field-labels")}</legend>
                            {crate::catalogue::Label::ALL.into_iter().enumerate().map(|(i, l)| {
                                let id = format!("p-label-{}", l.code());
                                view! {
                                    <p class="check">
                                        <input type="checkbox" id=id.clone() name=format!("labels[{i}]") value=l.code()/>
                                        <label for=id>{t(l.label_key())}</label>
                                    </p>
                                }
                            }).collect_view()}
                        </fieldset>
                        <label for="p-photo">{t("field-photo_url")}</label>
                        <input id="p-photo" name="photo_url" maxlength="500"/>
                    </fieldset>
                    <button type="submit" class="primary">{t("gov-open_proposal")}</button>
                </ActionForm>
            }.into_any()
        })}
    }
}

#[component]
pub fn ProposalPage() -> impl IntoView {
    let id = id_param();
    let vote = ServerAction::<Vote>::new();
    let comment = ServerAction::<Comment>::new();
    let data = Resource::new(move || (id(), vote.version().get(), comment.version().get()), |(id, _, _)| proposal(id));
    view! {
        <p><A href=routes::COMMISSIONS>{t("gov-back")}</A></p>
        <SavedNote/>
        <FormError error=action_error(vote)/>
        {loaded(data, Wait::Said, move |p| {
            let pid = p.id.to_string();
            let pid2 = pid.clone();
            view! {
                <h1>{p.title.clone()}</h1>
                {p.altered.then(|| view! { <p class="error" role="alert">{t("gov-altered")}</p> })}
                <section class="card">
                    <p><span class="status">{t(p.state.label_key())}</span> " · " {p.commission.clone()} " · " {t(p.kind.label_key())}</p>
                    {(!p.change.is_empty()).then(|| view! { <p><strong>{p.change.clone()}</strong></p> })}
                    <p class="reasons">{p.reasons.clone()}</p>
                    <p class="hint">{match p.idea_by.clone() {
                        Some(idea_by) => tr("gov-opened_by_idea", &[("author", p.author.clone()), ("idea_by", idea_by)]),
                        None => tr("gov-opened_by", &[("author", p.author.clone())]),
                    }}</p>
                    <p class="hint">{tr("gov-rules", &[("rules", p.rules.clone())])} " · " {tr("gov-closes", &[("when", p.closes.clone())])}
                        {p.secret.then(|| view! { " · " {t("gov-secret_vote")} })}</p>
                    <p>{tr("gov-turnout", &[("voted", p.voted), ("eligible", p.eligible)])}</p>
                    {p.counts.map(|(f, a, ab)| view! {
                        <p class="result"><strong>{t(p.state.label_key())}</strong> " — "
                            {tr("gov-tally", &[("for", f), ("against", a), ("abstain", ab)])}</p>
                    })}
                    {p.applied.clone().map(|c| view! { <p class="ok">{tr("gov-applied_to", &[("cycle", c)])}</p> })}
                    {(!p.votes.is_empty()).then(|| view! {
                        <ul class="rows">
                            {p.votes.iter().map(|v| view! { <li>{tr("gov-vote_line", &[("name", v.name.clone()), ("choice", t(v.choice.label_key()).to_string())])}</li> }).collect_view()}
                        </ul>
                    })}
                    <p><a href=format!("/gouvernance/proposition/{}/export.json", p.id) rel="external">{t("gov-export")}</a></p>
                </section>
                {p.may_vote.then(|| {
                    let mine = p.my_choice.clone();
                    let secret = p.secret;
                    view! {
                        <section class="card" aria-labelledby="my-vote">
                            <h2 id="my-vote">{t("gov-your_vote")}</h2>
                            {if p.voted_elsewhere {
                                view! { <p class="hint">{t("gov-secret_voted_elsewhere")}</p> }.into_any()
                            } else {
                                view! {
                                    {mine.clone().map(|c| view! { <p class="hint">{tr("gov-you_voted", &[("choice", t(c.label_key()))])} " " {t("gov-may_change")}</p> })}
                                    {(secret && mine.is_some()).then(|| view! { <p class="hint">{t("gov-secret_receipt_here")}</p> })}
                                    <ActionForm action=vote attr:class="vote">
                                        <input type="hidden" name="proposal_id" value=pid/>
                                        {Choice::ALL.into_iter().map(|c| view! {
                                            <button type="submit" name="choice" value=c.code() class:primary={mine == Some(c)}>{t(c.label_key())}</button>
                                        }).collect_view()}
                                    </ActionForm>
                                }.into_any()
                            }}
                        </section>
                    }
                })}
                {p.my_choice.clone().filter(|_| !p.may_vote).map(|c| view! {
                    <p class="hint">{tr("gov-you_voted", &[("choice", t(c.label_key()))])}</p>
                })}
                <section class="card" id="commentaires" aria-labelledby="comments">
                    <h2 id="comments">{t("gov-comments")}</h2>
                    <ul class="rows">
                        {p.comments.into_iter().map(|c| view! { <li><span><strong>{c.author}</strong> " · " <span class="hint">{c.when}</span><br/>{c.body}</span></li> }).collect_view()}
                    </ul>
                    <FormError error=action_error(comment)/>
                    <ActionForm action=comment>
                        <input type="hidden" name="proposal_id" value=pid2/>
                        <label for="comment-body">{t("field-comment")}</label>
                        <textarea id="comment-body" name="body" maxlength="1000" rows="2" required></textarea>
                        <button type="submit">{t("gov-send_comment")}</button>
                    </ActionForm>
                </section>
            }.into_any()
        })}
    }
}

#[component]
pub fn ElectionPage() -> impl IntoView {
    let id = id_param();
    let stand = ServerAction::<Stand>::new();
    let ballot = ServerAction::<CastBallot>::new();
    let data = Resource::new(move || (id(), stand.version().get(), ballot.version().get()), |(id, _, _)| election(id));
    view! {
        <p><A href=routes::COMMISSIONS>{t("gov-back")}</A></p>
        <SavedNote/>
        <FormError error=action_error(stand)/>
        <FormError error=action_error(ballot)/>
        {loaded(data, Wait::Said, move |e| {
            let eid = e.id.to_string();
            let eid2 = eid.clone();
            let voting = e.phase == Phase::Voting && !e.i_voted;
            let candidacy = e.phase == Phase::Candidacy && !e.i_stand;
            view! {
                <h1>{tr("gov-election_of", &[("commission", e.commission.clone())])}</h1>
                <section class="card">
                    <p><span class="status">{t(e.phase.label_key())}</span> " · " {tr("gov-seats", &[("count", e.seats)])}</p>
                    <p class="hint">{tr("gov-voting_from", &[("when", e.voting_from.clone())])} " · " {tr("gov-closes", &[("when", e.closes.clone())])}</p>
                    <p class="hint">{tr("gov-ballot_rule", &[("seats", e.seats)])}</p>
                    {e.i_voted.then(|| view! { <p class="ok">{t("gov-ballot_counted")}</p> })}
                    {e.draw_seed.clone().map(|s| view! { <p class="hint">{marked("gov-draw_seed", &[("seed", Arg::Text(s))], &[("seed", code)])}</p> })}
                    <p><a href=format!("/gouvernance/election/{}/export.json", e.id) rel="external">{t("gov-export")}</a></p>
                </section>
                <ActionForm action=ballot>
                    <input type="hidden" name="election_id" value=eid/>
                    <ul class="candidates">
                        {e.candidates.into_iter().enumerate().map(|(i, c)| {
                            let field = format!("choice-{}", c.account_id);
                            view! {
                                <li class="card" class:elected=c.elected>
                                    {(!c.photo_url.is_empty()).then(|| view! { <img src=c.photo_url.clone() alt="" width="64" height="64" loading="lazy"/> })}
                                    {if voting {
                                        view! {
                                            <p class="check">
                                                <input type="checkbox" id=field.clone() name=format!("choices[{i}]") value=c.account_id.to_string()/>
                                                <label for=field><strong>{c.name.clone()}</strong></label>
                                            </p>
                                        }.into_any()
                                    } else {
                                        view! { <p><strong>{c.name.clone()}</strong></p> }.into_any()
                                    }}
                                    <p>{c.statement}</p>
                                    {c.approvals.map(|n| view! { <p class="status">{tr("gov-approvals", &[("count", n)])}</p> })}
                                    {c.elected.then(|| view! { <p class="ok">{t("gov-elected")}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {voting.then(|| view! { <button type="submit" class="primary">{t("gov-cast_ballot")}</button> })}
                </ActionForm>
                {candidacy.then(|| view! {
                    <section class="card" aria-labelledby="stand">
                        <h2 id="stand">{t("gov-stand")}</h2>
                        <ActionForm action=stand>
                            <input type="hidden" name="election_id" value=eid2/>
                            <label for="statement">{t("field-statement")}</label>
                            <textarea id="statement" name="statement" required maxlength="600" rows="3"></textarea>
                            <label for="photo_url">{t("field-photo_url")}</label>
                            <input id="photo_url" name="photo_url" maxlength="500"/>
                            <button type="submit" class="primary">{t("gov-stand_button")}</button>
                        </ActionForm>
                    </section>
                })}
            }.into_any()
        })}
    }
}

/// For [`marked`]: a value to copy exactly, like the draw's seed.
fn code(value: String) -> AnyView {
    view! { <code>{value}</code> }.into_any()
}
