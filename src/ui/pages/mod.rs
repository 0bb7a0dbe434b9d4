//! One file per page.

pub mod not_found;
pub mod procedure;
pub mod question;
pub mod questions;
pub mod result;
pub mod review;
pub mod start;
