//! Interprets the eligibility rows (`data/rules/eligibility.toml`) against the facts.

use jiff::{Span, civil::Date};

use super::output::{Basis, DateOutcome, Outcome, RuleOutcome, Text};
use super::{request_info_for, schedule, takes_topic};
use crate::core::facts::{Applicant, ApplicantKind, Facts, LegalForm, ListedPeriod, OccupationRow, RequestKind, SchoolOwnership};
use crate::core::reference::{calendar::Calendar, occupation};
use crate::core::rules::{ELIGIBILITY_RULES, EligibilityRule, RequestInfo, RuleTest, Topic};

/// Every rule that applies to the request, with its outcome (per occupation row for row rules).
pub fn evaluate_rules(facts: &Facts, info: &RequestInfo, calendar: &Calendar) -> Vec<RuleOutcome> {
    let mut outcomes = Vec::new();
    let repeats = repeated_rows(&facts.occupations);
    for rule in ELIGIBILITY_RULES.iter().filter(|rule| applies(rule, facts.request, facts.applicant.kind, info)) {
        if is_per_row(rule.test) {
            if facts.occupations.is_empty() {
                outcomes.push(outcome(rule, None, Decision::not_applicable(Text::new(
                    "未列出职业（工种），本项无需判断",
                    "No occupation rows given: nothing to check",
                ))));
            }
            for (index, row) in facts.occupations.iter().enumerate() {
                let decision = match repeats[index] {
                    // A row listed twice is one occupation applied for twice: the evaluation says
                    // so itself, so a package made elsewhere (or by hand) is judged as the
                    // interview judges it.
                    Some(first) => Decision::not_met(Text::new(
                        format!("第{}行与第{}行的职业、工种和等级相同：同一职业（工种）的同一等级只列一次，请删除或合并此行", index + 1, first + 1),
                        format!("row {} repeats the occupation, job type and level of row {}: list each level of an occupation once, remove or merge this row", index + 1, first + 1),
                    )),
                    None => decide_row(rule, facts, row),
                };
                outcomes.push(outcome(rule, Some(index + 1), decision));
            }
        } else {
            outcomes.push(outcome(rule, None, decide(rule, facts, calendar)));
        }
    }
    outcomes
}

/// For each occupation row, the earlier row it repeats: the same code and job type with a level
/// in common (the interview's test of its occupation page). One pass over an ordered map (a
/// `BTreeMap`, not a `HashMap`, whose hasher would add to the self-check's wasm), so a package
/// of many rows is judged in n log n time.
fn repeated_rows(rows: &[OccupationRow]) -> Vec<Option<usize>> {
    let mut first_of: std::collections::BTreeMap<(&str, &str, u8), usize> = std::collections::BTreeMap::new();
    rows.iter()
        .enumerate()
        .map(|(index, row)| {
            let mut repeated = None;
            for level in &row.levels {
                let first = *first_of.entry((row.code.trim(), row.job_type.trim(), *level)).or_insert(index);
                if first != index && repeated.is_none() {
                    repeated = Some(first);
                }
            }
            repeated
        })
        .collect()
}

/// The eligibility rows a request by this kind of institution is judged by, in table order.
pub fn applicable_rules(request: RequestKind, applicant: ApplicantKind) -> impl Iterator<Item = &'static EligibilityRule> {
    let info = request_info_for(request, applicant);
    ELIGIBILITY_RULES.iter().filter(move |rule| applies(rule, request, applicant, info))
}

fn applies(rule: &EligibilityRule, request: RequestKind, applicant: ApplicantKind, info: &RequestInfo) -> bool {
    let topic_taken = rule.topic == Topic::Request || takes_topic(request, info, rule.topic);
    rule.applicants.contains(&applicant) && topic_taken && (rule.requests.is_empty() || rule.requests.contains(&request))
}

fn is_per_row(test: RuleTest) -> bool {
    matches!(
        test,
        RuleTest::OccupationCategory { .. }
            | RuleTest::OccupationStandard { .. }
            | RuleTest::OccupationOfficialList
            | RuleTest::QuantityLimit { .. }
            | RuleTest::OccupationEvaluated
    )
}

/// A decision before it is dressed with the rule's citation and statement.
struct Decision {
    outcome: Outcome,
    basis: Basis,
    reason: Text,
    /// What to do, where the rule's own fix does not fit this case.
    fix: Option<Text>,
    /// The first application date a time-limited bar no longer holds.
    may_apply_from: Option<Date>,
}

