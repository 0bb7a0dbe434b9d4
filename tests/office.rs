//! The office files carry the same data as the package: a package with every field of every
//! form filled (distinct values) is exported to each office format, and every value is found in
//! the file. Rows of 附件5 and 附件6 exported to XLSX import back unchanged; CSV files (UTF-8
//! and Excel's GBK) import with one message per bad row.

use std::io::Read;

use henan_filing::core::forms::application::{ApplicationField, InstitutionType, UnitNature};
use henan_filing::core::forms::codes::Level;
use henan_filing::core::forms::equipment::{EquipmentGroup, EquipmentItem};
use henan_filing::core::forms::plan::PLAN_SECTIONS;
use henan_filing::core::forms::renewal::{CreditStatus, EvaluationStatistic, Fee, FeeRow};
use henan_filing::core::forms::staff::{StaffMember, StaffTable};
use henan_filing::core::forms::summaries::{RenewalSummaryRow, SummaryInstitutionKind, SummaryTable, TerminationSummaryRow};
use henan_filing::core::forms::{FormId, FormSet};
use henan_filing::core::package::{Package, read_package};
use henan_filing::office::import::{ImportTarget, import_rows};
use henan_filing::office::{OfficeFormat, export, formats};
use jiff::civil::date;

/// The day of the imports.
const TODAY: jiff::civil::Date = date(2026, 12, 1);
const ID_A: &str = "11010519491231002X";
const ID_B: &str = "440524188001010014";

fn person(name: &str, id: &str, detail: &str) -> StaffMember {
    StaffMember { name: name.into(), id_number: id.into(), title: format!("{name}的职称"), education: format!("{name}的学历"), detail: detail.into(), ..StaffMember::default() }
}

