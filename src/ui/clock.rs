//! The browser's clock: today's date (the default application date) and a UTC time stamp.

use jiff::civil::Date;

/// Today in the user's time zone, as the browser knows it.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i16, (now.get_month() + 1) as i8, now.get_date() as i8)
        .unwrap_or(jiff::civil::date(2026, 1, 1))
}

/// Now in UTC as `YYYYMMDDTHHMMSSZ` (iCalendar's DTSTAMP).
pub fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// Now, as a time stamp (the package's `created` and `updated`).
pub fn now() -> jiff::Timestamp {
    jiff::Timestamp::from_millisecond(js_sys::Date::now() as i64).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// A time stamp in the user's time zone, as a person reads it: `2026年11月30日 14:05`, or
/// `30 Nov 2026, 14:05` in English.
pub fn local_time(time: jiff::Timestamp, lang: crate::core::Lang) -> String {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(time.as_millisecond() as f64));
    let (year, month, day, hour, minute) = (at.get_full_year(), at.get_month() + 1, at.get_date(), at.get_hours(), at.get_minutes());
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    match lang {
        crate::core::Lang::ZhCn => format!("{year}年{month}月{day}日 {hour:02}:{minute:02}"),
        _ => format!("{day} {} {year}, {hour:02}:{minute:02}", MONTHS[(month as usize - 1) % 12]),
    }
}
