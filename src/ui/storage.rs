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
