//! The receiving authority (受理机构): interprets `data/rules/routes.toml`.

use super::output::{AuthorityOut, RouteOut, Text};
use crate::core::facts::{Applicant, Facts, RequestKind};
use crate::core::reference::place::{self, ReceivingPlace};
use crate::core::rules::{AUTHORITIES, Authority, AuthorityLevel, Condition, PROVINCE_OFFICES, ROUTE_RULES, RouteRule};

/// 郑州市 and 航空港区 (inside Zhengzhou) count as "驻郑" for 2.17.1.
const ZHENGZHOU_PLACES: [&str; 2] = ["4101", "410173"];

/// Where the application goes, for any request.
pub fn receiving_route(facts: &Facts) -> RouteOut {
    let first = first_filing_route(facts);
    match facts.request {
        RequestKind::FirstFiling => first,
        RequestKind::Renewal => renewal_route(facts, first),
        // 4.6, 5.7, 7.7: the receiving authority is "the same as the first filing".
        RequestKind::InformationChange => change_route(first),
        RequestKind::Incremental => RouteOut { inherited_via: Some("5.7"), ..first },
        RequestKind::Termination => termination_route(first),
    }
}

/// 4.6 inherits the first filing's office; part 四's steps (4.4) have no preliminary review and
/// no recommendation, so a school on the education path is sent to its education department
/// only, and told that the guide does not say who records the change.
fn change_route(first: RouteOut) -> RouteOut {
    match (first.recommends_to.is_some(), first.authority.clone()) {
        (true, Some(education)) => RouteOut {
            recommends_to: None,
            inherited_via: Some("4.6"),
            note: Some(Text::new(
                format!("4.4 无初审推荐，指南未规定由哪一部门登记变更，请向{}确认", education.name.zh),
                format!("4.4 has no review or recommendation; the guide does not say who records the change: ask {}", education.name.en),
            )),
            ..first
        },
        _ => RouteOut { inherited_via: Some("4.6"), ..first },
    }
}

/// 7.7 inherits the first filing's office, and 7.4.2 says the request goes to the HR
/// department: for a school filed through an education department, the HR office it was
/// recommended to, with no second review, and a note that 7.7 would point to the education
/// department of 3.3, to be confirmed with it.
fn termination_route(first: RouteOut) -> RouteOut {
    match (first.recommends_to.clone(), first.authority.clone()) {
        (Some(hr_office), Some(education)) => RouteOut {
            clause: "7.4.2",
            note: Some(Text::new(
                format!("7.7 同首次备案，即 3.3 的{0}；本页按 7.4.2 列出人社部门，是否须经{0}提交，请向其确认", education.name.zh),
                format!("7.7 keeps 3.3's office, {0}; this page follows 7.4.2 (the HR department): confirm with {0} whether to go through it", education.name.en),
            )),
            authority: Some(hr_office),
            alternatives: Vec::new(),
            recommends_to: None,
            inherited_via: Some("7.7"),
            ..first
        },
        _ => RouteOut { inherited_via: Some("7.7"), ..first },
    }
}

/// The applicant's receiving place, from a place code or a county code.
pub fn applicant_place(applicant: &Applicant) -> Option<&'static ReceivingPlace> {
    place::receiving_place_for_code(applicant.place.as_deref()?)
}

/// Whether a route row's condition holds. `Err` names the fact it needs and does not have.
fn matches(when: &Condition, facts: &Facts) -> Result<bool, Text> {
    let applicant = &facts.applicant;
    let listed = |list_empty: bool, hit: bool| list_empty || hit;
    if !listed(when.requests.is_empty(), when.requests.contains(&facts.request))
        || !listed(when.applicants.is_empty(), when.applicants.contains(&applicant.kind))
        || !listed(when.legal_forms.is_empty(), when.legal_forms.contains(&applicant.legal_form))
        || !listed(when.affiliations.is_empty(), applicant.affiliations.iter().any(|a| when.affiliations.contains(a)))
    {
        return Ok(false);
    }
    if !when.school_kinds.is_empty() {
        match applicant.school_kind {
            Some(kind) if when.school_kinds.contains(&kind) => {}
            Some(_) => return Ok(false),
            None => return Err(Text::new("院校类型", "the kind of school")),
        }
    }
    if let Some(wanted) = when.in_zhengzhou {
        let place = applicant_place(applicant).ok_or_else(|| Text::new("所在地", "where the applicant is located"))?;
        if ZHENGZHOU_PLACES.contains(&place.code) != wanted {
            return Ok(false);
        }
    }
    Ok(true)
}

fn first_filing_route(facts: &Facts) -> RouteOut {
    let place = applicant_place(&facts.applicant);
    for rule in ROUTE_RULES {
        match matches(&rule.when, facts) {
            Ok(false) => continue,
            Ok(true) => return route_from_rule(rule, facts, place),
            Err(missing) => return unresolved(rule, missing),
        }
    }
    unresolved_no_rule()
}

