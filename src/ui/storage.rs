//! Local storage that may be missing (private mode, disabled by policy) or full.
//!
//! Every call degrades to "not stored" instead of failing: the page must keep working.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Returns whether the value was stored.
pub fn write(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Removes every key that starts with `prefix`, except those that start with `except` (another
/// page's, which that page's own "delete everything" removes).
pub fn remove_with_prefix(prefix: &str, except: Option<&str>) {
    let Some(storage) = local_storage() else { return };
    let length = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..length)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(prefix) && !except.is_some_and(|except| key.starts_with(except)))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

/// The institution's name as the forms page keeps it (附件1's 单位名称, else 附件4's 机构名称),
/// for the calendar's file name and the printed result's header; read with the browser's own
/// JSON so the self-check carries no forms code.
pub fn institution_name() -> Option<String> {
    use js_sys::Reflect;
    use wasm_bindgen::JsValue;
    let forms = js_sys::JSON::parse(&read(crate::ui::store::FORMS_KEY)?).ok()?;
    let field = |value: &JsValue, name: &str| if value.is_object() { Reflect::get(value, &JsValue::from_str(name)).ok() } else { None };
    [("application", "unit_name"), ("renewal", "institution_name")]
        .into_iter()
        .filter_map(|(form, name)| field(&field(&forms, form)?, name)?.as_string())
        .map(|name| name.trim().to_string())
        .find(|name| !name.is_empty())
}
