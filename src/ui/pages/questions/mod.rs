//! The questions of each page of the self-check, one file per page.

pub mod declarations;
mod filed_as;
mod occupations;
mod organisation;
mod place;
mod records;
mod request;

use leptos::prelude::*;

use crate::core::interview::QuestionPage;

/// The questions of a page.
pub fn content(page: QuestionPage) -> AnyView {
    match page {
        QuestionPage::FiledAs => filed_as::FiledAsQuestions().into_any(),
        QuestionPage::Organisation => organisation::OrganisationQuestions().into_any(),
        QuestionPage::Affiliations => organisation::AffiliationQuestions().into_any(),
        QuestionPage::Place => place::PlaceQuestions().into_any(),
        QuestionPage::Records => records::RecordQuestions().into_any(),
        QuestionPage::Conditions | QuestionPage::Prohibitions => {
            view! { <declarations::DeclarationQuestions page=page/> }.into_any()
        }
        QuestionPage::Occupations => occupations::OccupationQuestions().into_any(),
        QuestionPage::Request => request::RequestQuestions().into_any(),
    }
}