/// The complete first filing, with every field of every form given a value of its own.
fn every_field() -> Package {
    let mut package = read_package(include_str!("browser/packages/complete-first-filing.json")).unwrap();
    let forms = &mut package.forms;
    let application = forms.application.as_mut().unwrap();
    application.cover_institution_kind = "社会培训评价组织甲".into();
    application.filled_on = Some(date(2026, 11, 21));
    application.social_org_grade = "4A".into();
    application.filing_number = "豫评备2024-777".into();
    application.yearly_enrolment = Some(321);
    application.unit_nature.central_soe = true;
    application.changed_fields = [ApplicationField::UnitName].into_iter().collect();
    for (index, section) in PLAN_SECTIONS.iter().enumerate() {
        forms.plan.as_mut().unwrap().sections.insert(section.id, format!("第{}节的正文", index + 1));
    }
    forms.renewal = Some(henan_filing::core::forms::renewal::RenewalForm {
        filled_on: Some(date(2027, 3, 2)),
        institution_name: "续期机构乙".into(),
        credit_code: "91350100M000100Y43".into(),
        filing_number: "豫评备2021-123".into(),
        institution_type: Some(InstitutionType::IndustrySocialOrgBranch),
        legal_representative: "法人丙".into(),
        legal_representative_phone: "13900000001".into(),
        contact: "联系人丁".into(),
        contact_title: "主任戊".into(),
        contact_phone: "0371-7654321".into(),
        contact_email: "renewal@example.cn".into(),
        qualification_changed: Some(true),
        changed_items: "住所变更己".into(),
        credit_status: Some(CreditStatus::HasProblems),
        total_evaluated: Some(4321),
        total_certified: Some(4011),
        statistics: vec![EvaluationStatistic { occupation: "焊工庚".into(), level: Some(Level::Two), evaluated: Some(611), certified: Some(577) }],
        occupations_not_evaluated: "车工辛".into(),
        premises: henan_filing::core::forms::renewal::Premises { owned: true, owned_location: "自有地点壬".into(), rented: true, rented_location: "租用地点癸".into() },
        assessor_count: Some(47),
        internal_supervisor_count: Some(77),
        has_standards: Some(true),
        has_question_bank: Some(false),
        has_monitoring: Some(true),
        fees: vec![FeeRow { occupation: "焊工收费".into(), fees: [Some(Fee::Yuan(901)), Some(Fee::Yuan(802)), None, Some(Fee::NoFee), Some(Fee::Yuan(503))] }],
    });
    let equipment = forms.equipment.as_mut().unwrap();
    equipment.groups.push(EquipmentGroup {
        occupation: "6-18-02-04 焊工".into(),
        items: vec![
            EquipmentItem { name: "焊机".into(), model: "NBC-350".into(), quantity: "12台".into(), ownership: "租用".into() },
            EquipmentItem { name: "焊接烟尘净化器".into(), model: "JH-1".into(), quantity: String::new(), ownership: "合作单位提供".into() },
        ],
    });
    let staff = forms.staff.as_mut().unwrap();
    staff.workers = vec![person("工作人员一", ID_A, "主要职责一")];
    staff.assessors = vec![person("考评员二", ID_A, "考评车工"), person("考评员三", ID_B, "考评焊工")];
    staff.experts = vec![person("专家四", ID_B, "专家车工")];
    staff.quality_supervisors = vec![person("督导五", ID_B, "质量方向")];
    forms.renewal_summary = Some(henan_filing::core::forms::summaries::RenewalSummary {
        header: henan_filing::core::forms::summaries::SummaryHeader { reporting_office: "新乡市人社局续期".into(), reporter: "填报人子".into(), phone: "0373-1111111".into(), date: Some(date(2027, 4, 3)) },
        rows: vec![RenewalSummaryRow {
            city: "新乡市".into(),
            institution_kind: Some(SummaryInstitutionKind::NationalSocialOrgBranch),
            institution_name: "汇总机构丑".into(),
            filing_number: "豫评备2022-456".into(),
            filed_on: Some(date(2022, 5, 6)),
            expires_on: Some(date(2027, 5, 5)),
            evaluated: Some(1234),
            certified: Some(1100),
            penalised: Some(false),
            supervising_opinion: "同意续期寅".into(),
            decision: Some(henan_filing::core::forms::summaries::RenewalDecision::Renew),
            renewed_from: Some(date(2027, 5, 6)),
            renewed_until: Some(date(2032, 5, 5)),
            occupations_leaving: "退出职业未".into(),
            remarks: "备注卯".into(),
        }],
    });
    forms.termination_summary = Some(henan_filing::core::forms::summaries::TerminationSummary {
        header: henan_filing::core::forms::summaries::SummaryHeader { reporting_office: "开封市人社局终止".into(), reporter: "填报人辰".into(), phone: "0371-2222222".into(), date: Some(date(2027, 6, 7)) },
        rows: vec![TerminationSummaryRow {
            city: "开封市".into(),
            institution_kind: Some(SummaryInstitutionKind::School),
            institution_name: "终止机构巳".into(),
            filing_number: "豫评备2020-789".into(),
            filed_on: Some(date(2020, 1, 2)),
            terminated_on: Some(date(2027, 6, 1)),
            has_evaluated: Some(true),
            has_issued_certificates: Some(true),
            has_unregistered_certificate_data: Some(false),
            reason: "终止原因午".into(),
        }],
    });
    package
}

