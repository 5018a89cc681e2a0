//! Small pieces every page uses: error and success notes, the guard that
//! sends a logged-out visitor to the login page, the invitation card.

use crate::accounts::InvitationCard;
use crate::error::AppError;
use crate::i18n::{t, t_in, tr, Arg, Lang};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::{Redirect, A};
use leptos_router::hooks::{use_location, use_query_map};
use crate::accounts::api::get_invitation_card;
use crate::routes;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(http::StatusCode::NOT_FOUND);
        }
    }
    view! {
        <section class="card">
            <h1>{t("notfound-title")}</h1>
            <p><A href=routes::CATALOGUE>{t("notfound-back")}</A></p>
        </section>
    }
}

/// The error of an action's last run, as a sentence.
pub fn action_error<S>(action: ServerAction<S>) -> Signal<Option<String>>
where
    S: ServerFn<Output = (), Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(|r| r.err()).map(|e| e.message()))
}

/// Counts an action's runs, except those that never reached the server: a
/// page keyed on it reloads its data after each answer, but keeps what is
/// on screen (and what was typed) when the network is gone.
pub fn answered<S>(action: ServerAction<S>) -> Memo<usize>
where
    S: ServerFn<Output = (), Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    Memo::new(move |prev: Option<&usize>| {
        let v = action.version().get();
        match action.value().get() {
            Some(Err(AppError::Offline)) => prev.copied().unwrap_or(v),
            _ => v,
        }
    })
}

/// Shows the error of a form's action. The form posts and the server sends
/// the person back to it with the error in the address; the page's
/// `ServerAction` starts with it, and this box says it.
///
/// The box carries `id="erreur"` while it shows something: the server adds
/// `#erreur` to that address, so the browser lands on the message rather
/// than at the top of a long page, and public/enhance.js gives it the focus
/// (`tabindex="-1"` makes that possible). Every problem of the form is
/// listed (one per line).
#[component]
pub fn FormError(#[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <div aria-live="polite" tabindex="-1" id=move || error.get().map(|_| "erreur")>
            {move || error.get().map(|m| {
                let lines: Vec<String> = m.lines().map(str::to_string).collect();
                if lines.len() > 1 {
                    view! {
                        <div class="error" role="alert">
                            <p>{t("error-several")}</p>
                            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        </div>
                    }.into_any()
                } else {
                    view! { <p class="error" role="alert">{m}</p> }.into_any()
                }
            })}
        </div>
    }
}

/// "Saved" after a successful form, driven by `?ok=` in the redirect.
#[component]
pub fn SavedNote() -> impl IntoView {
    let query = use_query_map();
    view! {
        <div aria-live="polite">
            {move || query.read().get("ok").map(|_| view! { <p class="ok" role="status">{t("common-saved")}</p> })}
        </div>
    }
}

/// Renders a failed page load: to the login page when logged out, else a note.
pub fn error_view(e: AppError) -> AnyView {
    match e {
        AppError::Unauthenticated => {
            let loc = use_location();
            let next = format!("{}{}", loc.pathname.get_untracked(), loc.search.get_untracked());
            let next = if next.is_empty() || next == "/" { String::new() } else { format!("?next={}", urlencode(&next)) };
            view! { <Redirect path=format!("{}{next}", crate::routes::LOGIN)/> }.into_any()
        }
        other => {
            #[cfg(feature = "ssr")]
            {
                if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                    if let Ok(code) = http::StatusCode::from_u16(other.status()) {
                        res.set_status(code);
                    }
                }
            }
            view! { <section class="card"><p class="error" role="alert">{other.message()}</p></section> }.into_any()
        }
    }
}

/// What shows while a page's data is on its way.
#[derive(Clone, Copy)]
pub enum Wait {
    /// Nothing (the server sends the page with its data; this only shows
    /// when the browser loads it again).
    Quiet,
    /// "Chargement…", for pages a slow phone may wait on.
    Said,
}

/// The one way a page loads: waits for `data`, then shows it with `show`,
/// or says in words what went wrong (and sends a signed-out person to the
/// login page, coming back after).
pub fn loaded<T, V>(data: Resource<Result<T, AppError>>, wait: Wait, show: impl Fn(T) -> V + Clone + Send + Sync + 'static) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=move || matches!(wait, Wait::Said).then(|| view! { <p>{t("common-loading")}</p> })>
            {move || {
                let show = show.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(v) => show(v).into_any(),
                        Err(e) => error_view(e),
                    }
                })
            }}
        </Suspense>
    }
}

/// Something the coordination keeps a list of (producers, categories).
pub trait Listed: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static {
    fn id(&self) -> i64;
    fn name(&self) -> String;
    /// What the list says after the name, if anything.
    fn detail(&self) -> Option<String> {
        None
    }
}