impl Decision {
    fn met(reason: Text) -> Decision {
        Decision { outcome: Outcome::Met, basis: Basis::Computed, reason, fix: None, may_apply_from: None }
    }
    fn not_met(reason: Text) -> Decision {
        Decision { outcome: Outcome::NotMet, basis: Basis::Computed, reason, fix: None, may_apply_from: None }
    }
    fn unknown(reason: Text) -> Decision {
        Decision { outcome: Outcome::NeedsConfirmation, basis: Basis::Unknown, reason, fix: None, may_apply_from: None }
    }
    /// Computed, yet only the office can settle it ("原则上", a late renewal).
    /// Not answered yet: the advice is to answer, not what to do if the answer were the worst.
    fn unanswered(reason: Text) -> Decision {
        Decision::unknown(reason).with_fix(Text::new("回答这一问题即可判断；如实情符合，无需另做准备", "Answer the question to settle this; if it holds, nothing more is needed"))
    }
    fn to_confirm(reason: Text) -> Decision {
        Decision { outcome: Outcome::NeedsConfirmation, basis: Basis::Computed, reason, fix: None, may_apply_from: None }
    }
    fn not_applicable(reason: Text) -> Decision {
        Decision { outcome: Outcome::NotApplicable, basis: Basis::Computed, reason, fix: None, may_apply_from: None }
    }
    fn with_fix(self, fix: Text) -> Decision {
        Decision { fix: Some(fix), ..self }
    }
}

/// The legal form whose official records part 二's prohibitions read (2.7.2(2)–(4)): a school
/// is read by how it is registered: a 民办 school as its registration (民办非企业单位 or
/// company), a 公办 one as itself (a 事业单位, none of the listed forms). `Err` names what is
/// not said yet.
pub fn records_form(applicant: &Applicant) -> Result<LegalForm, Text> {
    if applicant.legal_form != LegalForm::School {
        return Ok(applicant.legal_form);
    }
    match (applicant.school_ownership, applicant.school_registration) {
        (Some(SchoolOwnership::Public), _) => Ok(LegalForm::School),
        (Some(SchoolOwnership::Private), Some(registration)) => Ok(registration.legal_form()),
        (Some(SchoolOwnership::Private), None) => Err(Text::new("民办院校的登记类型", "how the private school is registered")),
        (None, _) => Err(Text::new("院校是公办还是民办", "whether the school is public or private")),
    }
}

fn outcome(rule: &EligibilityRule, row: Option<usize>, decision: Decision) -> RuleOutcome {
    let needs_fix = matches!(decision.outcome, Outcome::NotMet | Outcome::NeedsConfirmation | Outcome::LeavesScope);
    RuleOutcome {
        rule_id: rule.id,
        clause: rule.clause,
        topic: rule.topic,
        outcome: decision.outcome,
        basis: decision.basis,
        row,
        statement: Text::from(rule.statement),
        reason: decision.reason,
        fix: needs_fix.then(|| decision.fix.unwrap_or_else(|| Text::from(rule.fix))),
        finding: (decision.outcome == Outcome::NotMet).then_some(rule.finding).flatten().map(Text::from),
        may_apply_from: decision.may_apply_from,
    }
}