/// Every value of one form as it should appear in a file (dates as the file writes them).
fn values(forms: &FormSet, form: FormId, format: OfficeFormat) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let iso = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let zh_date = |d: Option<jiff::civil::Date>| d.map(|d| format!("{}年{}月{}日", d.year(), d.month(), d.day())).unwrap_or_default();
    match (form, format) {
        (FormId::Application, OfficeFormat::Docx) => {
            let a = forms.application.as_ref().unwrap();
            out.extend([a.cover_institution_kind.clone(), zh_date(a.filled_on), a.unit_name.clone(), a.office_address.city.clone(), a.office_address.district.clone(), a.office_address.street.clone()]);
            out.extend([a.registration_authority.clone(), a.credit_code.clone(), a.registered_capital.clone(), UnitNature::Enterprise.label().zh.to_string(), "☑央企".into()]);
            out.extend([a.legal_representative.name.clone(), a.legal_representative.phone.clone(), a.legal_representative.id_number.clone(), a.contact.name.clone(), a.contact.phone.clone()]);
            out.extend([a.staff_total, a.insured_staff, a.skilled_staff, a.yearly_enrolment].iter().map(|n| n.unwrap().to_string()));
            out.extend([a.social_org_grade.clone(), a.filing_number.clone(), format!("☑{}", a.institution_type.unwrap().label().zh)]);
            for row in &a.occupations {
                out.extend([row.code.clone(), row.occupation.clone(), row.job_type.clone(), row.standard.clone()]);
                out.extend(row.levels.iter().map(|level| level.short_name().to_string()));
            }
        }
        (FormId::Application, OfficeFormat::Xlsx) => {
            let a = forms.application.as_ref().unwrap();
            out.push(a.unit_name.clone());
            for row in &a.occupations {
                out.extend([row.code.clone(), row.occupation.clone(), row.job_type.clone(), row.standard.clone()]);
                out.extend(row.levels.iter().map(|level| level.short_name().to_string()));
            }
        }
        (FormId::ImplementationPlan, _) => {
            out.extend(forms.plan.as_ref().unwrap().sections.values().cloned());
            out.extend(PLAN_SECTIONS.iter().map(|section| section.heading.zh.to_string()));
        }
        (FormId::Renewal, _) => {
            let r = forms.renewal.as_ref().unwrap();
            out.extend([zh_date(r.filled_on), r.institution_name.clone(), r.credit_code.clone(), r.filing_number.clone(), format!("☑{}", r.institution_type.unwrap().label().zh)]);
            out.extend([r.legal_representative.clone(), r.legal_representative_phone.clone(), r.contact.clone(), r.contact_title.clone(), r.contact_phone.clone(), r.contact_email.clone()]);
            out.extend(["是☑".to_string(), r.changed_items.clone(), "存在问题☑".to_string()]);
            out.extend([r.total_evaluated, r.total_certified, r.assessor_count, r.internal_supervisor_count].iter().map(|n| n.unwrap().to_string()));
            for row in &r.statistics {
                out.extend([row.occupation.clone(), row.level.unwrap().short_name().to_string(), row.evaluated.unwrap().to_string(), row.certified.unwrap().to_string()]);
            }
            // 职业标准、规范 有, 题库 无, 监控 有: each box in its own cell, in that order.
            out.extend([r.occupations_not_evaluated.clone(), r.premises.owned_location.clone(), r.premises.rented_location.clone(), "有☑　无☐有☐　无☑有☑　无☐".into()]);
            for row in &r.fees {
                out.push(row.occupation.clone());
                out.extend(row.fees.iter().flatten().map(|fee| fee.display_zh()));
            }
        }
        (FormId::Equipment, _) => {
            let list = forms.equipment.as_ref().unwrap();
            out.push(list.unit_name.clone());
            for group in &list.groups {
                out.push(group.occupation.clone());
                for item in &group.items {
                    out.extend([item.name.clone(), item.model.clone()]);
                    out.extend([item.quantity.clone(), item.ownership.clone()]);
                }
            }
        }
        (FormId::Staff, _) => {
            let staff = forms.staff.as_ref().unwrap();
            for table in StaffTable::ALL {
                out.push(table.title().zh.to_string());
                for m in staff.table(table) {
                    out.extend([m.name.clone(), m.id_number.clone(), m.title.clone(), m.education.clone(), m.detail.clone()]);
                }
            }
        }
        (FormId::RenewalSummary, _) => {
            let s = forms.renewal_summary.as_ref().unwrap();
            out.extend([s.header.reporting_office.clone(), s.header.reporter.clone(), s.header.phone.clone(), zh_date(s.header.date)]);
            for r in &s.rows {
                out.extend([r.city.clone(), r.institution_kind.unwrap().label(SummaryTable::Renewal).zh.to_string(), r.institution_name.clone(), r.filing_number.clone()]);
                out.extend([iso(r.filed_on), iso(r.expires_on), iso(r.renewed_from), iso(r.renewed_until), r.evaluated.unwrap().to_string(), r.certified.unwrap().to_string()]);
                out.extend([r.supervising_opinion.clone(), r.decision.unwrap().label().zh.to_string(), r.occupations_leaving.clone(), r.remarks.clone()]);
            }
            out.push(henan_filing::core::forms::layout::RENEWAL_SUMMARY_NOTE.to_string());
        }
        (FormId::TerminationSummary, _) => {
            let s = forms.termination_summary.as_ref().unwrap();
            out.extend([s.header.reporting_office.clone(), s.header.reporter.clone(), s.header.phone.clone(), zh_date(s.header.date)]);
            for r in &s.rows {
                out.extend([r.city.clone(), r.institution_kind.unwrap().label(SummaryTable::Termination).zh.to_string(), r.institution_name.clone(), r.filing_number.clone()]);
                out.extend([iso(r.filed_on), iso(r.terminated_on), r.reason.clone()]);
            }
            out.push(henan_filing::core::forms::layout::TERMINATION_SUMMARY_NOTE.to_string());
        }
        (FormId::ManagementSystems, _) => {}
    }
    out.retain(|value| !value.is_empty());
    out
}

