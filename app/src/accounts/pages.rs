//! Login, invitation, profile (tier and password).

use crate::ui::widgets::{action_error, error_view, marked, query_param, strong, FormError, LanguagePicker, SavedNote, loaded, Wait};
use crate::routes;
use crate::accounts::api::{invitation_name, my_profile, AcceptInvitation, ChangePassword, Login, SetMyTier};
use crate::notifications::api::{push_settings, RemovePushDevice, SetPushChoice};
use crate::i18n::{t, tr, Arg};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use leptos_router::components::A;

/// A plain form on purpose: logging in changes the whole page, so a full
/// load (with or without JavaScript) is the simplest right thing.
#[component]
pub fn LoginPage() -> impl IntoView {
    let next = query_param("next");
    // Only read for the error Leptos hands back after a failed post.
    let login = ServerAction::<Login>::new();
    view! {
        <section class="card narrow">
            <LanguagePicker next=match next.get_untracked() {
                n if n.is_empty() => routes::LOGIN.to_string(),
                n => format!("{}?next={}", routes::LOGIN, crate::domain::security::encode_component(&n)),
            }/>
            <h1>{t("login-title")}</h1>
            <FormError error=action_error(login)/>
            <form method="post" action="/api/login">
                <label for="identifier">{t("login-identifier")}</label>
                <input id="identifier" name="identifier" type="text" autocomplete="username" required maxlength="254"/>
                <label for="password">{t("login-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200"/>
                <input type="hidden" name="next" value=move || next.get()/>
                <button type="submit" class="primary">{t("login-submit")}</button>
            </form>
            <p class="hint">{t("login-no_password")}</p>
        </section>
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let name = Resource::new(token, invitation_name);
    let accept = ServerAction::<AcceptInvitation>::new();
    view! {
        <section class="card narrow">
            // Before choosing a password, in the language the new member
            // reads: accepting keeps it on the account.
            <LanguagePicker next=format!("/invitation/{}", token())/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match name.await {
                        Ok(Some(name)) => view! {
                            <h1>{tr("invitation-hello", &[("name", name)])}</h1>
                            <p>{t("invitation-choose_password")}</p>
                            <FormError error=action_error(accept)/>
                            <form method="post" action="/api/accept_invitation">
                                <input type="hidden" name="token" value=token()/>
                                <label for="password">{t("field-password")}</label>
                                <input id="password" name="password" type="password" autocomplete="new-password" required minlength="8" maxlength="200"/>
                                <label for="confirm">{t("field-password_confirm")}</label>
                                <input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength="8" maxlength="200"/>
                                <button type="submit" class="primary">{t("invitation-submit")}</button>
                            </form>
                        }.into_any(),
                        Ok(None) => view! {
                            <h1>{t("invitation-expired_title")}</h1>
                            <p>{t("invitation-expired")}</p>
                        }.into_any(),
                        Err(e) => error_view(e),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let set_tier = ServerAction::<SetMyTier>::new();
    let change_password = ServerAction::<ChangePassword>::new();
    let profile = Resource::new(move || set_tier.version().get(), |_| my_profile());
    view! {
        <h1>{t("profile-title")}</h1>
        <SavedNote/>
        {loaded(profile, Wait::Quiet, move |p| {
            let contact = [p.email.clone(), p.phone.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            let tier_section = p.household_name.clone().map(|household| {
                let current = p.tier_id;
                view! {
                    <section class="card" aria-labelledby="tier-title">
                        <h2 id="tier-title">{t("profile-tier_title")}</h2>
                        {current.is_none().then(|| view! { <p class="error" role="alert">{t("profile-tier_choose_first")}</p> })}
                        <p>{t("profile-tier_explain")}</p>
                        <p class="hint">{t("profile-tier_private")}</p>
                        <FormError error=action_error(set_tier)/>
                        <ActionForm action=set_tier>
                            <fieldset>
                                <legend>{tr("profile-tier_for", &[("household", household)])}</legend>
                                {p.tiers.iter().map(|tier| {
                                    let id = format!("tier-{}", tier.id);
                                    view! {
                                        <label class="choice" for=id.clone()>
                                            <input type="radio" name="tier_id" id=id.clone() value=tier.id.to_string() checked=current == Some(tier.id)/>
                                            <span>
                                                {marked("profile-tier_share", &[("tier", Arg::Text(tier.name.clone())), ("share", Arg::Num(tier.share_percent))], &[("tier", strong)])}
                                                <br/><small>{tier.description.clone()}</small>
                                            </span>
                                        </label>
                                    }
                                }).collect_view()}
                            </fieldset>
                            <button type="submit" class="primary">{t("common-save")}</button>
                        </ActionForm>
                    </section>
                }
            });
            view! {
                <section class="card">
                    <p><strong>{p.display_name.clone()}</strong></p>
                    <p>{contact}</p>
                </section>
                {p.household_name.is_some().then(|| view! {
                    <section class="card">
                        <p><A href=routes::ACCOUNT attr:class="button">{t("ledger-my_account")}</A></p>
                        <p class="hint">{t("ledger-account_hint")}</p>
                    </section>
                })}
                <section class="card" id="langue">
                    <LanguagePicker next=format!("{}#langue", routes::PROFILE)/>
                </section>
                {tier_section}
                <section class="card" aria-labelledby="password-title">
                    <h2 id="password-title">{t("profile-password_title")}</h2>
                    <FormError error=action_error(change_password)/>
                    <ActionForm action=change_password>
                        <label for="current">{t("field-current_password")}</label>
                        <input id="current" name="current" type="password" autocomplete="current-password" required maxlength="200"/>
                        <label for="new-password">{t("field-password")}</label>
                        <input id="new-password" name="password" type="password" autocomplete="new-password" required minlength="8" maxlength="200"/>
                        <label for="confirm">{t("field-password_confirm")}</label>
                        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength="8" maxlength="200"/>
                        <button type="submit" class="primary">{t("profile-password_submit")}</button>
                    </ActionForm>
                </section>
                <PushSection/>
                // A plain form: logging out reloads the whole page.
                <form method="post" action="/api/logout" class="logout">
                    <button type="submit">{t("nav-logout")}</button>
                </form>
            }.into_any()
        })}
    }
}

/// The person's messages: what changed for them, newest first, the unread
/// ones marked. Opening the page marks them read.
#[component]
pub fn NoticesPage() -> impl IntoView {
    use crate::notifications::api::notices;
    let list = Resource::new(|| (), |_| notices());
    view! {
        <h1>{t("notif-title")}</h1>
        {loaded(list, Wait::Said, move |v| match v {
            l if l.is_empty() => view! { <section class="card"><p>{t("notif-none")}</p></section> }.into_any(),
            l => view! {
                <ul class="notices">
                    {l.into_iter().map(|n| view! {
                        <li class="card" class:unread=n.unread>
                            {n.unread.then(|| view! { <span class="badge">{t("notif-new")}</span> " " })}
                            <a href=n.url>{n.text}</a>
                            <p class="hint">{n.when}</p>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any(),
        })}
    }
}

/// Notifications on this device: the browser asks permission only when the
/// member taps the button (public/push.js does the asking and subscribing,
/// so it works before the WASM and keeps it small); the devices that
/// receive them; the kinds wanted.
#[component]
fn PushSection() -> impl IntoView {
    let remove = ServerAction::<RemovePushDevice>::new();
    let choose = ServerAction::<SetPushChoice>::new();
    let data = Resource::new(move || (remove.version().get(), choose.version().get()), |_| push_settings());
    view! {
        <section class="card" id="notifications" aria-labelledby="push-title">
            <h2 id="push-title">{t("profile-push_title")}</h2>
            <p>{t("profile-push_explain")}</p>
            {loaded(data, Wait::Quiet, move |s| view! {
                <button type="button" class="primary" id="notifications-on" data-key=s.public_key.clone()>{t("profile-push_on")}</button>
                <p id="notifications-status" role="status" aria-live="polite" class="hint"
                    data-unsupported=t("profile-push_unsupported") data-denied=t("profile-push_denied")
                    data-done=t("profile-push_done") data-failed=t("profile-push_failed")></p>
                <h3>{t("profile-push_devices")}</h3>
                <FormError error=action_error(remove)/>
                {s.devices.is_empty().then(|| view! { <p class="hint">{t("profile-push_no_device")}</p> })}
                <ul class="rows">
                    {s.devices.into_iter().map(|d| view! {
                        <li>
                            <span>{tr("profile-push_device", &[("device", d.name), ("since", d.since)])}</span>
                            <ActionForm action=remove attr:class="inline">
                                <input type="hidden" name="device_id" value=d.id.to_string()/>
                                <button type="submit">{t("profile-push_remove")}</button>
                            </ActionForm>
                        </li>
                    }).collect_view()}
                </ul>
                <h3>{t("profile-push_choices")}</h3>
                <FormError error=action_error(choose)/>
                <ul class="rows">
                    {s.choices.into_iter().map(|c| view! {
                        <li>
                            <span>{marked("profile-push_choice", &[("kind", Arg::from(t(&c.key))), ("answer", Arg::from(if c.wanted { t("profile-push_yes") } else { t("profile-push_no") }))], &[("answer", strong)])}</span>
                            <ActionForm action=choose attr:class="inline">
                                <input type="hidden" name="choice" value=c.key.clone()/>
                                <input type="hidden" name="wanted" value=if c.wanted { "no" } else { "yes" }/>
                                <button type="submit">{if c.wanted { t("profile-push_turn_off") } else { t("profile-push_turn_on") }}</button>
                            </ActionForm>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any())}
            <script src="/push.js" defer></script>
        </section>
    }
}