fn decide(rule: &EligibilityRule, facts: &Facts, calendar: &Calendar) -> Decision {
    let form = facts.applicant.legal_form;
    let form_label = form.label();
    match rule.test {
        RuleTest::Declaration => declaration(rule, facts.declarations.get(rule.id).copied()),
        RuleTest::OccupationsDeclaration if facts.occupations.is_empty() => Decision::not_applicable(Text::new(
            "未列出职业（工种）：本次不涉及职业",
            "No occupation rows given: the request does not touch occupations",
        )),
        RuleTest::OccupationsDeclaration => declaration(rule, facts.declarations.get(rule.id).copied()),
        RuleTest::LegalFormNotIn { forms, affiliations, school_affiliations } => {
            let school = facts.applicant.affiliations.iter().find(|a| school_affiliations.contains(a));
            if let (true, Some(school)) = (forms.contains(&form), school) {
                // 2.17.1 names 省（部）属院校 as applicants: a public school is legally a 事业单位,
                // but it answers 院校 here, and is not refused for it.
                Decision::to_confirm(Text::new(
                    format!("{}选了{}：院校应选“院校”", school.label().zh, form_label.zh),
                    format!("A {} answered {}: a school answers “School”", school.label().en.to_ascii_lowercase(), form_label.en.to_ascii_lowercase()),
                ))
            } else if forms.contains(&form) {
                Decision::not_met(Text::new(
                    format!("申请单位性质为{}，属于不能申报的情形", form_label.zh),
                    format!("The applicant is a {}, which cannot apply", form_label.en.to_ascii_lowercase()),
                ))
            } else if let Some(affiliation) = facts.applicant.affiliations.iter().find(|a| affiliations.contains(a)) {
                let label = affiliation.label();
                Decision::not_met(Text::new(
                    format!("申请单位为{}，属于不能申报的情形", label.zh),
                    format!("The applicant is a {}, which cannot apply", label.en.to_ascii_lowercase()),
                ))
            } else {
                Decision::met(Text::new(
                    format!("申请单位性质为{}，不属于政府及所属部门", form_label.zh),
                    format!("The applicant is a {}, not a government body or affiliate", form_label.en.to_ascii_lowercase()),
                ))
            }
        }
        // On the school track the legal form is not read: a public school is legally a 事业单位,
        // a 民办 one a 民办非企业单位 or a company; 3.5.1 names the kinds of school.
        RuleTest::SchoolEstablished => match facts.applicant.school_kind {
            Some(kind) => Decision::met(Text::new(
                format!("申请单位为{}", kind.label().zh),
                format!("The applicant is a {}", kind.label().en.to_ascii_lowercase()),
            )),
            None => Decision::unknown(Text::new("尚未选择院校类型", "The kind of school is not given yet")),
        },
        RuleTest::AbnormalOperationWithinYears { years, forms } => {
            if let Some(decision) = records_not_read(facts, forms) {
                return decision;
            }
            let Some(periods) = &facts.records.abnormal_operation_list else {
                return Decision::unanswered(Text::new(
                    "尚未回答近3年是否被列入企业经营异常名录",
                    "Not answered yet whether the enterprise was on the abnormal-operation list",
                ));
            };
            let window_start = years_before(facts.application_date, years);
            let hits: Vec<&ListedPeriod> = periods.iter().filter(|p| p.from <= facts.application_date && p.until.is_none_or(|until| until >= window_start)).collect();
            match hits.first() {
                Some(period) => {
                    let until = period.until.map_or_else(|| ("至今".to_string(), "still listed".to_string()), |d| (format!("至{d}"), format!("until {d}")));
                    let decision = Decision::not_met(Text::new(
                        format!("{}{}在经营异常名录内，在申请日前{years}年内（{window_start}起）", period.from, until.0),
                        format!("On the list from {} {}, within the {years} years before the application ({window_start} on)", period.from, until.1),
                    ));
                    // Still listed: the end is not known, so neither is the first date.
                    match hits.iter().map(|p| p.until).collect::<Option<Vec<Date>>>().and_then(|ends| ends.into_iter().max()) {
                        Some(end) => clears_on(decision, end, years, Text::new("移出经营异常名录满3年", "3 years after removal from the list")),
                        None => decision,
                    }
                }
                None => Decision::met(Text::new(
                    format!("{window_start}至{}期间未在经营异常名录内", facts.application_date),
                    format!("Not on the list between {window_start} and {}", facts.application_date),
                )),
            }
        }
        RuleTest::FailedInspectionWithinYears { years, forms } => {
            if let Some(decision) = records_not_read(facts, forms) {
                return decision;
            }
            let Some(dates) = &facts.records.failed_annual_inspections else {
                return Decision::unanswered(Text::new(
                    "尚未回答近3年民政部门年审是否有不合格",
                    "Not answered yet whether an annual inspection failed",
                ));
            };
            let window_start = years_before(facts.application_date, years);
            match dates.iter().filter(|d| **d >= window_start && **d <= facts.application_date).max() {
                Some(date) => clears_on(
                    Decision::not_met(Text::new(
                        format!("{date}年审不合格，在申请日前{years}年内（{window_start}起）"),
                        format!("Failed the inspection on {date}, within the {years} years before the application ({window_start} on)"),
                    )),
                    *date,
                    years,
                    Text::new("年审不合格满3年", "3 years after the failed inspection"),
                ),
                None => Decision::met(Text::new(
                    format!("{window_start}至{}期间年审无不合格", facts.application_date),
                    format!("No failed inspection between {window_start} and {}", facts.application_date),
                )),
            }
        }
        RuleTest::IllegalOrganisationListAbsent { forms } => {
            if let Some(decision) = records_not_read(facts, forms) {
                return decision;
            }
            match facts.records.on_illegal_organisation_list {
                None => Decision::unanswered(Text::new("尚未回答是否在非法社会组织名单内", "Not answered yet whether on the list of illegal social organisations")),
                Some(true) => Decision::not_met(Text::new("在民政部门非法社会组织名单内", "On the civil-affairs list of illegal social organisations")),
                Some(false) => Decision { basis: Basis::Declared, ..Decision::met(Text::new("不在非法社会组织名单内（申请人所述）", "Not on the list of illegal social organisations (as the applicant says)")) },
            }
        }
        RuleTest::OccupationsGiven => {
            if facts.occupations.is_empty() {
                Decision::unknown(Text::new("尚未列出申请的职业（工种）", "No occupation listed yet"))
            } else {
                Decision::met(Text::new(
                    format!("已列出{}个职业（工种）", facts.occupations.len()),
                    format!("{} occupation rows listed", facts.occupations.len()),
                ))
            }
        }
        RuleTest::OnOrBeforeDeadline { deadline, missed_needs_confirmation }
        | RuleTest::OnOrAfterDeadline { deadline, missed_needs_confirmation } => {
            let on_or_before = matches!(rule.test, RuleTest::OnOrBeforeDeadline { .. });
            deadline_rule(facts, deadline, on_or_before, missed_needs_confirmation, calendar)
        }
        RuleTest::OccupationCategory { .. }
        | RuleTest::OccupationStandard { .. }
        | RuleTest::OccupationOfficialList
        | RuleTest::QuantityLimit { .. }
        | RuleTest::OccupationEvaluated => unreachable!("per-row tests are decided by decide_row"),
    }
}

