//! 附件7 and 附件8 from the register (6.4.3(1): "地市人社部门应定期汇总当地评价机构备案续期情况…
//! 报送…附件7、附件8"), as the existing form model, so the forms page's print layout and the
//! office worker's XLSX writer render them unchanged.
//!
//! Which packages: the renewals become 附件7's rows and the terminations 附件8's; a renewal the
//! office decided to terminate (6.4.2 终止备案) is in both, since 附件8 is where terminations are
//! reported. A package the register finds "not ours" is left out (it is another office's to
//! report), and of packages with the same 统一社会信用代码 only the newest. The columns the
//! package gives come from it (附件4, the facts); those only the office knows (the decision,
//! reasons, renewed period, 备案成功时间, the 附件8 questions) come from its record.

use super::record::{PackageRecord, WorkRecord};
use super::{Register, RegisterEntry};
use crate::core::facts::{Affiliation, ApplicantKind, LegalForm, RequestKind};
use crate::core::forms::summaries::{
    RenewalDecision, RenewalSummary, RenewalSummaryRow, SummaryHeader, SummaryInstitutionKind, TerminationSummary, TerminationSummaryRow,
};

/// 机构类型 of the summary tables from the facts: a central-SOE branch is a national unit's
/// branch (1.8.8), a branch of a national social organisation or industry association one of
/// the national social organisations' (2.8.12, 2.17.1), otherwise the applicant's kind.
pub fn institution_kind(entry: &RegisterEntry) -> SummaryInstitutionKind {
    let applicant = &entry.package.facts.applicant;
    let has = |affiliation| applicant.affiliations.contains(&affiliation);
    match applicant.kind {
        ApplicantKind::Employer if applicant.legal_form == LegalForm::CentralSoeBranch => SummaryInstitutionKind::NationalBranch,
        ApplicantKind::Employer => SummaryInstitutionKind::Employer,
        ApplicantKind::SocialOrg
            if has(Affiliation::NationalSocialOrgBranch) || has(Affiliation::NationalIndustryAssociationBranch) || has(Affiliation::IndustryPilotBranch) =>
        {
            SummaryInstitutionKind::NationalSocialOrgBranch
        }
        ApplicantKind::SocialOrg => SummaryInstitutionKind::SocialOrg,
        ApplicantKind::School => SummaryInstitutionKind::School,
    }
}

fn or_record(from_package: &str, from_record: Option<&str>) -> String {
    let own = from_record.map(str::trim).unwrap_or_default();
    if own.is_empty() { from_package.to_string() } else { own.to_string() }
}

/// 附件7's row of a renewal package, with the office's columns from its record.
pub fn renewal_row(entry: &RegisterEntry, own: Option<&PackageRecord>) -> RenewalSummaryRow {
    let facts = &entry.package.facts;
    let form = entry.package.forms.renewal.as_ref();
    let supervising = match (own.map(|own| own.supervising_opinion.trim()).filter(|text| !text.is_empty()), &entry.evaluation.route.supervising_opinion) {
        (Some(opinion), _) => opinion.to_string(),
        (None, Some(office)) => format!("（待{}出具意见）", office.name.zh),
        (None, None) => String::new(),
    };
    RenewalSummaryRow {
        city: entry.place.map(|(_, name)| name.to_string()).unwrap_or_default(),
        institution_kind: Some(institution_kind(entry)),
        institution_name: or_record(&entry.institution.name, own.map(|own| own.institution_name.as_str())),
        filing_number: or_record(&entry.institution.filing_number, own.map(|own| own.filing_number.as_str())),
        filed_on: own.and_then(|own| own.filed_on),
        expires_on: facts.details.filing_expiry,
        evaluated: form.and_then(|form| form.total_evaluated),
        certified: form.and_then(|form| form.total_certified),
        penalised: facts.details.penalised,
        supervising_opinion: supervising,
        decision: own.and_then(|own| own.renewal_decision),
        renewed_from: own.and_then(|own| own.renewed_from),
        renewed_until: own.and_then(|own| own.renewed_until),
        occupations_leaving: match own.and_then(|own| own.occupations_leaving.clone()) {
            Some(text) => text,
            None => form.map(|form| form.occupations_not_evaluated.clone()).unwrap_or_default(),
        },
        remarks: own.map(|own| own.decision_reasons.clone()).unwrap_or_default(),
    }
}