/// The text of a DOCX (its document.xml, tags removed) or of an XLSX (every cell of every sheet).
fn text_of(bytes: &[u8], format: OfficeFormat) -> String {
    match format {
        OfficeFormat::Docx => {
            let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a DOCX is a zip archive");
            let mut xml = String::new();
            archive.by_name("word/document.xml").expect("word/document.xml").read_to_string(&mut xml).unwrap();
            let mut text = String::new();
            let mut in_tag = false;
            for c in xml.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.replace("&amp;", "&")
        }
        OfficeFormat::Xlsx => {
            use calamine::Reader;
            let mut workbook: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a readable XLSX");
            let mut text = String::new();
            for name in workbook.sheet_names() {
                text.push_str(&name);
                text.push('\n');
                for row in workbook.worksheet_range(&name).unwrap().rows() {
                    for cell in row {
                        text.push_str(&cell.to_string());
                        text.push('\t');
                    }
                    text.push('\n');
                }
            }
            text
        }
    }
}

#[test]
fn every_export_carries_every_value_of_its_form() {
    let package = every_field();
    let today = date(2026, 12, 1);
    let mut exported = 0;
    for form in FormId::ALL {
        for &format in formats(form) {
            let file = export(&package, form, format, today).unwrap_or_else(|e| panic!("{form:?} {format:?}: {e}"));
            assert_eq!(file.name, format!("新乡某职业培训学校有限公司-{}-2026-12-01.{}", form.attachment(), format.extension()));
            let text = text_of(&file.bytes, format);
            let expected = values(&package.forms, form, format);
            assert!(expected.len() >= 4, "{form:?} {format:?}: the test names too few values");
            let missing: Vec<&String> = expected.iter().filter(|value| !text.contains(value.as_str())).collect();
            assert!(missing.is_empty(), "{form:?} {format:?}: values missing from the file: {missing:?}");
            exported += 1;
        }
    }
    // 附件1 twice (DOCX and its rows as XLSX), 附件2, 附件4, 附件5, 附件6, 附件7, 附件8.
    assert_eq!(exported, 8);
}