fn decide_row(rule: &EligibilityRule, facts: &Facts, row: &OccupationRow) -> Decision {
    match rule.test {
        RuleTest::OccupationCategory { categories } => {
            let Some(large) = large_category(&row.code) else {
                return Decision::unknown(Text::new(
                    format!("职业编码“{}”格式不正确，应如 6-18-01-01", row.code),
                    format!("The occupation code {:?} is not of the form 6-18-01-01", row.code),
                ));
            };
            let known = occupation::by_code(&row.code);
            if !categories.contains(&large) {
                return Decision::not_met(Text::new(
                    format!("{} 属于第{large}大类，不在第三至六大类", row.code),
                    format!("{} is in large category {large}, not 3 to 6", row.code),
                ));
            }
            match known {
                Some(found) => {
                    // The self-check's wasm may not have the names yet (occupation::NAMES_FILE),
                    // and the forms page's and export worker's have none: then the row's own
                    // name, which the picker copied from the table.
                    let name = if found.name().is_empty() { row.name.as_str() } else { found.name() };
                    Decision::met(Text::new(
                        format!("{} {name} 属于第{large}大类", row.code),
                        format!("{} {name} is in large category {large}", row.code),
                    ))
                }
                None => Decision::unknown(Text::new(
                    format!("{} 属于第{large}大类，但不在本页所带的职业分类目录中，请核对编码", row.code),
                    format!("{} is in large category {large} but not in the bundled classification: check the code", row.code),
                )),
            }
        }
        RuleTest::OccupationStandard { standards } => match &row.standard {
            None => Decision::unknown(Text::new(
                format!("{} 未填写评价标准", row.code),
                format!("{}: no evaluation standard given", row.code),
            )),
            Some(standard) if standards.contains(&standard.kind) => Decision::met(Text::new(
                format!("{} 依据{}", row.code, standard.kind.label().zh),
                format!("{} is evaluated against a {}", row.code, standard.kind.label().en.to_ascii_lowercase()),
            )),
            Some(standard) => Decision::not_met(Text::new(
                format!("{} 的评价依据是{}，不符合要求", row.code, standard.kind.label().zh),
                format!("{}: a {} is not accepted", row.code, standard.kind.label().en.to_ascii_lowercase()),
            )),
        },
        RuleTest::OccupationOfficialList => match row.on_official_list {
            Some(true) => Decision { basis: Basis::Declared, ..Decision::met(Text::new(
                format!("申请人已核对：{} 在人社部可备案清单内", row.code),
                format!("The applicant checked: {} is on the ministry's list", row.code),
            )) },
            Some(false) => Decision { basis: Basis::Declared, ..Decision::not_met(Text::new(
                format!("申请人核对：{} 不在人社部可备案清单内", row.code),
                format!("The applicant checked: {} is not on the ministry's list", row.code),
            )) },
            None => Decision::unknown(Text::new(
                format!("{} 是否在人社部可备案清单内，本页无法离线核对", row.code),
                format!("Whether {} is on the ministry's list cannot be checked offline", row.code),
            )),
        },
        RuleTest::QuantityLimit { max } => {
            if facts.applicant.legal_form == LegalForm::School {
                return Decision::not_applicable(Text::new(
                    "院校社评机构不计入数量限制",
                    "School-based organisations are outside the quantity limit",
                ));
            }
            if facts.request == RequestKind::Incremental && row.already_held {
                return Decision::not_applicable(Text::new(
                    format!("{} 本机构已备案，不受数量限制", row.code),
                    format!("{}: already held, outside the limit", row.code),
                ));
            }
            match row.filed_social_orgs_in_jurisdiction {
                None => Decision::unknown(Text::new(
                    format!("{} 辖区内已备案的社会培训评价组织数量未知，请向受理机构了解", row.code),
                    format!("{}: how many organisations are already filed in the jurisdiction is unknown; ask the receiving office", row.code),
                )),
                // "原则上" admits exceptions: at the limit only the office can say (2.4).
                Some(count) if count >= max => {
                    let office = super::route::receiving_route(facts).authority.map_or_else(|| Text::new("受理机构", "the receiving office"), |office| office.name);
                    Decision::to_confirm(Text::new(
                        format!("{} 辖区内已有{count}家；原则上不超过{max}家，是否受理请向{}确认", row.code, office.zh),
                        format!("{}: {count} already filed; in principle at most {max}: ask {}", row.code, office.en),
                    ))
                }
                Some(count) => Decision::met(Text::new(
                    format!("{} 辖区内已有{count}家，少于{max}家", row.code),
                    format!("{}: {count} already filed, fewer than {max}", row.code),
                )),
            }
        }
        RuleTest::OccupationEvaluated => match row.evaluated_in_period {
            Some(true) => Decision { basis: Basis::Declared, ..Decision::met(Text::new(
                format!("申请人确认：{} 备案期内已开展评价", row.code),
                format!("The applicant confirms: {} was evaluated during the filing period", row.code),
            )) },
            Some(false) => Decision {
                outcome: Outcome::LeavesScope,
                basis: Basis::Declared,
                reason: Text::new(
                    format!("{} 备案期内未开展评价：退出评价范围，不再续期", row.code),
                    format!("{} was not evaluated: it leaves the scope and is not renewed", row.code),
                ),
                fix: None,
                may_apply_from: None,
            },
            None => Decision::unknown(Text::new(
                format!("尚未回答 {} 备案期内是否开展了评价", row.code),
                format!("Not answered yet whether {} was evaluated during the filing period", row.code),
            )),
        },
        _ => unreachable!("only per-row tests are decided per row"),
    }
}

