//! 简体中文 catalogue (the default language).

use super::Msg;

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "河南省职业技能等级评价机构备案助手",
        Msg::AppTagline => "自查能否备案、向谁申请、交什么材料、何时办结，并生成备案表格",
        Msg::SkipToContent => "跳到主要内容",
        Msg::SwitchLanguageLabel => "切换语言",
        Msg::OtherLanguageName => "English",
        Msg::StartIntro => "依据《河南省职业技能等级评价机构备案工作指南（2024年版）》，本页帮助单位判断能否备案为职业技能等级评价机构、应向哪个受理机构申请、需要提交哪些材料、办理流程和时限，并填写、打印和导出指南附件中的表格。",
        Msg::StartPrivacy => "本页完全在您的浏览器中运行：填写的内容只保存在本设备上，不会上传到任何服务器。",
        Msg::FirstFilingHeading => "首次备案",
        Msg::FirstFilingLead => "尚未备案的单位，按单位类型选择：",
        Msg::FiledInstitutionHeading => "已备案机构",
        Msg::FiledInstitutionLead => "已经备案的评价机构，按要办理的事项选择：",
        Msg::GuidePart => "指南",
        Msg::ScopeHeading => "适用范围",
        Msg::BackToStart => "返回首页",
        Msg::NotFoundTitle => "找不到该页面",
        Msg::NotFoundBody => "您打开的地址不存在，可能链接已过期或输入有误。",
        Msg::FooterRuleEdition => "规则依据",
        Msg::FooterAppVersion => "版本",
        Msg::FooterPrivacy => "不使用 Cookie，不做统计，不向其他网站发送请求。",
        Msg::UpdateReady => "本页已有新版本。重新加载即可使用，您已填写的内容会保留。",
        Msg::UpdateReload => "重新加载",
    }
}