/// A part of an office file (a zip archive), as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut xml = String::new();
    archive.by_name(name).unwrap_or_else(|_| panic!("{name}")).read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn blank_office_files_are_the_forms_empty_with_no_box_ticked() {
    let mut made = 0;
    for form in FormId::ALL {
        for &format in formats(form) {
            let file = henan_filing::office::blank(form, format).unwrap_or_else(|e| panic!("{form:?} {format:?}: {e}"));
            assert_eq!(file.name, format!("{}-空白.{}", form.attachment(), format.extension()));
            let text = text_of(&file.bytes, format);
            assert!(!text.contains('☑'), "{form:?} {format:?}: a ticked box in a blank form");
            made += 1;
        }
    }
    assert_eq!(made, 8);
    let application = text_of(&henan_filing::office::blank(FormId::Application, OfficeFormat::Docx).unwrap().bytes, OfficeFormat::Docx);
    for words in ["☐首次备案", "单位名称（印章）：", "☐1. ", "年　　月　　日"] {
        assert!(application.contains(words), "blank 附件1: {words}");
    }
}

#[test]
fn docx_rows_never_split_and_xlsx_sheets_fit_the_page_width() {
    let package = every_field();
    let today = date(2026, 12, 1);
    let docx = part(&export(&package, FormId::Application, OfficeFormat::Docx, today).unwrap().bytes, "word/document.xml");
    assert_eq!(docx.matches("<w:tr>").count() + docx.matches("<w:tr ").count(), docx.matches("<w:cantSplit").count(), "every row can't split");
    for form in [FormId::Application, FormId::Equipment, FormId::Staff, FormId::RenewalSummary, FormId::TerminationSummary] {
        let sheet = part(&export(&package, form, OfficeFormat::Xlsx, today).unwrap().bytes, "xl/worksheets/sheet1.xml");
        assert!(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"), "{form:?}: fit to page");
        assert!(sheet.contains("fitToHeight=\"0\""), "{form:?}: one page wide, as many down as needed");
    }
}

#[test]
fn the_changed_fields_of_an_information_change_are_red_in_the_docx() {
    let mut package = every_field();
    package.facts.request = henan_filing::core::facts::RequestKind::InformationChange;
    let file = export(&package, FormId::Application, OfficeFormat::Docx, date(2026, 12, 1)).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(file.bytes)).unwrap();
    let mut xml = String::new();
    archive.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    let unit = xml.find("新乡某职业培训学校有限公司").unwrap();
    let run_start = xml[..unit].rfind("<w:r>").unwrap();
    assert!(xml[run_start..unit].contains("C00000"), "the changed unit name is red");
}

#[test]
fn equipment_and_staff_exported_to_xlsx_import_back_unchanged() {
    let package = every_field();
    let today = date(2026, 12, 1);
    let equipment = export(&package, FormId::Equipment, OfficeFormat::Xlsx, today).unwrap();
    let imported = import_rows(&equipment.name, &equipment.bytes, ImportTarget::Equipment, TODAY).unwrap();
    assert_eq!(imported.problems, []);
    assert_eq!(imported.equipment, package.forms.equipment.as_ref().unwrap().groups);
    let staff = export(&package, FormId::Staff, OfficeFormat::Xlsx, today).unwrap();
    for table in StaffTable::ALL {
        let imported = import_rows(&staff.name, &staff.bytes, ImportTarget::from_staff_table(table), TODAY).unwrap();
        assert_eq!(imported.problems, [], "{table:?}");
        assert_eq!(imported.staff, package.forms.staff.as_ref().unwrap().table(table), "{table:?}");
    }
}