/// 附件8's row of a termination package (or a renewal terminated under 6.4.2).
pub fn termination_row(entry: &RegisterEntry, own: Option<&PackageRecord>) -> TerminationSummaryRow {
    let reason = match own {
        Some(own) if !own.termination_reason.trim().is_empty() => own.termination_reason.clone(),
        Some(own) if entry.request == RequestKind::Renewal => {
            let decided = "6.4.2 续期决定：终止备案";
            if own.decision_reasons.trim().is_empty() { decided.to_string() } else { format!("{decided}（{}）", own.decision_reasons.trim()) }
        }
        _ => String::new(),
    };
    TerminationSummaryRow {
        city: entry.place.map(|(_, name)| name.to_string()).unwrap_or_default(),
        institution_kind: Some(institution_kind(entry)),
        institution_name: or_record(&entry.institution.name, own.map(|own| own.institution_name.as_str())),
        filing_number: or_record(&entry.institution.filing_number, own.map(|own| own.filing_number.as_str())),
        filed_on: own.and_then(|own| own.filed_on),
        terminated_on: own.and_then(|own| own.terminated_on),
        has_evaluated: own.and_then(|own| own.has_evaluated),
        has_issued_certificates: own.and_then(|own| own.has_issued_certificates),
        has_unregistered_certificate_data: own.and_then(|own| own.has_unregistered_certificate_data),
        reason,
    }
}

/// The entries a summary reports: not another office's, and of the same institution's packages
/// of the same procedure only the newest (a first filing and a renewal of one institution are
/// two applications; two renewals are one saved twice).
fn reported(register: &Register) -> impl Iterator<Item = &RegisterEntry> {
    register.entries.iter().filter(|entry| !entry.addressed.is_not_ours() && !superseded(register, entry))
}

fn superseded(register: &Register, entry: &RegisterEntry) -> bool {
    let Some(mark) = &entry.duplicate else { return false };
    let Some(group) = register.duplicates.iter().find(|group| group.credit_code == mark.credit_code) else { return false };
    group.entries[..mark.rank - 1].iter().any(|newer| register.entries[*newer].request == entry.request)
}

/// The header, with 填报单位 from "who am I" when the record does not give one.
fn header(register: &Register, record: &WorkRecord) -> SummaryHeader {
    let mut header = record.header.clone();
    if header.reporting_office.trim().is_empty() {
        if let Some(office) = &register.office {
            header.reporting_office = office.name.zh.clone();
        }
    }
    header
}

/// 附件7 from the register's renewal packages.
pub fn renewal_summary(register: &Register, record: &WorkRecord) -> RenewalSummary {
    RenewalSummary {
        header: header(register, record),
        rows: reported(register).filter(|entry| entry.request == RequestKind::Renewal).map(|entry| renewal_row(entry, record.package(&entry.code))).collect(),
    }
}

/// 附件8 from the register's termination packages and the renewals decided 终止备案.
pub fn termination_summary(register: &Register, record: &WorkRecord) -> TerminationSummary {
    TerminationSummary {
        header: header(register, record),
        rows: reported(register)
            .filter(|entry| {
                let own = record.package(&entry.code);
                entry.request == RequestKind::Termination
                    || (entry.request == RequestKind::Renewal && own.and_then(|own| own.renewal_decision) == Some(RenewalDecision::Terminated))
            })
            .map(|entry| termination_row(entry, record.package(&entry.code)))
            .collect(),
    }
}