fn declaration(rule: &EligibilityRule, answer: Option<bool>) -> Decision {
    let statement = rule.statement;
    match answer {
        Some(true) => Decision {
            outcome: Outcome::Met,
            basis: Basis::Declared,
            reason: Text::new(format!("申请人确认：{}", statement.zh), format!("The applicant confirms: {}", statement.en)),
            fix: None,
            may_apply_from: None,
        },
        Some(false) => Decision {
            outcome: Outcome::NotMet,
            basis: Basis::Declared,
            reason: Text::new(format!("申请人表示不符合：{}", statement.zh), format!("The applicant says this does not hold: {}", statement.en)),
            fix: None,
            may_apply_from: None,
        },
        None => Decision::unanswered(Text::new(
            format!("尚未回答，须由申请人确认：{}", statement.zh),
            format!("Not answered yet; only the applicant can confirm: {}", statement.en),
        )),
    }
}

/// The decision of a records rule that does not read the records for this applicant: another
/// legal form, a public school, or a school that has not said enough yet.
fn records_not_read(facts: &Facts, forms: &[LegalForm]) -> Option<Decision> {
    match records_form(&facts.applicant) {
        Err(missing) => Some(Decision::unknown(Text::new(format!("尚未回答{}", missing.zh), format!("Not answered yet: {}", missing.en)))),
        Ok(LegalForm::School) => Some(Decision::not_applicable(Text::new(
            "公办院校，本项不适用",
            "A public school: does not apply",
        ))),
        Ok(form) if !forms.contains(&form) => Some(only_for(forms)),
        Ok(_) => None,
    }
}