#[test]
fn a_csv_imports_its_good_rows_and_names_each_bad_row() {
    let csv = "\u{feff}序号,职业（工种）,名称,规格/型号,数量,权属\n\
               1,6-18-01-01 车工,数控车床,CK6140,4,自有\n\
               2,6-18-01-01 车工,,CK6150,2,自有\n\
               3,6-18-01-01 车工,普通车床,C6132,四台,租用\n\
               ,,,,,\n\
               5,6-18-02-04 焊工,焊机,NBC-350,3台,借用\n\
               6,6-18-02-04 焊工,焊接工位,,10,其他\n";
    let imported = import_rows("设备.csv", csv.as_bytes(), ImportTarget::Equipment, TODAY).unwrap();
    assert_eq!(imported.rows_read, 5);
    assert_eq!(imported.rows_taken(), 3);
    let rows: Vec<(usize, &str)> = imported.problems.iter().map(|p| (p.row, p.message.zh.as_str())).collect();
    // 权属 is free text (借用 is taken); 数量 is a number with its unit.
    assert_eq!(rows, [(3, "缺少名称"), (4, "数量“四台”应为数字加单位，如“4台”")]);
    assert_eq!(imported.equipment.len(), 2);
    assert_eq!(imported.equipment[1].items[0].ownership, "借用");
    assert_eq!(imported.equipment[1].items[1].quantity, "10");

    // The same people twice, a wrong check character, and Excel's GBK on Chinese Windows.
    let staff = format!("姓名,身份证号,职称,学历,考评职业（工种）\n王五,{ID_A},高级技师,大专,车工\n赵六,440524188001010015,技师,本科,焊工\n钱七,{ID_A},技师,本科,焊工\n");
    let (gbk, _, _) = encoding_rs::GBK.encode(&staff);
    let imported = import_rows("考评员.csv", &gbk, ImportTarget::Assessors, TODAY).unwrap();
    assert_eq!(imported.staff.len(), 1);
    assert_eq!(imported.staff[0].detail, "车工");
    let rows: Vec<usize> = imported.problems.iter().map(|p| p.row).collect();
    assert_eq!(rows, [3, 4]);
    assert!(imported.problems[0].message.zh.starts_with("身份证件号："), "{:?}", imported.problems[0]);
    assert_eq!(imported.problems[1].message.zh, "同一身份证件号已在前面的行中");
}

#[test]
fn a_file_that_is_not_a_table_of_the_form_is_refused_whole() {
    let not_xlsx = import_rows("设备.xlsx", b"not a spreadsheet", ImportTarget::Equipment, TODAY).unwrap_err();
    assert!(not_xlsx.zh.contains("XLSX"), "{not_xlsx:?}");
    let no_heading = import_rows("人员.csv", "甲,乙\n1,2\n".as_bytes(), ImportTarget::Workers, TODAY).unwrap_err();
    assert!(no_heading.zh.contains("姓名"), "{no_heading:?}");
}

/// A workbook of one sheet with these rows; a cell written `#123` is stored as a number (what a
/// spreadsheet makes of digits typed into a cell not formatted as text).
fn workbook(sheet: &str, rows: &[&[&str]]) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            match value.strip_prefix('#').and_then(|digits| digits.parse::<f64>().ok()) {
                Some(number) => worksheet.write_number(r as u32, c as u16, number).unwrap(),
                None => worksheet.write_string(r as u32, c as u16, *value).unwrap(),
            };
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[test]
fn the_staff_tables_laid_out_as_the_guide_prints_them_import_one_by_one() {
    let header: &[&str] = &["序号", "姓名", "身份证件号", "职务/职称/技能等级", "学历", "主要职责"];
    let bytes = workbook(
        "队伍建设情况",
        &[
            &["队伍建设情况"],
            &["工作人员情况"],
            header,
            &["#1", "甲", ID_A, "主任", "本科", "管理"],
            &["考评人员队伍"],
            &["序号", "姓名", "身份证件号", "职务/职称/技能等级", "学历", "考评职业（工种）"],
            &["#1", "乙", ID_B, "高级技师", "大专", "车工"],
            &["专家队伍"],
            &["序号", "姓名", "身份证件号", "职务/职称/技能等级", "学历", "考评职业（工种）"],
            &["#1", "丙", ID_A, "正高级工程师", "研究生", "车工"],
        ],
    );
    let names = |target| import_rows("队伍.xlsx", &bytes, target, TODAY).unwrap().staff.into_iter().map(|m| m.name).collect::<Vec<_>>();
    assert_eq!(names(ImportTarget::Workers), ["甲"]);
    assert_eq!(names(ImportTarget::Assessors), ["乙"]);
    assert_eq!(names(ImportTarget::Experts), ["丙"]);
    let absent = import_rows("队伍.xlsx", &bytes, ImportTarget::QualitySupervisors, TODAY).unwrap_err();
    assert!(absent.zh.contains("内部质量监督人员队伍"), "{absent:?}");
    let imported = import_rows("队伍.xlsx", &bytes, ImportTarget::Workers, TODAY).unwrap();
    assert_eq!(imported.problems, []);
    assert_eq!(imported.sheet.as_deref(), Some("队伍建设情况"));
}