fn route_from_rule(rule: &'static RouteRule, facts: &Facts, place: Option<&'static ReceivingPlace>) -> RouteOut {
    let authority = resolve(rule.authority, place);
    let alternative = rule.alternative.map(|id| resolve(id, place));
    let recommends_to = rule.recommends_to.map(|id| resolve(id, place));
    // Place-level offices need the applicant's place; say so rather than print "{place}".
    let missing = [Some(authority.as_ref()), alternative.as_ref().map(Option::as_ref), recommends_to.as_ref().map(Option::as_ref)]
        .into_iter()
        .flatten()
        .any(|office| office.is_none())
        .then(|| Text::new("所在地（省辖市、济源示范区或航空港区）", "where the applicant is located (city, 济源示范区 or 航空港区)"));
    let (authority, alternatives) = match (authority, alternative.flatten()) {
        // The applicant may take the local path the guide allows (2.17.1 其中…).
        (Some(primary), Some(local)) if facts.details.prefer_local_path => (Some(local), vec![primary]),
        (primary, local) => (primary, local.into_iter().collect()),
    };
    RouteOut {
        rule_id: rule.id,
        clause: rule.clause,
        authority,
        alternatives,
        recommends_to: recommends_to.flatten(),
        supervising_opinion: None,
        missing,
        inherited_via: None,
        note: None,
    }
}

fn unresolved(rule: &'static RouteRule, missing: Text) -> RouteOut {
    RouteOut {
        rule_id: rule.id,
        clause: rule.clause,
        authority: None,
        alternatives: Vec::new(),
        recommends_to: None,
        supervising_opinion: None,
        missing: Some(missing),
        inherited_via: None,
        note: None,
    }
}

fn unresolved_no_rule() -> RouteOut {
    RouteOut {
        rule_id: "no-route",
        clause: "",
        authority: None,
        alternatives: Vec::new(),
        recommends_to: None,
        supervising_opinion: None,
        missing: Some(Text::new("单位类型", "the kind of applicant")),
        inherited_via: None,
        note: None,
    }
}

/// An authority with its place filled in; `None` for a place-level office without a place.
pub fn resolve(id: &str, place: Option<&'static ReceivingPlace>) -> Option<AuthorityOut> {
    let authority: &Authority = AUTHORITIES.iter().find(|a| a.id == id)?;
    match authority.level {
        AuthorityLevel::Province => Some(AuthorityOut { id: authority.id, level: authority.level, place: None, name: Text::from(authority.name) }),
        AuthorityLevel::Place => {
            let place = place?;
            Some(AuthorityOut {
                id: authority.id,
                level: authority.level,
                place: Some(place.code),
                name: Text::new(authority.name.zh.replace("{place}", place.name), authority.name.en.replace("{place}", place.name_en)),
            })
        }
    }
}

/// 6.4.1: the renewal goes to the filing place's HR department; where the institution is
/// supervised elsewhere, that place's HR department gives its opinion first.
fn renewal_route(facts: &Facts, first: RouteOut) -> RouteOut {
    let located = applicant_place(&facts.applicant);
    // The HR side of the first filing: on the education path the office it was recommended to.
    let first_hr = first.recommends_to.clone().or_else(|| first.authority.clone());
    let filing_office = match facts.details.filing_place.as_deref() {
        // Filed at the province: the provincial office this kind of institution files with
        // first (routes.toml [[province_office]]): employers 省人社厅 (1.3), social
        // organisations the evaluation centre (2.17.1).
        Some("province") => match first_hr {
            Some(office) if office.level == AuthorityLevel::Province => Some(office),
            _ => PROVINCE_OFFICES.iter().find(|row| row.applicant == facts.applicant.kind).and_then(|row| resolve(row.authority, None)),
        },
        Some(code) => resolve("place-hrss", place::receiving_place_by_code(code)),
        None => first_hr,
    };
    let filing_place = filing_office.as_ref().and_then(|office| office.place);
    let differs = match (filing_office.as_ref(), located) {
        (Some(_), Some(located)) => filing_place != Some(located.code),
        _ => false,
    };
    let missing = if filing_office.is_none() || located.is_none() {
        Some(Text::new("备案地和所在地", "where the institution is filed and where it is located"))
    } else {
        None
    };
    RouteOut {
        rule_id: "renewal-filing-place",
        clause: "6.4.1",
        authority: filing_office,
        alternatives: Vec::new(),
        recommends_to: None,
        supervising_opinion: if differs { resolve("place-hrss", located) } else { None },
        missing,
        inherited_via: None,
        note: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::reference::place::RECEIVING_PLACES;

    /// Every office's English name is English: the place in it too (issue 14, item 16:
    /// "Xinxiang Municipal Human Resources and Social Security Bureau", not "新乡市 …").
    #[test]
    fn office_names_in_english_have_no_chinese() {
        let han = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || c == '：');
        for authority in AUTHORITIES {
            for place in RECEIVING_PLACES {
                let office = resolve(authority.id, Some(place)).unwrap();
                assert!(!han(&office.name.en), "{} at {}: {:?}", authority.id, place.code, office.name.en);
            }
        }
        let xinxiang = RECEIVING_PLACES.iter().find(|place| place.code == "4107").unwrap();
        assert!(resolve("place-hrss", Some(xinxiang)).unwrap().name.en.starts_with("Xinxiang Municipal Human Resources"));
    }
}