/// English labels are put in lower case with `to_ascii_lowercase`: they are ASCII (the test
/// `lower_cased_english_texts_are_ascii` checks), and `to_lowercase` would bring the Unicode case
/// tables into the wasm (about 6 KB brotli).
fn only_for(forms: &[LegalForm]) -> Decision {
    let zh: Vec<&str> = forms.iter().map(|f| f.label().zh).collect();
    let en: Vec<String> = forms.iter().map(|f| f.label().en.to_ascii_lowercase()).collect();
    Decision::not_applicable(Text::new(
        format!("仅适用于{}", zh.join("、")),
        format!("Applies only to: {}", en.join(", ")),
    ))
}

fn deadline_rule(facts: &Facts, deadline: &'static str, on_or_before: bool, missed_needs_confirmation: bool, calendar: &Calendar) -> Decision {
    let computed = schedule::deadline(facts, deadline, calendar);
    let application = facts.application_date;
    match computed.date {
        DateOutcome::MissingInput { what } => Decision::unknown(Text::new(format!("尚未填写{}", what.zh), format!("{} is not given yet", what.en))),
        DateOutcome::OutOfRange { reason } => Decision::unknown(reason),
        DateOutcome::CalendarUnknown { year } => Decision::unknown(Text::new(
            format!("{year}年的节假日安排尚未公布，无法计算工作日"),
            format!("calendar unknown for {year}: working days cannot be counted"),
        )),
        // Never met or not met on an estimate: a week of 春节 can move the date either way.
        DateOutcome::Estimated { date, estimated_years } => {
            let years = estimated_years.iter().map(i16::to_string).collect::<Vec<_>>().join("、");
            let title = computed.title;
            let (zh, en) = match (on_or_before, application <= date, application >= date) {
                (true, true, _) | (false, _, true) => ("按估算符合", "on the estimate it holds"),
                _ => ("按估算不符合", "on the estimate it does not hold"),
            };
            Decision::unknown(Text::new(
                format!("{years}年节假日安排尚未公布，{}估算为{date}，申请日{application}{zh}，须在安排公布后确认", title.zh),
                format!(
                    "The {years} holiday arrangement is not published: the {} is estimated as {date}; with the application date {application}, {en}, to be confirmed once it is published",
                    title.en.to_ascii_lowercase()
                ),
            ))
        }
        DateOutcome::Known { date } => {
            let title = computed.title;
            let ok = if on_or_before { application <= date } else { application >= date };
            let expired = on_or_before
                && facts.request == RequestKind::Renewal
                && facts.details.filing_expiry.is_some_and(|expiry| application > expiry);
            if expired {
                // The guide says nothing of a filing that has lapsed: the office decides.
                let expiry = facts.details.filing_expiry.expect("checked above");
                let reason = Text::new(
                    format!("备案已于{expiry}到期，申请日{application}在其后"),
                    format!("The filing expired on {expiry}, before the application date {application}"),
                );
                let fix = Text::new(
                    "指南未规定备案到期后的办法，请向备案地人社部门咨询",
                    "The guide says nothing of lapsed filings: ask the filing office",
                );
                if missed_needs_confirmation { Decision::to_confirm(reason).with_fix(fix) } else { Decision::not_met(reason).with_fix(fix) }
            } else if ok {
                Decision::met(Text::new(
                    format!("申请日{application}，{}：{date}", title.zh),
                    format!("Application date {application}; {}: {date}", title.en),
                ))
            } else {
                // Not `application - date` nor `since`: they build a `Span` with `expect`, and
                // formatting jiff's error for that pulls all of its messages into the wasm.
                let days = (application.duration_since(date).as_hours() / 24).abs();
                let (zh, en) = if on_or_before { ("晚", "late") } else { ("早", "early") };
                let reason = Text::new(
                    format!("申请日{application}比{}（{date}）{zh}{days}天", title.zh),
                    format!("Application date {application} is {days} days {en} against the {} ({date})", title.en.to_ascii_lowercase()),
                );
                if missed_needs_confirmation {
                    let mut reason = reason;
                    if let Some(clash) = schedule::deadline_clash(facts, calendar) {
                        reason.zh = format!("{}；{}", reason.zh, clash.zh);
                        reason.en = format!("{}; {}", reason.en, clash.en);
                    }
                    Decision::to_confirm(reason)
                } else {
                    Decision::not_met(reason)
                }
            }
        }
    }
}