#[test]
fn an_id_number_stored_as_a_number_is_named_as_such() {
    let bytes = workbook("人员", &[&["姓名", "身份证号", "学历"], &["甲", "#410102199001011234", "本科"]]);
    let imported = import_rows("人员.xlsx", &bytes, ImportTarget::Workers, TODAY).unwrap();
    assert_eq!(imported.staff, []);
    assert!(imported.problems[0].message.zh.contains("存成了数字"), "{:?}", imported.problems);
    // The columns the file lacks are named, not silently left empty.
    assert_eq!(imported.missing_columns, ["职务/职称/技能等级", "主要职责"]);
    let csv = "姓名,身份证号\n乙,4.10102E+17\n";
    let imported = import_rows("人员.csv", csv.as_bytes(), ImportTarget::Workers, TODAY).unwrap();
    assert!(imported.problems[0].message.zh.contains("存成了数字"), "{:?}", imported.problems);
}

#[test]
fn equipment_laid_out_per_occupation_with_other_headings_keeps_its_occupations() {
    let bytes = workbook(
        "设施设备清单",
        &[
            &["新乡某单位设施设备清单"],
            &["职业（工种）：6-18-01-01 车工"],
            &["序号", "设备名称", "规格型号", "数量（台/套）", "权属"],
            &["1.", "数控车床", "CK6140", "#4", "自有"],
            &["职业（工种）：6-18-02-04 焊工"],
            &["序号", "设备名称", "规格型号", "数量（台/套）", "权属"],
            &["1.", "焊机", "NBC-350", "#12", "租用"],
            &["填表说明：分职业（工种）填写。"],
        ],
    );
    let imported = import_rows("设备.xlsx", &bytes, ImportTarget::Equipment, TODAY).unwrap();
    assert_eq!(imported.problems, []);
    assert_eq!(imported.missing_columns, Vec::<String>::new());
    let groups: Vec<(&str, Vec<(&str, &str)>)> =
        imported.equipment.iter().map(|g| (g.occupation.as_str(), g.items.iter().map(|i| (i.name.as_str(), i.quantity.as_str())).collect())).collect();
    assert_eq!(groups, [("6-18-01-01 车工", vec![("数控车床", "4")]), ("6-18-02-04 焊工", vec![("焊机", "12")])]);
}

#[test]
fn text_pasted_with_control_characters_still_makes_a_document() {
    let mut package = every_field();
    package.forms.application.as_mut().unwrap().unit_name = "新乡\u{b}某\u{c}单位".into();
    package.forms.plan.as_mut().unwrap().sections.insert(henan_filing::core::forms::plan::PlanSectionId::UnitOverview, "第一行\u{1}\n第二行".into());
    for form in [FormId::Application, FormId::ImplementationPlan] {
        let file = export(&package, form, OfficeFormat::Docx, date(2026, 12, 1)).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(file.bytes)).unwrap();
        let mut xml = String::new();
        archive.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
        assert!(!xml.chars().any(|c| c < ' ' && c != '\t' && c != '\n' && c != '\r'), "{form:?}: a character XML forbids");
        assert!(xml.contains("新乡某单位") || form != FormId::Application);
    }
}

