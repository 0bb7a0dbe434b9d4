//! Reusable parts of the pages.

pub mod citation;
pub mod error_summary;
pub mod fields;
pub mod page_heading;
pub mod save_status;
pub mod site_footer;
pub mod site_header;
pub mod update_notice;