/// The one list-and-form page: the things kept, each a link to change it,
/// and above them the form that adds one or, when the address names one
/// (`?id=`), changes it. `form` draws the form's fields and button for
/// the thing being changed, if any.
pub fn list_and_form<T: Listed>(
    list: Resource<Result<Vec<T>, AppError>>,
    page: &'static str,
    (new_title, edit_title): (&'static str, &'static str),
    error: Signal<Option<String>>,
    form: impl Fn(Option<T>) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let edit = query_param("id");
    loaded(list, Wait::Quiet, move |list: Vec<T>| {
        let editing = edit.get_untracked().parse::<i64>().ok().and_then(|id| list.iter().find(|x| x.id() == id).cloned());
        view! {
            <section class="card">
                <h2>{t(if editing.is_some() { edit_title } else { new_title })}</h2>
                <FormError error=error/>
                {form(editing)}
            </section>
            <ul class="rows">
                {list.into_iter().map(|x| {
                    let (href, name, detail) = (format!("{page}?id={}", x.id()), x.name(), x.detail());
                    view! {
                        <li>
                            <A href=href>{name}</A>
                            {detail.map(|d| view! { <span class="hint">{d}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    })
}

/// A sentence with some of its blanks set apart (a total in bold, a seed in
/// `<code>`): the words around them are the translation's, so each language
/// puts the value where its grammar wants it. A set-apart blank goes into
/// the sentence as a private-use character and is found there again; it is
/// text, never a count (a count would lose its plural form).
pub fn marked(key: &str, args: &[(&str, Arg)], apart: &[(&str, fn(String) -> AnyView)]) -> Vec<AnyView> {
    const FIRST: u32 = 0xE000;
    let stand_in = |i: usize| char::from_u32(FIRST + i as u32).unwrap_or('\u{E000}');
    let with_marks: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, value)| match apart.iter().position(|(n, _)| n == name) {
            Some(i) => (*name, Arg::Text(stand_in(i).to_string())),
            // A person's text could hold the same private-use characters
            // (a pasted name): they would be read as stand-ins.
            None => match value {
                Arg::Text(s) => (*name, Arg::Text(s.chars().map(|c| if (FIRST..FIRST + apart.len() as u32).contains(&(c as u32)) { '\u{FFFD}' } else { c }).collect())),
                Arg::Num(_) => (*name, value.clone()),
            },
        })
        .collect();
    let words = tr(key, &with_marks);
    let mut out = Vec::new();
    let mut rest = words.as_str();
    // An empty piece would still be rendered (as a space), so none is kept.
    let words_of = |piece: &str, out: &mut Vec<AnyView>| {
        if !piece.is_empty() {
            out.push(piece.to_string().into_any());
        }
    };
    while let Some((at, c)) = rest.char_indices().find(|(_, c)| (FIRST..FIRST + apart.len() as u32).contains(&(*c as u32))) {
        words_of(&rest[..at], &mut out);
        let (name, show) = apart[(c as u32 - FIRST) as usize];
        let value = args.iter().find(|(n, _)| *n == name).map(|(_, v)| match v {
            Arg::Text(s) => s.clone(),
            Arg::Num(n) => crate::i18n::format::number(*n),
        });
        out.push(show(value.unwrap_or_default()));
        rest = &rest[at + c.len_utf8()..];
    }
    words_of(rest, &mut out);
    out
}

/// For [`marked`]: the value in bold.
pub fn strong(value: String) -> AnyView {
    view! { <strong>{value}</strong> }.into_any()
}

pub fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Shows a one-time invitation: the link to copy and a QR code to scan from
/// the member's phone or to print.
#[component]
pub fn InvitationCardView(card: InvitationCard) -> impl IntoView {
    // An SMS already written, for the coordinator's phone: the person's
    // number is chosen in the phone's own app.
    let message = crate::i18n::tr("invitation-sms_body", &[("name".into(), card.display_name.clone()), ("url".into(), card.url.clone())]);
    let sms = format!("sms:?&body={}", urlencode(&message));
    view! {
        <section class="card invitation" aria-labelledby="card-title">
            <h2 id="card-title">{tr("invitation-card_title", &[("name", card.display_name.clone())])}</h2>
            <p>{t("invitation-card_help")}</p>
            <label for="card-url">{t("invitation-link")}</label>
            // A tap selects the whole link, ready to copy (data-select,
            // public/enhance.js).
            <input id="card-url" type="text" readonly value=card.url.clone() data-select=""/>
            <p class="no-print invitation-actions">
                <a class="button" href=sms>{t("invitation-send_sms")}</a>
                // The button needs script (public/enhance.js shows it and
                // prints); without it the hint says how to print.
                <button type="button" data-scripted="" data-print="" hidden>{t("invitation-print")}</button>
            </p>
            <p class="hint no-print" data-unscripted="">{t("invitation-print_hint")}</p>
            <div class="qr" role="img" aria-label=t("invitation-qr") inner_html=card.qr_svg.clone()></div>
            <p class="hint">{tr("invitation-valid_days", &[("days", card.expires_days)])}</p>
        </section>
    }
}

/// True once the WebAssembly has taken over the page: for controls that
/// only work with script (a print button, a filter), shown then and not in
/// the server's page. In islands mode that happens only inside an
/// `#[island]`; elsewhere such a control is rendered `data-scripted hidden`
/// and public/enhance.js shows it.
pub fn scripted() -> ReadSignal<bool> {
    let on = RwSignal::new(false);
    Effect::new(move |_| on.set(true));
    on.read_only()
}

/// The route's `:id`, when it is a number.
pub fn route_id() -> impl Fn() -> Option<i64> + Copy + Send + Sync + 'static {
    let params = leptos_router::hooks::use_params_map();
    move || params.read().get("id").and_then(|s| s.parse::<i64>().ok())
}

/// A page whose address names a record by its number
/// (`/propositions/:id`): any other `:id` is a page not found (404), and
/// the server is not asked for a record that cannot exist.
pub fn numbered<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    let id = route_id();
    let valid = Memo::new(move |_| id().is_some());
    move || if valid.get() { page().into_any() } else { view! { <NotFound/> }.into_any() }
}

/// The route's `:id` on a page declared with `numbered`, where it is
/// always a number.
pub fn id_param() -> impl Fn() -> i64 + Copy + Send + Sync + 'static {
    let id = route_id();
    move || id().unwrap_or_default()
}

/// The query parameter `name`, or an empty string.
pub fn query_param(name: &'static str) -> Memo<String> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get(name).unwrap_or_default())
}

/// The fresh invitation named by `?invitation=` after an account was created
/// or a new link asked for.
#[component]
pub fn FreshInvitation() -> impl IntoView {
    let token = query_param("invitation");
    let card = Resource::new(move || token.get(), |tok| async move {
        if tok.is_empty() { Ok(None) } else { get_invitation_card(tok).await.map(Some) }
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match card.await {
                    Ok(Some(c)) => view! { <InvitationCardView card=c/> }.into_any(),
                    Ok(None) => ().into_any(),
                    Err(e) => error_view(e),
                }
            })}
        </Suspense>
    }
}

/// The languages, each named in itself ("Français", "English", "العربية"),
/// as buttons of a form that posts: it works without JavaScript and before
/// any account. `next` is the page to come back to, in the new language.
#[component]
pub fn LanguagePicker(#[prop(into)] next: String) -> impl IntoView {
    let here = crate::i18n::current();
    view! {
        <form method="post" action=crate::accounts::api::SetLanguage::url() class="languages">
            <fieldset>
                <legend>{t("language-choose")}</legend>
                <input type="hidden" name="next" value=next/>
                {Lang::ALL.map(|l| view! {
                    <button type="submit" name="lang" value=l.code() lang=l.code() dir=l.dir()
                        aria-pressed=if l == here { "true" } else { "false" }>
                        {t_in(l, "language-own_name")}
                    </button>
                }).collect_view()}
            </fieldset>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::in_lang;

    #[test]
    fn a_marked_blank_is_set_apart_where_each_language_puts_it() {
        // `<!>` is where Leptos marks the end of a list of views.
        let total = || marked("order-total", &[("total", Arg::Text("5,00 €".into()))], &[("total", strong)]).to_html().replace("<!>", "");
        assert_eq!(in_lang(Lang::Fr, total), "Total à payer : <strong>5,00 €</strong>");
        let due = in_lang(Lang::Ar, || {
            marked("distribution-due", &[("household", Arg::from("Martin")), ("amount", Arg::from("5 €"))], &[("household", strong), ("amount", strong)])
                .to_html()
        });
        assert!(due.contains("<strong>Martin</strong>") && due.contains("<strong>5 €</strong>"), "{due}");
        assert!(!due.chars().any(|c| ('\u{E000}'..'\u{F8FF}').contains(&c)), "no stand-in is left: {due}");
        // A pasted name holding the stand-in's character stays plain text.
        let pasted = in_lang(Lang::Fr, || {
            marked("distribution-due", &[("household", Arg::from("Foyer \u{E000}")), ("amount", Arg::from("5 €"))], &[("amount", strong)]).to_html()
        });
        assert!(pasted.contains("Foyer \u{FFFD}") && pasted.contains("<strong>5 €</strong>"), "{pasted}");
    }
}