/// The first day of the window "within `years` years before `date`": the same calendar day
/// `years` years earlier (29 February falls back to 28 February).
/// The first application date whose window of `years` (both ends included, "3 年内") no longer
/// reaches `end`: the day after `end` plus `years`, moved on past a 29 February that the
/// window's own arithmetic would still reach back from.
fn first_date_clear_of(end: Date, years: i16) -> Option<Date> {
    let span = Span::new().try_years(years).ok()?;
    let mut date = end.checked_add(span).ok()?;
    for _ in 0..4 {
        if years_before(date, years) > end {
            return Some(date);
        }
        date = date.tomorrow().ok()?;
    }
    None
}

/// A time-limited bar: says from which day the applicant may apply (`after`: after what).
fn clears_on(decision: Decision, end: Date, years: i16, after: Text) -> Decision {
    let Some(first) = first_date_clear_of(end, years) else { return decision };
    let fix = Text::new(
        format!("可于{first}起申请（{}；指南2.7.2按申请日前{years}年计）", after.zh),
        format!("You may apply from {first} ({}; the guide counts the {years} years before the application)", after.en),
    );
    Decision { may_apply_from: Some(first), ..decision.with_fix(fix) }
}

fn years_before(date: Date, years: i16) -> Date {
    // `ToSpan::years` would `expect` the span, and formatting jiff's error for that (impossible:
    // an i16 is in range) pulls all of jiff's error messages into the wasm.
    let span = Span::new().try_years(years).unwrap_or_else(|_| panic!("value for years is out of bounds"));
    date.checked_sub(span).unwrap_or(date)
}

/// The large category of a code like `6-18-01-01`, if well formed.
fn large_category(code: &str) -> Option<u8> {
    occupation::OccupationCode::parse(code).ok()?;
    code.chars().next()?.to_digit(10).map(|digit| digit as u8)
}

#[cfg(test)]
mod tests {
    use crate::core::facts::{Affiliation, LegalForm, SchoolKind, StandardKind};
    use crate::core::rules::DEADLINE_RULES;

    /// The English texts this module puts in lower case are ASCII, so `to_ascii_lowercase` (used
    /// because `to_lowercase` brings Unicode case tables into the wasm) gives what
    /// `to_lowercase` would.
    /// An unanswered declaration is advised to be answered, not told what the worst answer
    /// would mean (issue 14, item 15).
    #[test]
    fn an_unanswered_declaration_is_not_advised_as_if_it_failed() {
        let mut facts = crate::core::package::read_package(include_str!("../../../examples/package-social-org.json")).unwrap().facts;
        facts.declarations.remove("social-no-bad-record");
        let evaluation = crate::core::evaluate(&facts);
        let rule = evaluation.rules.iter().find(|rule| rule.rule_id == "social-no-bad-record").unwrap();
        assert_eq!(rule.outcome, super::Outcome::NeedsConfirmation);
        let fix = rule.fix.as_ref().unwrap();
        assert!(fix.zh.contains("回答这一问题") && !fix.zh.contains("不能申报"), "{fix:?}");
    }

    #[test]
    fn lower_cased_english_texts_are_ascii() {
        let texts = LegalForm::ALL.iter().map(|x| x.label().en)
            .chain(Affiliation::ALL.iter().map(|x| x.label().en))
            .chain(SchoolKind::ALL.iter().map(|x| x.label().en))
            .chain(StandardKind::ALL.iter().map(|x| x.label().en))
            .chain(DEADLINE_RULES.iter().map(|rule| rule.title.en));
        for text in texts {
            assert!(text.is_ascii(), "{text}");
            assert_eq!(text.to_ascii_lowercase(), text.to_lowercase());
        }
    }
}
