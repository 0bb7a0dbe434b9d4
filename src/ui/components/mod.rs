//! Reusable parts of the pages.

pub mod page_heading;
pub mod site_footer;
pub mod site_header;
pub mod update_notice;
