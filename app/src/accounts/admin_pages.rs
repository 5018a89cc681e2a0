//! The admin's page: price tiers, the association's settings, coordinators.

use crate::ui::widgets::{action_error, FormError, FreshInvitation, SavedNote, loaded, Wait};
use crate::accounts::api::{load_admin, CreateCoordinator, Reinvite, SaveSettings, SaveTier};
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn AdminPage() -> impl IntoView {
    let save_tier = ServerAction::<SaveTier>::new();
    let save_settings = ServerAction::<SaveSettings>::new();
    let create = ServerAction::<CreateCoordinator>::new();
    let reinvite = ServerAction::<Reinvite>::new();
    let data = Resource::new(
        move || (save_tier.version().get(), save_settings.version().get(), create.version().get()),
        |_| load_admin(),
    );
    view! {
        <h1>{t("admin-title")}</h1>
        <SavedNote/>
        <FreshInvitation/>
        {loaded(data, Wait::Quiet, move |o| view! {
            <section class="card" aria-labelledby="tiers-title">
                <h2 id="tiers-title">{t("admin-tiers")}</h2>
                <p class="hint">{t("admin-tiers_help")}</p>
                <FormError error=action_error(save_tier)/>
                {o.tiers.into_iter().map(|tier| {
                    let n = format!("tier-name-{}", tier.id);
                    let s = format!("tier-share-{}", tier.id);
                    let d = format!("tier-desc-{}", tier.id);
                    view! {
                        <ActionForm action=save_tier>
                            <fieldset>
                                <legend>{tier.name.clone()}</legend>
                                <input type="hidden" name="id" value=tier.id.to_string()/>
                                <label for=n.clone()>{t("field-tier_name")}</label>
                                <input id=n name="name" required maxlength="60" value=tier.name/>
                                <label for=s.clone()>{t("field-share")}</label>
                                <input id=s name="share_percent" inputmode="numeric" required maxlength="4" value=tier.share_percent.to_string()/>
                                <label for=d.clone()>{t("field-description")}</label>
                                <input id=d name="description" maxlength="500" value=tier.description/>
                                <button type="submit">{t("common-save")}</button>
                            </fieldset>
                        </ActionForm>
                    }
                }).collect_view()}
                <ActionForm action=save_tier>
                    <fieldset>
                        <legend>{t("admin-new_tier")}</legend>
                        <label for="new-tier-name">{t("field-tier_name")}</label>
                        <input id="new-tier-name" name="name" required maxlength="60"/>
                        <label for="new-tier-share">{t("field-share")}</label>
                        <input id="new-tier-share" name="share_percent" inputmode="numeric" required maxlength="4"/>
                        <label for="new-tier-desc">{t("field-description")}</label>
                        <input id="new-tier-desc" name="description" maxlength="500"/>
                        <button type="submit" class="primary">{t("admin-add_tier")}</button>
                    </fieldset>
                </ActionForm>
            </section>
            <section class="card" aria-labelledby="settings-title">
                <h2 id="settings-title">{t("admin-settings")}</h2>
                <FormError error=action_error(save_settings)/>
                <ActionForm action=save_settings>
                    <label class="choice" for="show_full_price">
                        <input type="checkbox" id="show_full_price" name="show_full_price" value="on" checked=o.show_full_price/>
                        {t("admin-show_full_price")}
                    </label>
                    <label for="order_grace_minutes">{t("field-order_grace_minutes")}</label>
                    <input id="order_grace_minutes" name="order_grace_minutes" inputmode="numeric" maxlength="5" value=o.order_grace_minutes.to_string()/>
                    <label for="shift_cutoff_hours">{t("field-shift_cutoff_hours")}</label>
                    <input id="shift_cutoff_hours" name="shift_cutoff_hours" inputmode="numeric" maxlength="3" value=o.shift_cutoff_hours.to_string()/>
                    <label for="association_name">{t("field-association_name")}</label>
                    <input id="association_name" name="association_name" maxlength="120" value=o.association_name.clone()/>
                    <label for="association_address">{t("field-association_address")}</label>
                    <input id="association_address" name="association_address" maxlength="300" value=o.association_address.clone()/>
                    <fieldset>
                        <legend>{t("admin-arabic_digits")}</legend>
                        <label class="choice" for="digits-latn">
                            <input type="radio" id="digits-latn" name="arabic_digits" value="latn" checked=!o.arabic_digits/>
                            {t("admin-digits_latn")}
                        </label>
                        <label class="choice" for="digits-arab">
                            <input type="radio" id="digits-arab" name="arabic_digits" value="arab" checked=o.arabic_digits/>
                            {t("admin-digits_arab")}
                        </label>
                    </fieldset>
                    <p class="hint">{t("admin-letterhead_help")}</p>
                    <button type="submit" class="primary">{t("common-save")}</button>
                </ActionForm>
            </section>
            <section class="card" aria-labelledby="staff-title">
                <h2 id="staff-title">{t("admin-staff")}</h2>
                <FormError error=action_error(reinvite)/>
                <ul class="rows">
                    {o.staff.into_iter().map(|m| view! {
                        <li>
                            <strong>{m.display_name}</strong> " "
                            <span class="hint">{[m.email, m.phone].into_iter().flatten().collect::<Vec<_>>().join(" · ")}</span>
                            <span class="status">{t(match m.role { crate::accounts::Role::Admin => "role-admin", crate::accounts::Role::Treasurer => "role-treasurer", _ => "role-coordinator" })}</span>
                            <ActionForm action=reinvite>
                                <input type="hidden" name="account_id" value=m.account_id.to_string()/>
                                <button type="submit">{t("coord-new_link")}</button>
                            </ActionForm>
                        </li>
                    }).collect_view()}
                </ul>
                <h3>{t("admin-new_coordinator")}</h3>
                <FormError error=action_error(create)/>
                <ActionForm action=create>
                    <label for="display_name">{t("field-display_name")}</label>
                    <input id="display_name" name="display_name" required maxlength="120"/>
                    <label for="email">{t("field-email")}</label>
                    <input id="email" name="email" type="email" maxlength="254"/>
                    <label for="phone">{t("field-phone")}</label>
                    <input id="phone" name="phone" type="tel" maxlength="30"/>
                    <fieldset>
                        <legend>{t("field-role")}</legend>
                        <label class="choice" for="role_coordinator">
                            <input type="radio" id="role_coordinator" name="role" value="coordinator" checked=true/>
                            {t("role-coordinator")}
                        </label>
                        <label class="choice" for="role_treasurer">
                            <input type="radio" id="role_treasurer" name="role" value="treasurer"/>
                            {t("role-treasurer_explained")}
                        </label>
                    </fieldset>
                    <button type="submit" class="primary">{t("coord-create_and_invite")}</button>
                </ActionForm>
            </section>
        }.into_any())}
    }
}