/// The characters XML 1.0 forbids that a `String` can hold: the controls other than tab, line
/// feed and carriage return, and U+FFFE and U+FFFF.
fn forbidden_in_xml(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// Every XML part of an office file: read to its end by an XML parser, with no character XML
/// 1.0 forbids, written out or as a character reference.
fn assert_every_part_is_xml_1_0(label: &str, bytes: &[u8]) {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).unwrap();
        let name = part.name().unwrap().into_owned();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut xml = String::new();
        part.read_to_string(&mut xml).unwrap();
        assert!(!xml.chars().any(forbidden_in_xml), "{label} {name}: a character XML 1.0 forbids");
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Err(error) => panic!("{label} {name}: not XML: {error}"),
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Text(text)) => {
                    let text = text.xml10_content();
                    assert!(!text.chars().any(forbidden_in_xml), "{label} {name}: a forbidden character as a reference");
                }
                Ok(quick_xml::events::Event::GeneralRef(reference)) => {
                    if let Ok(Some(c)) = reference.resolve_char_ref() {
                        assert!(!forbidden_in_xml(c), "{label} {name}: &#{};", u32::from(c));
                    }
                }
                Ok(_) => {}
            }
        }
    }
}

#[test]
fn every_export_is_xml_1_0_with_each_forbidden_character_in_every_field() {
    let payload = "\u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}";
    let mut json: serde_json::Value = serde_json::from_str(&henan_filing::core::package::write_package(&every_field())).unwrap();
    // Each text of the forms gets the payload, where the package still reads with it (a
    // kebab-case choice such as `national-standard` does not).
    fn texts(value: &serde_json::Value, path: &mut Vec<serde_json::Value>, out: &mut Vec<Vec<serde_json::Value>>) {
        match value {
            serde_json::Value::String(_) => out.push(path.clone()),
            serde_json::Value::Array(items) => items.iter().enumerate().for_each(|(index, item)| {
                path.push(index.into());
                texts(item, path, out);
                path.pop();
            }),
            serde_json::Value::Object(fields) => fields.iter().for_each(|(key, item)| {
                path.push(key.clone().into());
                texts(item, path, out);
                path.pop();
            }),
            _ => {}
        }
    }
    let mut paths = Vec::new();
    texts(&json["forms"], &mut vec!["forms".into()], &mut paths);
    fn at<'a>(value: &'a mut serde_json::Value, path: &[serde_json::Value]) -> &'a mut serde_json::Value {
        path.iter().fold(value, |value, step| match step {
            serde_json::Value::String(key) => &mut value[key.as_str()],
            serde_json::Value::Number(index) => &mut value[index.as_u64().unwrap() as usize],
            _ => unreachable!(),
        })
    }
    let mut changed = 0;
    for path in &paths {
        let before = at(&mut json, path).clone();
        *at(&mut json, path) = format!("{}{payload}甲", before.as_str().unwrap()).into();
        if read_package(&json.to_string()).is_ok() {
            changed += 1;
        } else {
            *at(&mut json, path) = before;
        }
    }
    assert!(changed > 100, "only {changed} texts took the payload");
    let package = read_package(&json.to_string()).unwrap();
    for form in FormId::ALL {
        for format in formats(form) {
            let file = export(&package, form, *format, date(2026, 12, 1)).unwrap_or_else(|error| panic!("{form:?} {format:?}: {error}"));
            assert_every_part_is_xml_1_0(&format!("{form:?} {format:?}"), &file.bytes);
        }
    }
}

#[test]
fn a_value_longer_than_a_cell_holds_is_named() {
    let mut package = every_field();
    package.forms.staff.as_mut().unwrap().experts[0].detail = "长".repeat(40_000);
    let error = export(&package, FormId::Staff, OfficeFormat::Xlsx, date(2026, 12, 1)).unwrap_err();
    assert_eq!(error, "the XLSX could not be written: 考评职业（工种） in row 1 on sheet 专家队伍 has 40000 characters, more than the 32767 a cell holds");
}
